#pragma once
// Which rule book the program applies (RULES.md as transcribed in src/core/rules.cpp). An App
// serves it as App::rules(); the CLI's calculators that open no database (`lindungi premium`,
// `jakon`, `benefit`, `iuran` without --db) ask here, so that a rule book chosen per deployment
// later changes one place, not each command.
#include "core/rules.hpp"

namespace lindungi::services {

const RuleBook& shipped_rules();

}  // namespace lindungi::services
