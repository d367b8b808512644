#pragma once
// Demo Kampung Bahagia construction projects (issue 9), written with the rest of the demo data.
#include <cstdint>
#include <vector>

#include "core/calendar.hpp"
#include "core/date.hpp"
#include "core/rules.hpp"
#include "core/worker.hpp"
#include "store/store.hpp"

namespace lindungi::demo {

// About three dozen projects in the RTs of `workers` (inserted already, so with ids), in every
// state: planned within and past the 14-working-day deadline, certified, at work, finished, and
// some started without cover, so that the compliance report has something to show. Deterministic
// for a seed and `today`. The overdue ones are past their deadline counted with `calendar` (the
// deployment's holidays), whatever the date. Returns the number of projects.
int add_demo_projects(store::Session& session, const RuleBook& rules, const WorkCalendar& calendar,
                      const std::vector<Worker>& workers, const Date& today, std::uint64_t seed);

}  // namespace lindungi::demo
