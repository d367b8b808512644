#pragma once
// Reports (DESIGN.md §2 step 9). Aggregates only: safe for every role within its area, and for
// the public at city level.
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/coverage.hpp"
#include "core/funnel.hpp"
#include "core/region.hpp"
#include "services/app.hpp"

namespace lindungi::services {

// Coverage trend (issue 6): the area and its months, oldest first.
struct CoverageTrend {
  CoverageRow area;  // the area's figures as the coverage report's total has them
  std::vector<CoverageMonth> months;
};

struct CoverageReport {
  RegionLevel level = RegionLevel::kecamatan;
  std::vector<CoverageRow> rows;
  CoverageRow total;
  // The basis of nilai_perlindungan in words (issue 22 item 3), as of today.
  std::string protected_basis;
};

// The funnel (issue 22 item 1): the area's steps with their drops and reasons, and one row per area
// of `level` within it with its steps' counts (the area's counts are the sum of the rows').
struct FunnelRow {
  std::string kode;
  std::string nama;
  std::vector<FunnelStep> steps;
};

struct FunnelReport {
  RegionLevel level = RegionLevel::kecamatan;
  std::string kategori;  // the workers' category counted ("" every category)
  FunnelRow total;
  std::vector<FunnelRow> rows;
};

// Whether a coverage report sums the value protected (issue 22 item 3).
enum class CoverageValue { included, left_out };

class ReportService {
 public:
  explicit ReportService(App& app) : app_(app) {}

  // One row per area of `level` within `within` (default: the actor's area, else the whole
  // deployment), and the total over them. CoverageValue::left_out: every figure but the value
  // protected (0), for a caller that shows none (the planner): it sums every active worker's
  // benefits, most of the report's time over a large registry.
  CoverageReport coverage(const Actor& actor, RegionLevel level, std::string within = {},
                          CoverageValue value = CoverageValue::included);

  // For everyone, without login: city, kecamatan and kelurahan aggregates only (never RT level,
  // where a count may point at a person).
  // `kabkota`: one kab/kota's figures only (issue 17 item 8: a citizen chooses the place; its
  // kecamatan never mixed with another's), "" for the whole deployment. At the kab/kota level
  // only the kab/kota the deployment serves (with workers or a potential workforce) are listed.
  CoverageReport public_coverage(RegionLevel level, const std::string& kabkota = "");

  // The region tree down to kelurahan with worker counts per area (for the region browser).
  std::vector<CoverageRow> region_tree_counts(const Actor& actor);

  // The funnel (issue 22 item 1) for `within` (default: the actor's area), rows per `level`; the
  // same permission and area checks as coverage(). `kategori` (pekerja_rentan, petugas_keagamaan,
  // ketua_rt) counts the workers of one category from "on record" on (the seeds' 15,000 vulnerable
  // workers on record and 3,000 protected leave out the religious workers and the RT heads); ""
  // counts every category, as the coverage report does. An unknown category: BadRequest.
  FunnelReport funnel(const Actor& actor, RegionLevel level, std::string within = {}, std::string kategori = {});

  // Coverage trend (issue 6): the last `months` (1-36) contribution months up to today's
  // (Asia/Jakarta) for `within` (default: the actor's area), every month present.
  CoverageTrend coverage_trend(const Actor& actor, std::string within, int months);

 private:
  App& app_;
};

}  // namespace lindungi::services
