// The programme's rules per kab/kota (issue 22 item 4): `lindungi aturan --wilayah KODE` shows the
// rules in force and the kab/kota's rows; `aturan tetapkan` adds a row that takes effect on a date
// (or corrects one not yet in force), audited, as the admin's screen does.
#include <cstdio>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "services/app.hpp"
#include "services/programme_rules_service.hpp"
#include "wire/programme_rules.hpp"

namespace lindungi::cli {

namespace {

Date parse_rules_day(const std::string& text, const char* field) {
  const auto d = parse_date(text);
  if (!d)
    throw BadRequest("tanggal_tidak_valid", "Tanggal '" + text + "' tidak valid (YYYY-MM-DD atau DD/MM/YYYY)", field);
  return *d;
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(',', start), text.size());
    std::string item = text.substr(start, end - start);
    const auto first = item.find_first_not_of(' ');
    const auto last = item.find_last_not_of(' ');
    if (first != std::string::npos) out.push_back(item.substr(first, last - first + 1));
    start = end + 1;
  }
  return out;
}

void print_rules(const nlohmann::json& r) {
  std::printf("  Berlaku mulai      %s%s\n", r["berlaku_mulai"].get<std::string>().c_str(),
              r["bawaan"].get<bool>() ? " (aturan bawaan aplikasi)" : "");
  std::printf("  Usia               %d-%d tahun\n", r["usia_min"].get<int>(), r["usia_maks"].get<int>());
  std::printf("  Batas penghasilan  %s per bulan\n", format_rupiah(r["batas_penghasilan"].get<Rupiah>()).c_str());
  if (r["dana_rt"].get<bool>())
    std::printf("  Dana RT            %s per RT per tahun\n",
                format_rupiah(r["dana_rt_per_tahun"].get<Rupiah>()).c_str());
  else
    std::printf("  Dana RT            tidak ada\n");
  std::string order;
  for (const auto& l : r["prioritas_dana_label"]) order += (order.empty() ? "" : " > ") + l.get<std::string>();
  std::printf("  Prioritas dana     %s\n", order.c_str());
  std::printf("  Dasar hukum        %s\n", r["dasar_hukum"].get<std::string>().c_str());
}

}  // namespace

void add_programme_rules_commands(CLI::App& app, Action& action) {
  auto* aturan =
      app.add_subcommand("aturan",
                         "Aturan program per kabupaten/kota: batas penghasilan, usia, dana RT, prioritas sumber dana / "
                         "programme rules per kab/kota");
  aturan->require_subcommand(0, 1);
  auto db = std::make_shared<std::string>();
  auto wilayah = std::make_shared<std::string>();
  auto tanggal = std::make_shared<std::string>();
  auto json = std::make_shared<bool>(false);
  aturan->add_option("--db", *db, "Berkas SQLite atau URL PostgreSQL");
  aturan->add_option("--wilayah", *wilayah, "Kode kabupaten/kota (atau wilayah di dalamnya), mis. 15.71");
  aturan->add_option("--tanggal", *tanggal, "Aturan yang berlaku pada tanggal ini (bawaan: hari ini)");
  aturan->add_flag("--json", *json, "Cetak satu dokumen JSON");
  aturan->callback([=, &action] {
    if (!aturan->get_subcommands().empty()) return;  // tetapkan runs instead
    action = [=] {
      return guarded(*json, [&] {
        if (db->empty()) throw BadRequest("parameter_kurang", "--db wajib diisi", "db");
        if (wilayah->empty()) throw BadRequest("parameter_kurang", "--wilayah wajib diisi (mis. 15.71)", "wilayah");
        std::optional<Date> on;
        if (!tanggal->empty()) on = parse_rules_day(*tanggal, "tanggal");
        auto application = services::App::open(*db);
        const auto doc =
            wire::to_json(services::ProgrammeRulesService(*application).view(Actor::system("cli"), *wilayah, on));
        if (*json) {
          print_json(doc);
          return 0;
        }
        std::printf("Aturan program %s (%s) yang berlaku pada %s:\n", doc["nama_wilayah"].get<std::string>().c_str(),
                    doc["wilayah"].get<std::string>().c_str(), doc["tanggal"].get<std::string>().c_str());
        print_rules(doc["berlaku"]);
        if (!doc["riwayat"].empty()) {
          std::printf("Semua aturan %s:\n", doc["nama_wilayah"].get<std::string>().c_str());
          for (const auto& r : doc["riwayat"]) {
            print_rules(r);
            std::printf("  (dicatat oleh %s)\n", r["diubah_oleh"].get<std::string>().c_str());
          }
        }
        return 0;
      });
    };
  });

  auto* cmd = aturan->add_subcommand(
      "tetapkan", "Tambah aturan yang berlaku mulai suatu tanggal (atau ubah yang belum berlaku) / add a rule set");
  auto sdb = std::make_shared<std::string>();
  auto swilayah = std::make_shared<std::string>();
  auto mulai = std::make_shared<std::string>();
  auto usia_min = std::make_shared<int>(0);
  auto usia_maks = std::make_shared<int>(0);
  auto batas = std::make_shared<std::int64_t>(0);
  auto dana_rt = std::make_shared<std::int64_t>(0);
  auto tanpa_dana_rt = std::make_shared<bool>(false);
  auto prioritas = std::make_shared<std::string>();
  auto dasar = std::make_shared<std::string>();
  auto sjson = std::make_shared<bool>(false);
  cmd->add_option("--db", *sdb, "Berkas SQLite atau URL PostgreSQL")->required();
  cmd->add_option("--wilayah", *swilayah, "Kode kabupaten/kota, mis. 15.72")->required();
  cmd->add_option("--berlaku-mulai", *mulai, "Tanggal mulai berlaku (hari ini atau sesudahnya)")->required();
  cmd->add_option("--usia-min", *usia_min, "Usia minimum (tahun)")->required();
  cmd->add_option("--usia-maks", *usia_maks, "Usia maksimum saat mendaftar (tahun)")->required();
  cmd->add_option("--batas-penghasilan", *batas, "Batas penghasilan per bulan (Rupiah)")->required();
  auto* with_fund = cmd->add_option("--dana-rt", *dana_rt, "Dana RT per RT per tahun (Rupiah)");
  auto* without_fund = cmd->add_flag("--tanpa-dana-rt", *tanpa_dana_rt, "RT di wilayah ini tidak mempunyai dana");
  with_fund->excludes(without_fund);
  cmd->add_option("--prioritas", *prioritas,
                  "Urutan sumber dana, dipisah koma, mis. apbd_provinsi,dana_kampung_bahagia,apbd_kota")
      ->required();
  cmd->add_option("--dasar", *dasar, "Dasar hukum, mis. \"Perwal Kota Jambi 18/2025\"")->required();
  cmd->add_flag("--json", *sjson, "Cetak satu dokumen JSON");
  cmd->callback([=, &action] {
    action = [=] {
      return guarded(*sjson, [&] {
        if (*dana_rt == 0 && !*tanpa_dana_rt)
          throw ValidationError("dana_rt_per_tahun", "wajib_diisi",
                                "Isi --dana-rt (Rupiah per RT per tahun) atau --tanpa-dana-rt");
        ProgrammeRuleSet r;
        r.wilayah = *swilayah;
        r.berlaku_mulai = parse_rules_day(*mulai, "berlaku_mulai");
        r.usia_min = *usia_min;
        r.usia_maks = *usia_maks;
        r.batas_penghasilan = *batas;
        r.dana_rt = !*tanpa_dana_rt;
        r.dana_rt_per_tahun = *tanpa_dana_rt ? 0 : *dana_rt;
        r.prioritas_dana = split_list(*prioritas);
        r.dasar_hukum = *dasar;
        auto application = services::App::open(*sdb);
        const auto doc = wire::to_json(services::ProgrammeRulesService(*application).put(Actor::system("cli"), r));
        if (*sjson) {
          print_json(doc);
          return 0;
        }
        std::printf("Aturan program %s dicatat:\n", doc["wilayah"].get<std::string>().c_str());
        print_rules(doc);
        return 0;
      });
    };
  });
}

}  // namespace lindungi::cli
