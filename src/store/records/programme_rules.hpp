#pragma once
#include <memory>

#include "store/programme_rules_store.hpp"
#include "store/row.hpp"

namespace lindungi::store {

// Session::programme_rules() on either database: one set of SQL and mappings over the row API.
std::unique_ptr<ProgrammeRulesSession> make_programme_rules(std::unique_ptr<rows::Db> db);

}  // namespace lindungi::store
