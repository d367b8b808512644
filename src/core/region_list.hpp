#pragma once
// Many areas in one deployment (issue 8 item 3): a Kemendagri code list (`kode,nama`, optionally
// `tingkat`) checked before it is added to a deployment's regions, so that another province, and
// one day the nation, can be served. All rows are checked; nothing is loaded when one is wrong.
#include <cstddef>
#include <string>
#include <vector>

#include "core/region.hpp"

namespace lindungi {

struct RegionListRow {
  std::size_t baris = 0;  // the row number in the file (the header is row 1)
  std::string kode;
  std::string nama;
  std::string
      tingkat;  // optional: provinsi | kabkota | kota | kabupaten | kecamatan | kelurahan | desa | desa_kelurahan
};

struct RegionListProblem {
  std::size_t baris = 0;
  std::string kolom;  // kode | nama | tingkat
  std::string kode;   // machine-readable reason
  std::string pesan;  // Indonesian, naming the row and the column
};

struct RegionListPlan {
  std::vector<Region> baru;   // to add, parents before children
  std::size_t sudah_ada = 0;  // rows already present with the same name
  std::vector<RegionListProblem> problems;
  bool ok() const { return problems.empty(); }
};

// Checks every row against the rules (codes of the provinsi..kelurahan levels, names present, no
// code twice, every parent in `existing` or in the file, `tingkat` consistent with the code, a
// known code keeps its name) and lists what is new.
RegionListPlan plan_region_list(const std::vector<RegionListRow>& rows, const RegionTree& existing);

}  // namespace lindungi
