#pragma once
// Many areas in one deployment (issue 8 item 3): a second kab/kota in the demo, Kota Sungai
// Penuh (15.72), beside Kota Jambi: a few RTs, some dozens of workers with NIKs of 15.72, one
// funder, and no potential workforce (its coverage percentage is unknown, as in reality).
#include <cstdint>
#include <string>

#include "core/date.hpp"
#include "core/region.hpp"
#include "services/app.hpp"
#include "store/store.hpp"

namespace lindungi::demo {

struct ProvinceDemoSummary {
  std::string kode;  // the kab/kota, "" when the deployment does not serve it
  std::string nama;
  std::int64_t rts = 0, workers = 0;
  std::string sumber_dana;
};

// Writes the Sungai Penuh demo in one transaction with one audit entry; the same seed gives the
// same records. Writes nothing when the deployment has no 15.72 or already has its RTs.
ProvinceDemoSummary generate_province_demo(store::Store& store, const RegionTree& regions, const Date& today,
                                           std::uint64_t seed);
// The same on the App's database, its regions and its today.
ProvinceDemoSummary generate_province_demo(services::App& app, std::uint64_t seed);

}  // namespace lindungi::demo
