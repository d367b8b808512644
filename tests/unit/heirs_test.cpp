// Heirs in legal order for each family shape, and scholarship eligibility and caps.
#include <gtest/gtest.h>

#include "core/heirs.hpp"

using namespace lindungi;

namespace {
Heir h(const std::string& nama, const std::string& hubungan, std::optional<Date> lahir = std::nullopt) {
  return Heir{0, nama, hubungan, "", lahir};
}
const Date kHeirsToday{2026, 11, 21};
}  // namespace

TEST(Heirs, SpouseAndChildrenComeFirst) {
  const auto p = propose_heirs({h("Ibu Sari", "ibu"), h("Rina", "istri"), h("Adi", "anak"), h("Budi", "saudara_kandung")});
  EXPECT_EQ(p.group, 1);
  ASSERT_EQ(p.recipients.size(), 2u);
  EXPECT_EQ(p.recipients[0].nama, "Rina");
  EXPECT_EQ(p.recipients[1].nama, "Adi");
  EXPECT_NE(p.explanation.find("Pasal 37"), std::string::npos);
}

TEST(Heirs, EachFamilyShape) {
  EXPECT_EQ(propose_heirs({h("A", "ayah"), h("C", "cucu"), h("S", "saudara_kandung")}).group, 2);
  EXPECT_EQ(propose_heirs({h("A", "ayah"), h("C", "cucu")}).recipients.size(), 2u);
  EXPECT_EQ(propose_heirs({h("S", "saudara_kandung"), h("M", "mertua")}).group, 3);
  EXPECT_EQ(propose_heirs({h("M", "mertua"), h("W", "wasiat")}).group, 4);
  EXPECT_EQ(propose_heirs({h("W", "wasiat")}).group, 5);
  const auto none = propose_heirs({});
  EXPECT_EQ(none.group, 0);
  EXPECT_TRUE(none.recipients.empty());
  EXPECT_NE(none.explanation.find("Dana Jaminan Sosial"), std::string::npos);
}

TEST(Scholarship, CapsAre87And174Million) {
  EXPECT_EQ(scholarship_cap_per_child(), 87'000'000);
  EXPECT_EQ(scholarship_cap_total(), 174'000'000);
}

TEST(Scholarship, JkmNeedsThirtySixMonthsJkkNone) {
  const std::vector<ChildStatus> kids = {{h("Adi", "anak", Date{2015, 1, 1})}};
  EXPECT_TRUE(scholarship_children(kids, false, 35, Date{2026, 6, 1}, kHeirsToday).eligible.empty());
  EXPECT_EQ(scholarship_children(kids, false, 36, Date{2026, 6, 1}, kHeirsToday).eligible.size(), 1u);
  EXPECT_EQ(scholarship_children(kids, true, 1, Date{2026, 6, 1}, kHeirsToday).eligible.size(), 1u);
}

TEST(Scholarship, AtMostTwoChildrenUnder23UnmarriedNotWorking) {
  const std::vector<ChildStatus> kids = {
      {h("Tua", "anak", Date{2002, 1, 1})},               // 24: too old
      {h("Nikah", "anak", Date{2006, 1, 1}), true},       // married
      {h("Kerja", "anak", Date{2007, 1, 1}), false, true},  // working
      {h("Satu", "anak", Date{2010, 1, 1})},
      {h("Dua", "anak", Date{2013, 1, 1})},
      {h("Tiga", "anak", Date{2016, 1, 1})},
      {h("Istri", "istri", Date{1985, 1, 1})},
  };
  const auto d = scholarship_children(kids, true, 0, Date{2026, 6, 1}, kHeirsToday);
  ASSERT_EQ(d.eligible.size(), 2u);
  EXPECT_EQ(d.eligible[0].nama, "Satu");
  EXPECT_EQ(d.eligible[1].nama, "Dua");
  EXPECT_EQ(d.reasons.size(), 6u);  // every child explained
}
