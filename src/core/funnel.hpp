#pragma once
// The road to universal coverage (issue 22 item 1): per area, the potential workforce, those
// already BPJS members through other routes, and the programme's workers step by step (on
// record, verified, funded, active at BPJS, card handed over), with the drop at each step and
// its reasons. Counts only (a snapshot of today's statuses), no names.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/coverage.hpp"

namespace lindungi {

// The programme's workers of one leaf (kelurahan or RT) by where they stand today.
struct FunnelLeaf {
  std::map<std::string, std::int64_t, std::less<>> status;  // worker status -> count
  std::int64_t suspected_duplicate = 0;  // recorded, waiting for checking, in a duplicate pair not yet decided
  std::int64_t merged = 0;               // rejected because merged into another record of the same person
  std::int64_t card_handed = 0;          // active, with a member card handed over
  std::int64_t card_printed = 0;         // active, a card printed but none handed over yet

  std::int64_t of(std::string_view s) const;
  FunnelLeaf& operator+=(const FunnelLeaf& other);
};

struct FunnelReason {
  std::string kode;   // stable key for programs (belum_didanai, ditolak_bpjs, ...)
  std::string label;  // what a person reads
  std::int64_t jumlah = 0;
};

struct FunnelStep {
  std::string kode;
  std::string label;
  std::optional<std::int64_t> jumlah;  // none when the area's potential workforce is unknown
  std::int64_t turun = 0;              // the drop from the step before (0 for the first)
  std::vector<FunnelReason> alasan;    // adds up to `turun`
};

// The seven steps of an area from its workers' counts and its coverage figures (potential and
// members through other routes, as the coverage report rolls them up). With the potential unknown
// (0) the first two steps have no count and the third no drop. `kategori`: the workers' category
// the leaf counts ("" every category), named in the "on record" step's label.
std::vector<FunnelStep> funnel_steps(const FunnelLeaf& workers, const CoverageFigures& area,
                                     std::string_view kategori = {});

// Sums the leaves within `area` (by code, as roll_up_coverage does).
FunnelLeaf funnel_within(const std::map<std::string, FunnelLeaf>& leaves, const std::string& area);

}  // namespace lindungi
