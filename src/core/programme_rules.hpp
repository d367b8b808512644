#pragma once
// The programme's rules per kab/kota (issue 22 item 4): in a province deployment every kab/kota
// runs its own programme (its income ceiling and age limits, whether its RTs have a fund and its
// size, which funder pays first), each a row with the date it takes effect, as RULES.md asks of
// every rule: a new regulation adds a row, the old row keeps governing old periods. National BPJS
// rules (premium rates, benefits) stay in the RuleBook (core/rules.hpp); only these parameters
// vary per kab/kota. A kab/kota without a row of its own follows the shipped book's programme
// and RT fund rows (Perwal Kota Jambi 18/2025), marked as such.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/errors.hpp"
#include "core/money.hpp"
#include "core/rules.hpp"

namespace lindungi {

struct ProgrammeRuleSet {
  std::string wilayah;  // the kab/kota's code, "15.71"
  Date berlaku_mulai{2025, 1, 1};
  int usia_min = 15;
  int usia_maks = 65;
  Rupiah batas_penghasilan = 6'000'000;  // per month; above it a worker is not eligible
  bool dana_rt = true;                   // whether the kab/kota's RTs have a fund of their own
  Rupiah dana_rt_per_tahun = 100'000'000;
  // Funder kinds (core/funding.hpp: apbd_kota, apbd_provinsi, dana_kampung_bahagia, donatur,
  // mandiri), the one that pays first first.
  std::vector<std::string> prioritas_dana;
  std::string dasar_hukum;  // the regulation the row transcribes
  bool bawaan = false;      // not the kab/kota's own: the shipped book's rows (never stored)

  // The parameters as the eligibility checks and the billing read them.
  ProgrammeRule programme() const;
  // The RT fund of a year, nothing when the kab/kota's RTs have none.
  std::optional<RtFundRule> rt_fund() const;
  // The place of a funder kind in the order of priority (0 pays first); size() when not listed.
  std::size_t rank_of(std::string_view funder_kind) const;
};

// The words for a funder kind a priority may list ("APBD Provinsi"); "" for an unknown one.
std::string_view funder_kind_label(std::string_view kind);

// The funders' order when a kab/kota names none: the province's cohort first (its budget is for
// that cohort only), then the RT's own fund, the kab/kota, donors, the worker himself.
const std::vector<std::string>& default_funder_priority();

// The row in force on `on` among one kab/kota's `rows` (any order): the latest that took effect on
// or before it. Nothing when none had taken effect.
const ProgrammeRuleSet* rule_set_in_force(const std::vector<ProgrammeRuleSet>& rows, const Date& on);

// The shipped book's programme and RT fund rows in force on `on`, for a kab/kota without its own
// (bawaan = true). Throws NotFound when the book has no programme row for that date.
ProgrammeRuleSet shipped_rule_set(const RuleBook& book, std::string_view wilayah, const Date& on);

// Every kab/kota's own rows as the store holds them, and the shipped book for the others.
struct ProgrammeRuleTable {
  std::vector<ProgrammeRuleSet> rows;
  const RuleBook* book = nullptr;
  // The rules in force on `on` in the kab/kota `kode` lies in (any region or RT code): its own
  // row in force, else the book's (bawaan). Throws NotFound when neither has one for that date.
  ProgrammeRuleSet at(std::string_view kode, const Date& on) const;
  // One kab/kota's own rows, by date.
  std::vector<ProgrammeRuleSet> of(std::string_view kabkota) const;
};

// Every problem of a row, each naming its field, in Indonesian (empty = valid).
std::vector<FieldError> rule_set_problems(const ProgrammeRuleSet& rules);

}  // namespace lindungi
