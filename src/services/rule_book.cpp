#include "services/rule_book.hpp"

namespace lindungi::services {

const RuleBook& shipped_rules() { return RuleBook::standard(); }

}  // namespace lindungi::services
