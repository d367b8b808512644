// BPJS registration and card rules of the core: KPJ, the registration and card state machines,
// what a card's public page may say, initials, and the common area of a batch.
#include <gtest/gtest.h>

#include "core/bpjs.hpp"
#include "services/bpjs_registration_service.hpp"

namespace lindungi {
namespace {

TEST(BpjsKpj, ElevenDigitsAfterSeparatorsAreDropped) {
  EXPECT_EQ(normalize_kpj(" 250.123-456 78 "), "25012345678");
  EXPECT_FALSE(kpj_problem("25012345678"));
  EXPECT_EQ(kpj_problem("")->code, "kpj_wajib");
  EXPECT_EQ(kpj_problem("2501234567")->code, "kpj_tidak_valid");    // 10 digits
  EXPECT_EQ(kpj_problem("250123456789")->code, "kpj_tidak_valid");  // 12
  EXPECT_EQ(kpj_problem("2501234567A")->code, "kpj_tidak_valid");
  EXPECT_EQ(kpj_problem("2501234567A")->field, "kpj");
  EXPECT_NE(kpj_problem("123")->message.find("11 digit"), std::string::npos);
}

TEST(BpjsTransitions, OnlyTheRegistrationPathIsAllowed) {
  EXPECT_FALSE(registration_transition_problem("dialokasikan", "didaftarkan"));
  EXPECT_FALSE(registration_transition_problem("ditolak_bpjs", "didaftarkan"));  // corrected, sent again
  EXPECT_FALSE(registration_transition_problem("didaftarkan", "aktif"));
  EXPECT_FALSE(registration_transition_problem("didaftarkan", "ditolak_bpjs"));
  for (const char* from : {"didata", "diverifikasi", "ditolak", "didaftarkan", "aktif"}) {
    const auto p = registration_transition_problem(from, "didaftarkan");
    ASSERT_TRUE(p) << from;
    EXPECT_NE(p->find("dialokasikan"), std::string::npos) << *p;
  }
  for (const char* from : {"didata", "diverifikasi", "dialokasikan", "aktif", "ditolak_bpjs"}) {
    EXPECT_TRUE(registration_transition_problem(from, "aktif")) << from;
    EXPECT_TRUE(registration_transition_problem(from, "ditolak_bpjs")) << from;
  }
  EXPECT_NE(registration_transition_problem("didata", "aktif")->find("belum diverifikasi"), std::string::npos);
  EXPECT_TRUE(registration_transition_problem("didaftarkan", "didata"));
}

TEST(BpjsAnswers, StatusWordsInAnyCase) {
  EXPECT_EQ(parse_bpjs_answer(" Diterima "), BpjsAnswer::diterima);
  EXPECT_EQ(parse_bpjs_answer("AKTIF"), BpjsAnswer::diterima);
  EXPECT_EQ(parse_bpjs_answer("tolak"), BpjsAnswer::ditolak);
  EXPECT_EQ(parse_bpjs_answer("Ditolak"), BpjsAnswer::ditolak);
  EXPECT_FALSE(parse_bpjs_answer("mungkin"));
  EXPECT_FALSE(parse_bpjs_answer(""));
}

TEST(CardStates, RequestedPrintedHandedOver) {
  EXPECT_FALSE(card_transition_problem(kCardRequested, kCardPrinted));
  EXPECT_FALSE(card_transition_problem(kCardPrinted, kCardPrinted));  // a reprint
  EXPECT_FALSE(card_transition_problem(kCardPrinted, kCardHandedOver));
  EXPECT_TRUE(card_transition_problem(kCardRequested, kCardHandedOver));
  EXPECT_TRUE(card_transition_problem(kCardHandedOver, kCardHandedOver));
  EXPECT_TRUE(card_transition_problem(kCardHandedOver, kCardPrinted));
  EXPECT_TRUE(card_transition_problem(kCardPrinted, kCardRequested));
}

LedgerMonth month(int y, int m, Rupiah billed, Rupiah paid) {
  return {{y, m}, billed, paid, std::nullopt, "apbd_kota"};
}

// The card's printed period (coverage_end) and what its page says today (card_valid_until, the
// ledger's protected_until: tests/unit/ledger_test.cpp has the table of days).
TEST(CardValidity, PrintedPeriodAndActiveToday) {
  const RuleBook& rules = RuleBook::standard();
  // Nothing paid yet: the card prints the allocated period, but on 10 March January and February
  // are past due and March has no contribution: not active.
  std::vector<LedgerMonth> months = {month(2026, 1, 16800, 0), month(2026, 2, 16800, 0), month(2026, 12, 16800, 0)};
  EXPECT_EQ(coverage_end(months), (Date{2026, 12, 31}));
  EXPECT_EQ(card_valid_until(rules, "aktif", months, Date{2026, 3, 10}), std::nullopt);
  // Before January's due date it is active until that day.
  EXPECT_EQ(card_valid_until(rules, "aktif", months, Date{2026, 1, 5}), (Date{2026, 1, 15}));
  // Some paid: the printed period ends with the last paid month, even when later months are allocated.
  months[0].paid = 16800;
  months[1].paid = 16800;
  EXPECT_EQ(coverage_end(months), (Date{2026, 2, 28}));
  EXPECT_EQ(card_valid_until(rules, "aktif", months, Date{2026, 3, 10}), std::nullopt);  // 28/02/2026 has passed
  EXPECT_EQ(card_valid_until(rules, "aktif", months, Date{2026, 2, 28}), (Date{2026, 2, 28}));
  EXPECT_EQ(card_valid_until(rules, "aktif", months, Date{2026, 1, 20}), (Date{2026, 2, 28}));
  // A partly paid month does not count as paid.
  months[2].paid = 100;
  EXPECT_EQ(coverage_end(months), (Date{2026, 2, 28}));
  // Not an active member, or nothing allocated: not active.
  const Date today{2026, 12, 10};
  EXPECT_EQ(card_valid_until(rules, "aktif", {month(2026, 12, 16800, 16800)}, today), (Date{2026, 12, 31}));
  EXPECT_EQ(card_valid_until(rules, "ditolak_bpjs", {month(2026, 12, 16800, 16800)}, today), std::nullopt);
  EXPECT_EQ(card_valid_until(rules, "didaftarkan", {month(2026, 12, 16800, 16800)}, today), std::nullopt);
  EXPECT_EQ(card_valid_until(rules, "aktif", {}, today), std::nullopt);
  EXPECT_EQ(card_valid_until(rules, "aktif", {month(2024, 2, 16800, 16800)}, Date{2024, 2, 29}), (Date{2024, 2, 29}));
}

TEST(CardInitials, FirstLetterOfUpToFourWords) {
  EXPECT_EQ(name_initials("Budi Santoso"), "B. S.");
  EXPECT_EQ(name_initials("  siti nur'aini  binti ahmad yani"), "S. N. B. A.");
  EXPECT_EQ(name_initials("Ömer Çelik"), "Ö. Ç.");  // a whole code point, not a byte
  EXPECT_EQ(name_initials("M. Yusuf"), "M. Y.");
  EXPECT_EQ(name_initials(""), "");
  EXPECT_EQ(name_initials("<script>"), "S.");  // punctuation is not an initial
}

TEST(BatchArea, CommonAreaOfWholeCodeSegments) {
  EXPECT_EQ(services::common_area("15.71.01.1001.002", "15.71.01.1001.007"), "15.71.01.1001");
  EXPECT_EQ(services::common_area("15.71.01.1001.002", "15.71.01.1003.001"), "15.71.01");
  EXPECT_EQ(services::common_area("15.71.01.1001.002", "15.71.01.1001.002"), "15.71.01.1001.002");
  EXPECT_EQ(services::common_area("15.71.01.1001.002", "15.71.02.1002.001"), "15.71");
  EXPECT_EQ(services::common_area("15.71.11.1001.001", "15.71.01.1001.001"), "15.71");  // "1" is not "11"
  EXPECT_EQ(services::common_area("15.71", "16.71"), "");
}

}  // namespace
}  // namespace lindungi
