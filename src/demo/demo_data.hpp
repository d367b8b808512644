#pragma once
// The Kota Jambi demo data set (DESIGN.md §7): RTs with their heads, the workers of the news
// reports with heirs, and the potential workforce per RT, all derived from one seed.
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/programme_rules.hpp"
#include "core/progress.hpp"
#include "core/region.hpp"
#include "core/worker.hpp"
#include "services/app.hpp"
#include "store/store.hpp"

namespace lindungi::demo {

struct DemoSummary {
  std::int64_t rts = 0, workers = 0, pekerja_rentan = 0, petugas_keagamaan = 0, ketua_rt = 0, aktif = 0, heirs = 0;
  std::int64_t potensi = 0, peserta_lain = 0;
};

// Fills an empty registry (regions already present in the store and in `regions`) with a
// deterministic Kota Jambi: the same seed and `today` give the same records (only the
// timestamps the store sets differ). Throws lindungi::Conflict if the store already has workers.
// Everything is written in one store.write() transaction, with one audit entry. `progress` hears
// of the RTs and workers written (issue 19 item 8: `lindungi demo` on a terminal).
// The same checks as a form entry, for every generated worker, so that the demo never holds what
// the app would refuse (a guard against rule changes); throws std::logic_error naming the worker.
// `own`: the kab/kota's programme rules the demo writes (issue 22 item 4), checked as the app will.
void check_demo_workers(const std::vector<Worker>& workers, const std::set<std::string>& rt_codes,
                        const RegionTree& regions, const Date& today, const std::vector<ProgrammeRuleSet>& own = {});

// The programme's rules each kab/kota of the demo carries (issue 22 item 4). Kota Jambi: Perwal
// 18/2025 as RULES.md transcribes it. Kota Sungai Penuh: an illustration, named so (its own
// regulation is not transcribed): a lower income ceiling, a narrower age band, no RT fund, the
// city paying before the province, and a raised ceiling taking effect on 1 January next year.
std::vector<ProgrammeRuleSet> demo_rule_sets(std::string_view kabkota, const Date& today);

DemoSummary generate_demo(store::Store& store, const RegionTree& regions, const Date& today, std::uint64_t seed,
                          const Progress& progress = {});
// The same on the App's database, its regions and its today (`lindungi demo`, `serve --demo`: the
// CLI reaches the database only through services and this library).
DemoSummary generate_demo(services::App& app, std::uint64_t seed, const Progress& progress = {});
// The workers already in the App's database: `serve --demo` loads the demo into an empty one only.
std::int64_t workers_in(services::App& app);

}  // namespace lindungi::demo
