#pragma once
// Many areas in one deployment (issue 8 item 3): adding another province's Kemendagri code list
// (the path to the nation) and creating the RTs of a kelurahan/desa, each one transaction with
// its audit entry.
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/access.hpp"
#include "core/region_list.hpp"
#include "services/app.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services {

struct CodeListResult {
  std::size_t baris = 0;                      // data rows read
  std::size_t baru = 0;                       // regions added
  std::size_t sudah_ada = 0;                  // rows already present (a file loaded twice adds nothing)
  std::size_t per_tingkat[4] = {0, 0, 0, 0};  // added per level: provinsi, kab/kota, kecamatan, kelurahan/desa
  bool dry_run = false;
};

// What the reference data knows beyond the code list about a kab/kota
// (data/reference/kabkota_rinci.csv): its BPS code and the kelurahan boundary map the web app can
// draw ("" when there is none: only Kota Jambi's GeoJSON is shipped, see data/reference/README.md).
struct KabkotaDetail {
  std::string kode_bps;
  std::string peta;
};
const std::map<std::string, KabkotaDetail, std::less<>>& kabkota_details();
std::string boundary_map_url(std::string_view kabkota);

class RegionService {
 public:
  explicit RegionService(App& app) : app_(app) {}

  // Loads a CSV with the columns `kode,nama` (optionally `tingkat`; other columns ignored) into
  // the deployment's regions: every row is checked first (core/region_list), then either all new
  // regions are written with one audit entry, or nothing (ValidationError listing every bad row
  // and column). Only the machine's operator (the CLI) may do this. The running server sees the
  // new regions after its next start.
  CodeListResult load_code_list(const Actor& actor, std::string_view csv, std::string_view nama_berkas, bool dry_run);

  // Creates RT `nomor` of a kelurahan/desa. Who manages users in an area (admin_kota of that
  // kab/kota, the operator) creates its RTs, as the city's RT list was loaded: the same table the
  // import and the form check RT numbers against. Conflict when it exists.
  // The RTs of kelurahan `kode` the actor may see (its own RT only for a ketua RT). NotFound when
  // `kode` is not a kelurahan/desa of the deployment, Forbidden outside the actor's area.
  std::vector<store::RtRecord> rts_of(const Actor& actor, const std::string& kode);

  store::RtRecord create_rt(const Actor& actor, std::string_view kode_kelurahan, int nomor, std::string nama_ketua);

 private:
  App& app_;
};

}  // namespace lindungi::services
