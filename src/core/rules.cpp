#include "core/rules.hpp"

#include "core/errors.hpp"

namespace lindungi {

namespace {
template <typename Row>
const Row& row_at(const std::vector<Row>& rows, const Date& on, const char* what) {
  const Row* found = nullptr;
  for (const Row& r : rows)
    if (r.effective_from <= on && (!found || found->effective_from <= r.effective_from)) found = &r;
  if (!found) throw NotFound("aturan_tidak_ada", std::string{"Tidak ada aturan "} + what + " yang berlaku pada " + on.id());
  return *found;
}
}  // namespace

const PremiumRule& RuleBook::premium_at(const Date& on) const { return row_at(premium, on, "iuran"); }
const ProgrammeRule& RuleBook::programme_at(const Date& on) const { return row_at(programme, on, "program"); }
const JakonRule& RuleBook::jakon_at(const Date& on) const { return row_at(jakon, on, "iuran jasa konstruksi"); }
const PpnRule& RuleBook::ppn_at(const Date& on) const { return row_at(ppn, on, "PPN"); }
const BenefitRule& RuleBook::benefit_at(const Date& on) const { return row_at(benefit, on, "manfaat"); }
const ClaimRule& RuleBook::claim_at(const Date& on) const { return row_at(claims, on, "klaim"); }
const RtFundRule& RuleBook::rt_fund_at(const Date& on) const { return row_at(rt_fund, on, "dana RT"); }
const MembershipRule& RuleBook::membership_at(const Date& on) const { return row_at(membership, on, "masa tenggang"); }

const RuleBook& RuleBook::standard() {
  static const RuleBook book = [] {
    RuleBook b;
    // PP 44/2015 (in force 1 Jul 2015): JKK 1% of the bracket, JKM Rp6.800; JHT 2% per PP 46/2015.
    // Premiums were left unchanged by PP 82/2019 and PP 49/2023 (RULES.md §1).
    b.premium.push_back(PremiumRule{Date{2015, 7, 1}, 100, 6'800, 200, 1'000'000, 20'700'000,
                                    "PP 44/2015 Lampiran II; PP 46/2015 (JHT)"});
    // Kampung Bahagia (Perwal Kota Jambi 18/2025) and the launch of 22 May 2025.
    b.programme.push_back(ProgrammeRule{Date{2025, 1, 1}, 15, 65, 6'000'000,
                                        "Perwal Kota Jambi 18/2025 (batas penghasilan Rp6 juta); batas "
                                        "usia BPU perlu konfirmasi BPJS (PP 44/2015 Pasal 5 ayat 3 jo. PP 49/2023)"});
    // Permenaker 44/2015 (in force 2015), merged into Permenaker 5/2021 from 1 Apr 2021 with the
    // same tiers. JKM tiers a-b R (PP 49/2020 Pasal 12), the rest S (RULES.md §6.2).
    const std::vector<JakonTier> tiers = {{100'000'000, 21, 3},
                                          {500'000'000, 17, 2},
                                          {1'000'000'000, 13, 2},
                                          {5'000'000'000, 11, 1},
                                          {0, 9, 1}};
    b.jakon.push_back(JakonRule{Date{2015, 7, 1}, tiers, 174, 30, "Permenaker 44/2015"});
    b.jakon.push_back(JakonRule{Date{2021, 4, 1}, tiers, 174, 30,
                                "Permenaker 5/2021 (menggabungkan Permenaker 44/2015)"});
    // UU 42/2009 (10%), UU 7/2021 HPP: 11% from 1 Apr 2022. The 12% of 2025 applies to luxury
    // goods only (PMK 131/2024), so construction services stay at an effective 11%.
    b.ppn.push_back(PpnRule{Date{2010, 1, 1}, 10, "UU 42/2009 tentang PPN"});
    b.ppn.push_back(PpnRule{Date{2022, 4, 1}, 11, "UU 7/2021 (HPP) Pasal 7; PMK 131/2024 untuk 2025"});
    // PP 44/2015 as first enacted: JKM Rp24 juta (16,2 + 4,8 + 3); STMB 6 months 100%, 6 months 75%,
    // then 50%. Kept for events before PP 82/2019 took effect.
    b.benefit.push_back(BenefitRule{Date{2015, 7, 1}, 16'200'000, 4'800'000, 3'000'000, 48, 56, 80, 4'800'000,
                                    3'000'000, {{6, 100}, {6, 75}, {0, 50}}, "PP 44/2015"});
    // PP 82/2019, in force 2 Dec 2019: JKM Rp42 juta, JKK berkala Rp12 juta and funeral Rp10 juta,
    // STMB 12 months at 100% then 50% (RULES.md §4.1, §5, §9).
    b.benefit.push_back(BenefitRule{Date{2019, 12, 2}, 20'000'000, 12'000'000, 10'000'000, 48, 56, 80, 12'000'000,
                                    10'000'000, {{12, 100}, {0, 50}}, "PP 82/2019"});
    // PP 50/2025 (enacted 22 Dec 2025): 50% off JKK + JKM; transport Jan 2026 - Mar 2027, other
    // sectors Apr - Dec 2026; not for participants paid through APBN/APBD (RULES.md §2.3, S).
    b.discounts.push_back(DiscountRule{2026, 1, 2027, 3, {"ojek_online", "ojek_pangkalan", "sopir_angkot"}, 50,
                                       "PP 50/2025 (sektor transportasi)"});
    b.discounts.push_back(DiscountRule{2026, 4, 2026, 12, {}, 50, "PP 50/2025"});
    // Claims (issue 5). PP 82/2019 (2 Dec 2019): JKK expiry 5 years, transport, home care and
    // glasses caps; SLAs PP 44/2015 Pasal 37 (JKK 7) and Permenaker 44/2015 Pasal 19 (JKM 3) with
    // 1% per day late. Disability rows are the examples RULES.md §5 transcribes (S, perlu
    // konfirmasi against the Lampiran).
    const std::vector<DisabilityRow> disability = {
        {"kedua_mata", "Kehilangan penglihatan kedua mata", 70},
        {"satu_mata", "Kehilangan penglihatan satu mata", 35},
        {"tuli_kedua_telinga", "Tuli kedua telinga", 40},
        {"lengan_kanan_bahu", "Lengan kanan dari bahu ke bawah", 40},
        {"lengan_kiri_bahu", "Lengan kiri dari bahu ke bawah", 35}};
    // Before PP 82/2019 a JKK claim expired after 2 years; the other figures are PP 82/2019's
    // (older caps perlu konfirmasi BPJS).
    b.claims.push_back(ClaimRule{Date{2015, 7, 1}, 3, 7, 100, 2, 36, 5'000'000, 2'000'000, 10'000'000, 20'000'000, 12,
                                 1'000'000, 50'000'000, disability, "PP 44/2015 Pasal 37; Permenaker 44/2015 Pasal 19"});
    b.claims.push_back(ClaimRule{Date{2019, 12, 2}, 3, 7, 100, 5, 36, 5'000'000, 2'000'000, 10'000'000, 20'000'000,
                                 12, 1'000'000, 50'000'000, disability,
                                 "PP 82/2019; PP 44/2015 Pasal 37; Permenaker 44/2015 Pasal 19"});
    // Juklak Kampung Bahagia: Rp100 juta per RT per year, premiums being one of its uses (S).
    b.rt_fund.push_back(RtFundRule{Date{2025, 1, 1}, 100'000'000,
                                   "Perwal Kota Jambi 18/2025 (Juklak Kampung Bahagia)"});
    // RULES.md §2.4 and §9 GRACE_MONTHS (O): arrears for at most 3 contribution months; more than
    // 3 consecutive unpaid months end the membership. No older rule is transcribed, so this row
    // governs every month a ledger can hold, as the constant it replaces did (a ledger is judged
    // on any date: an old allocation must not make "no rule" errors).
    b.membership.push_back(MembershipRule{Date{1900, 1, 1}, 3,
                                          "Perdir BPJS Ketenagakerjaan 22/PERDIR.02/072022, Probis Kepesertaan "
                                          "butir 12a-b"});
    return b;
  }();
  return book;
}

}  // namespace lindungi
