#pragma once
// Storage of the programme's rules per kab/kota (issue 22 item 4), reached through
// Session::programme_rules() in the caller's transaction. One row per kab/kota and date it takes
// effect; rows are never deleted (an old row keeps governing old periods).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/programme_rules.hpp"

namespace lindungi::store {

struct ProgrammeRuleRecord {
  ProgrammeRuleSet rules;
  std::string diubah_oleh;
  std::string diubah;  // set by the store
};

class ProgrammeRulesSession {
 public:
  virtual ~ProgrammeRulesSession() = default;
  // One kab/kota's rows, or every kab/kota's when `wilayah` is empty; by kab/kota, then date.
  virtual std::vector<ProgrammeRuleRecord> rule_sets(std::string_view wilayah) = 0;
  virtual std::optional<ProgrammeRuleRecord> rule_set(std::string_view wilayah, const Date& berlaku_mulai) = 0;
  // Inserts the row of (wilayah, berlaku_mulai) or replaces what it held.
  virtual void put_rule_set(ProgrammeRuleRecord& record) = 0;
};

}  // namespace lindungi::store
