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

const RuleBook& RuleBook::standard() {
  static const RuleBook book = [] {
    RuleBook b;
    // PP 44/2015 (in force 1 Jul 2015): JKK 1% of the bracket, JKM Rp6.800; JHT 2% per PP 46/2015.
    // Premiums were left unchanged by PP 82/2019 and PP 49/2023 (RULES.md §1).
    b.premium.push_back(PremiumRule{Date{2015, 7, 1}, 100, 6'800, 200, 1'000'000, 20'700'000,
                                    "PP 44/2015 Lampiran II; PP 46/2015 (JHT); RULES.md §2.1-2.2"});
    // Kampung Bahagia (Perwal Kota Jambi 18/2025) and the launch of 22 May 2025.
    b.programme.push_back(ProgrammeRule{Date{2025, 1, 1}, 15, 65, 6'000'000,
                                        "Perwal Kota Jambi 18/2025 (batas penghasilan Rp6 juta); batas "
                                        "usia BPU perlu konfirmasi BPJS (RULES.md §3)"});
    return b;
  }();
  return book;
}

}  // namespace lindungi
