#pragma once
// The Kota Jambi demo data set (DESIGN.md §7): RTs with their heads, the workers of the news
// reports with heirs, and the potential workforce per RT, all derived from one seed.
#include <cstdint>

#include "core/date.hpp"
#include "core/progress.hpp"
#include "core/region.hpp"
#include "store/store.hpp"

namespace lindungi::services {

struct DemoSummary {
  std::int64_t rts = 0, workers = 0, pekerja_rentan = 0, petugas_keagamaan = 0, ketua_rt = 0, aktif = 0, heirs = 0;
  std::int64_t potensi = 0, peserta_lain = 0;
};

// Fills an empty registry (regions already present in the store and in `regions`) with a
// deterministic Kota Jambi: the same seed and `today` give the same records (only the
// timestamps the store sets differ). Throws lindungi::Conflict if the store already has workers.
// Everything is written in one store.write() transaction, with one audit entry. `progress` hears
// of the RTs and workers written (issue 19 item 8: `lindungi demo` on a terminal).
DemoSummary generate_demo(store::Store& store, const RegionTree& regions, const Date& today, std::uint64_t seed,
                          const Progress& progress = {});

}  // namespace lindungi::services
