#pragma once
// The budget planner (issue 22 item 2): reads the area's workers, funders and budgets in one
// snapshot and the rules through App, and lets the core plan. Nothing is written: the what-if
// changes are inputs of the computation only.
#include <map>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/planner.hpp"
#include "services/app.hpp"

namespace lindungi::services {

struct PlanRequest {
  PlanTargetKind target = PlanTargetKind::percent_of_potential;
  int percent = 100;
  int year = 0;        // 0: next year
  std::string within;  // "" = the actor's area
  PlanWhatIf what_if;
};

struct PlanReport {
  std::string kode;  // the area planned for
  std::string nama;
  PlanTargetKind target = PlanTargetKind::percent_of_potential;
  int percent = 100;
  std::int64_t potential = 0;
  std::int64_t covered_other = 0;
  PlanWhatIf what_if;
  std::vector<PlanWorker> workers;  // the uncovered workers on record; PlanResult::ranking indexes it
  // The names of the kelurahan of those workers, for the ranking's RTs ("RT 001, Kelurahan …"):
  // the screen names an RT in words, never by its code alone.
  std::map<std::string, std::string> kelurahan;
  // "RT 002, Kelurahan Simpang IV Sipin": the RT of a worker in words (screen, XLSX and PDF).
  std::string rt_name(const PlanWorker& worker) const;
  PlanResult result;
};

class PlannerService {
 public:
  explicit PlannerService(App& app) : app_(app) {}
  // view_reports, within the actor's area, as the coverage report.
  PlanReport plan(const Actor& actor, PlanRequest request);

 private:
  App& app_;
};

}  // namespace lindungi::services
