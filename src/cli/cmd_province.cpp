// Many areas in one deployment (issue 8 item 3): `lindungi wilayah muat|rt|daftar`.
#include <cstdio>
#include <fstream>
#include <sstream>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "services/app.hpp"
#include "services/region_service.hpp"

namespace lindungi::cli {

void add_province_commands(CLI::App& app, Action& action) {
  auto* wilayah = app.add_subcommand("wilayah", "Data wilayah: muat daftar kode Kemendagri, buat RT / regions");
  wilayah->require_subcommand(1);
  {
    auto* cmd = wilayah->add_subcommand(
        "muat", "Muat daftar kode wilayah Kemendagri (CSV kode,nama[,tingkat]) ke deployment / load a code list");
    auto db = std::make_shared<std::string>();
    auto file = std::make_shared<std::string>();
    auto dry_run = std::make_shared<bool>(false);
    auto json = std::make_shared<bool>(false);
    cmd->add_option("--db", *db, "Berkas SQLite atau URL PostgreSQL")->required();
    cmd->add_option("--file", *file, "Berkas CSV berkolom kode,nama (mis. 16,Sumatera Selatan)")->required();
    cmd->add_flag("--dry-run", *dry_run, "Periksa saja, tidak menulis apa pun");
    cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
    cmd->callback([=, &action] {
      action = [=] {
        return guarded(*json, [&] {
          std::ifstream in(*file, std::ios::binary);
          if (!in) throw BadRequest("berkas_tidak_terbaca", "Berkas '" + *file + "' tidak dapat dibaca", "file");
          std::stringstream text;
          text << in.rdbuf();
          auto application = services::App::open(*db);
          const auto r =
              services::RegionService(*application).load_code_list(Actor::system("cli"), text.str(), *file, *dry_run);
          if (*json) {
            print_json({{"baris", r.baris},
                        {"baru", r.baru},
                        {"sudah_ada", r.sudah_ada},
                        {"dry_run", r.dry_run},
                        {"per_tingkat",
                         {{"provinsi", r.per_tingkat[0]},
                          {"kabkota", r.per_tingkat[1]},
                          {"kecamatan", r.per_tingkat[2]},
                          {"kelurahan", r.per_tingkat[3]}}}});
          } else {
            std::printf(
                "%s %zu baris: %zu wilayah baru (%zu provinsi, %zu kab/kota, %zu kecamatan, %zu kelurahan/desa), "
                "%zu sudah ada.\n",
                r.dry_run ? "Diperiksa (tidak ditulis)" : "Dimuat", r.baris, r.baru, r.per_tingkat[0], r.per_tingkat[1],
                r.per_tingkat[2], r.per_tingkat[3], r.sudah_ada);
            if (!r.dry_run && r.baru > 0)
              std::printf("Server yang sedang berjalan memakai wilayah baru setelah dijalankan ulang.\n");
          }
          return 0;
        });
      };
    });
  }
  {
    auto* cmd = wilayah->add_subcommand("rt", "Buat RT di satu kelurahan/desa / create an RT");
    auto db = std::make_shared<std::string>();
    auto kelurahan = std::make_shared<std::string>();
    auto nomor = std::make_shared<int>(0);
    auto ketua = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    cmd->add_option("--db", *db, "Berkas SQLite atau URL PostgreSQL")->required();
    cmd->add_option("--kelurahan", *kelurahan, "Kode kelurahan/desa, mis. 15.01.01.2001")->required();
    cmd->add_option("--nomor", *nomor, "Nomor RT, 1-999")->required();
    cmd->add_option("--ketua", *ketua, "Nama ketua RT");
    cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
    cmd->callback([=, &action] {
      action = [=] {
        return guarded(*json, [&] {
          auto application = services::App::open(*db);
          const auto rt =
              services::RegionService(*application).create_rt(Actor::system("cli"), *kelurahan, *nomor, *ketua);
          if (*json)
            print_json({{"kode", rt.kode},
                        {"kode_kelurahan", rt.kode_kelurahan},
                        {"nomor", rt.nomor},
                        {"nama_ketua", rt.nama_ketua}});
          else
            std::printf("RT %s dibuat.\n", rt.kode.c_str());
          return 0;
        });
      };
    });
  }
  {
    auto* cmd =
        wilayah->add_subcommand("daftar", "Daftar wilayah di bawah satu kode, dengan jumlah turunannya / list regions");
    auto db = std::make_shared<std::string>();
    auto induk = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    cmd->add_option("--db", *db, "Berkas SQLite atau URL PostgreSQL")->required();
    cmd->add_option("--induk", *induk, "Kode induk (kosong: provinsi)");
    cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
    cmd->callback([=, &action] {
      action = [=] {
        return guarded(*json, [&] {
          auto application = services::App::open(*db);
          const RegionTree& tree = application->regions();
          std::vector<const Region*> items;
          if (induk->empty()) {
            items = tree.at_level(RegionLevel::provinsi);
          } else {
            if (!tree.find(*induk))
              throw NotFound("wilayah_tidak_ada", "Wilayah " + *induk + " tidak ditemukan", "induk");
            items = tree.children(*induk);
          }
          // Counts below each item, level by level, so totals can be checked against the decree.
          auto count_below = [&](const Region* r, RegionLevel level) {
            std::size_t n = 0;
            for (const Region* x : tree.at_level(level)) n += code_within(x->kode, r->kode);
            return n;
          };
          nlohmann::json out = nlohmann::json::array();
          for (const Region* r : items)
            out.push_back({{"kode", r->kode},
                           {"nama", r->nama},
                           {"tingkat", std::string{to_string(r->level)}},
                           {"kabkota", count_below(r, RegionLevel::kabkota)},
                           {"kecamatan", count_below(r, RegionLevel::kecamatan)},
                           {"kelurahan", count_below(r, RegionLevel::kelurahan)}});
          if (*json) {
            print_json({{"induk", *induk}, {"items", out}});
          } else {
            for (const auto& o : out)
              std::printf("%-14s %-36s %3zu kab/kota %4zu kecamatan %5zu kelurahan/desa\n",
                          o["kode"].get<std::string>().c_str(), o["nama"].get<std::string>().c_str(),
                          o["kabkota"].get<std::size_t>(), o["kecamatan"].get<std::size_t>(),
                          o["kelurahan"].get<std::size_t>());
          }
          return 0;
        });
      };
    });
  }
}

}  // namespace lindungi::cli
