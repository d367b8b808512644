// Holidays as data (issue 15): `lindungi libur` lists a year's national holidays and cuti bersama;
// `libur tambah|hapus|tetapkan` keep them, each change with the decree that made it, audited.
#include <cstdio>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "services/app.hpp"
#include "services/calendar_service.hpp"
#include "wire/calendar.hpp"

namespace lindungi::cli {

namespace {

Date parse_day(const std::string& text) {
  const auto d = parse_date(text);
  if (!d)
    throw BadRequest("tanggal_tidak_valid", "Tanggal '" + text + "' tidak valid (YYYY-MM-DD atau DD/MM/YYYY)",
                     "tanggal");
  return *d;
}

void print_warnings(const nlohmann::json& warnings) {
  for (const auto& w : warnings) std::printf("Peringatan: %s\n", w["pesan"].get<std::string>().c_str());
}

}  // namespace

void add_calendar_commands(CLI::App& app, Action& action) {
  auto* libur = app.add_subcommand(
      "libur", "Hari libur nasional dan cuti bersama yang dihitung setiap tenggat hari kerja / national holidays");
  libur->require_subcommand(0, 1);
  auto db = std::make_shared<std::string>();
  auto tahun = std::make_shared<int>(0);
  auto json = std::make_shared<bool>(false);
  libur->add_option("--db", *db, "Berkas SQLite atau URL PostgreSQL");
  libur->add_option("--tahun", *tahun, "Tahun (bawaan: tahun ini)")->check(CLI::Range(2015, 2100));
  libur->add_flag("--json", *json, "Cetak satu dokumen JSON");
  libur->callback([=, &action] {
    if (!libur->get_subcommands().empty()) return;  // tambah, hapus or tetapkan runs instead
    action = [=] {
      return guarded(*json, [&] {
        if (db->empty()) throw BadRequest("parameter_kurang", "--db wajib diisi", "db");
        auto application = services::App::open(*db);
        const int year = *tahun ? *tahun : application->today().year;
        const auto list = wire::to_json(services::CalendarService(*application).list(Actor::system("cli"), year));
        if (*json) {
          print_json(list);
          return 0;
        }
        std::printf("Hari libur %d (%s): %zu hari\n", year, list["lengkap"].get<bool>() ? "lengkap" : "belum lengkap",
                    list["items"].size());
        if (!list["dasar"].is_null()) std::printf("Dasar: %s\n", list["dasar"].get<std::string>().c_str());
        for (const auto& h : list["items"])
          std::printf("  %s  %-15s %s\n", h["tanggal_teks"].get<std::string>().c_str(),
                      h["jenis_label"].get<std::string>().c_str(), h["nama"].get<std::string>().c_str());
        print_warnings(list["peringatan"]);
        return 0;
      });
    };
  });

  {
    auto* cmd = libur->add_subcommand("tambah", "Tambah atau ubah satu hari libur / add or change a holiday");
    auto sdb = std::make_shared<std::string>();
    auto tanggal = std::make_shared<std::string>();
    auto jenis = std::make_shared<std::string>("libur_nasional");
    auto nama = std::make_shared<std::string>();
    auto dasar = std::make_shared<std::string>();
    auto sjson = std::make_shared<bool>(false);
    cmd->add_option("--db", *sdb, "Berkas SQLite atau URL PostgreSQL")->required();
    cmd->add_option("--tanggal", *tanggal, "Tanggal, mis. 2027-03-10")->required();
    cmd->add_option("--jenis", *jenis, "libur_nasional atau cuti_bersama")->capture_default_str();
    cmd->add_option("--nama", *nama, "Nama hari libur, mis. \"Idul Fitri 1448 H\"")->required();
    cmd->add_option("--dasar", *dasar, "Dasar hukum: nomor SKB atau keputusan")->required();
    cmd->add_flag("--json", *sjson, "Cetak satu dokumen JSON");
    cmd->callback([=, &action] {
      action = [=] {
        return guarded(*sjson, [&] {
          const auto kind = parse_holiday_kind(*jenis);
          if (!kind)
            throw ValidationError("jenis", "jenis_tidak_dikenal", "Jenis harus libur_nasional atau cuti_bersama");
          auto application = services::App::open(*sdb);
          const auto h =
              wire::to_json(services::CalendarService(*application)
                                .put(Actor::system("cli"), Holiday{parse_day(*tanggal), *nama, *kind, *dasar}));
          if (*sjson)
            print_json(h);
          else
            std::printf("Dicatat: %s %s (%s).\n", h["tanggal_teks"].get<std::string>().c_str(),
                        h["nama"].get<std::string>().c_str(), h["jenis_label"].get<std::string>().c_str());
          return 0;
        });
      };
    });
  }
  {
    auto* cmd = libur->add_subcommand("hapus", "Hapus satu hari libur / remove a holiday");
    auto sdb = std::make_shared<std::string>();
    auto tanggal = std::make_shared<std::string>();
    auto dasar = std::make_shared<std::string>();
    auto sjson = std::make_shared<bool>(false);
    cmd->add_option("--db", *sdb, "Berkas SQLite atau URL PostgreSQL")->required();
    cmd->add_option("--tanggal", *tanggal, "Tanggal, mis. 2027-03-10")->required();
    cmd->add_option("--dasar", *dasar, "Keputusan yang memindahkan atau membatalkan hari libur ini")->required();
    cmd->add_flag("--json", *sjson, "Cetak satu dokumen JSON");
    cmd->callback([=, &action] {
      action = [=] {
        return guarded(*sjson, [&] {
          const Date day = parse_day(*tanggal);
          auto application = services::App::open(*sdb);
          services::CalendarService(*application).remove(Actor::system("cli"), day, *dasar);
          if (*sjson)
            print_json({{"dihapus", day.iso()}});
          else
            std::printf("Dihapus: hari libur %s.\n", day.id().c_str());
          return 0;
        });
      };
    });
  }
  {
    auto* cmd = libur->add_subcommand(
        "tetapkan", "Catat SKB satu tahun dan apakah semua harinya sudah dimasukkan / record a year's decree");
    auto sdb = std::make_shared<std::string>();
    auto stahun = std::make_shared<int>(0);
    auto dasar = std::make_shared<std::string>();
    auto belum = std::make_shared<bool>(false);
    auto sjson = std::make_shared<bool>(false);
    cmd->add_option("--db", *sdb, "Berkas SQLite atau URL PostgreSQL")->required();
    cmd->add_option("--tahun", *stahun, "Tahun")->required()->check(CLI::Range(2015, 2100));
    cmd->add_option("--dasar", *dasar, "Nomor SKB hari libur nasional dan cuti bersama tahun itu")->required();
    cmd->add_flag("--belum-lengkap", *belum, "Tahun itu belum lengkap (baru sebagian hari yang dimasukkan)");
    cmd->add_flag("--json", *sjson, "Cetak satu dokumen JSON");
    cmd->callback([=, &action] {
      action = [=] {
        return guarded(*sjson, [&] {
          auto application = services::App::open(*sdb);
          const auto y = wire::to_json(
              services::CalendarService(*application).set_year(Actor::system("cli"), *stahun, !*belum, *dasar));
          if (*sjson)
            print_json(y);
          else
            std::printf("Tahun %d dicatat %s: %s.\n", *stahun, *belum ? "belum lengkap" : "lengkap", dasar->c_str());
          return 0;
        });
      };
    });
  }
}

}  // namespace lindungi::cli
