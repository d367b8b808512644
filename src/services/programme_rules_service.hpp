#pragma once
// The programme's rules per kab/kota (issue 22 item 4): read by every signed-in role whose area
// the kab/kota contains or lies in; a new row (a regulation that takes effect on a date) added or
// a future row corrected by the kab/kota's own admin, every change audited. A row that has taken
// effect is never changed: it keeps governing its period (RULES.md, "rules as versioned data").
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/programme_rules.hpp"
#include "services/app.hpp"
#include "store/programme_rules_store.hpp"

namespace lindungi::services {

struct ProgrammeRulesView {
  std::string wilayah;       // the kab/kota
  std::string nama_wilayah;  // "Kota Jambi"
  Date tanggal;              // the date asked (today by default)
  ProgrammeRuleSet berlaku;  // in force on `tanggal` (bawaan when the kab/kota has no row of its own)
  std::vector<store::ProgrammeRuleRecord> riwayat;  // the kab/kota's own rows, by date
  bool dapat_diubah = false;                        // whether the actor may add or correct a row
};

class ProgrammeRulesService {
 public:
  explicit ProgrammeRulesService(App& app) : app_(app) {}

  // The rules of the kab/kota `kode` lies in (any region or RT code within or above the actor's
  // area), in force on `on` (today when empty), with the kab/kota's rows.
  ProgrammeRulesView view(const Actor& actor, const std::string& kode, std::optional<Date> on);
  // Adds the row of (rules.wilayah, rules.berlaku_mulai) or corrects it while it has not taken
  // effect; returns what was stored.
  store::ProgrammeRuleRecord put(const Actor& actor, ProgrammeRuleSet rules);

 private:
  App& app_;
};

}  // namespace lindungi::services
