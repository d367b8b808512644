#include "demo/demo_province.hpp"

#include <cstdio>
#include <iterator>
#include <set>
#include <stdexcept>

#include "core/errors.hpp"
#include "core/rules.hpp"
#include "core/worker.hpp"
#include "demo/demo_data.hpp"
#include "demo/demo_names.hpp"
#include "services/worker_changes.hpp"
#include "store/audit_store.hpp"
#include "store/funding_store.hpp"
#include "store/programme_rules_store.hpp"
#include "store/registry_store.hpp"

namespace lindungi::demo {

namespace {

constexpr const char* kKabKota = "15.72";
constexpr int kKelurahan = 3, kRtPerKelurahan = 4, kWorkersPerRt = 4;

std::string two(int n) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", n % 100);
  return buf;
}

}  // namespace

ProvinceDemoSummary generate_province_demo(store::Store& store, const RegionTree& regions, const Date& today,
                                           std::uint64_t seed) {
  ProvinceDemoSummary summary;
  const Region* kota = regions.find(kKabKota);
  if (!kota) return summary;
  std::vector<const Region*> kelurahan;
  for (const Region* r : regions.at_level(RegionLevel::kelurahan))
    if (code_within(r->kode, kKabKota) && kelurahan.size() < kKelurahan) kelurahan.push_back(r);
  if (kelurahan.empty()) return summary;

  demo::Rng rng(seed * 0x9E3779B97F4A7C15ULL + 1572);
  static constexpr const char* kOccupations[] = {"petani", "pedagang_umkm", "ojek_pangkalan", "buruh_harian",
                                                 "tukang_bangunan"};
  std::vector<store::RtRecord> rts;
  std::vector<Worker> workers;
  std::set<std::string> niks;
  for (const Region* kel : kelurahan) {
    for (int nomor = 1; nomor <= kRtPerKelurahan; ++nomor) {
      const Sex ketua_sex = rng.chance(0.8) ? Sex::L : Sex::P;
      rts.push_back({rt_code(kel->kode, nomor), kel->kode, nomor,
                     demo::person_name(rng, ketua_sex, rng.between(40, 65), demo::NameStyle::ketua_rt).nama});
      for (int i = 0; i < kWorkersPerRt; ++i) {
        Worker w;
        const Sex sex = rng.chance(0.6) ? Sex::L : Sex::P;
        // Ages counted from today, inside Sungai Penuh's own age band (18-60) on any date.
        const Date birth{today.year - rng.between(24, 56), rng.between(1, 12), rng.between(1, 28)};
        w.nama = demo::person_name(rng, sex, today.year - birth.year, demo::NameStyle::biasa).nama;
        w.tanggal_lahir = birth;
        w.jenis_kelamin = sex;
        // NIKs of 15.72: the desa's kecamatan, the birth date (+40 for women), a serial.
        const std::string body = "1572" + kel->kode.substr(6, 2) + two(birth.day + (sex == Sex::P ? 40 : 0)) +
                                 two(birth.month) + two(birth.year % 100);
        for (int serial = 1;; ++serial) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "%04d", serial);
          if (niks.insert(body + buf).second) {
            w.nik = body + buf;
            break;
          }
        }
        w.kode_kelurahan = kel->kode;
        w.rt = nomor;
        w.alamat = "RT " + rts.back().kode.substr(rts.back().kode.size() - 3) + ", " + kel->nama;
        w.pekerjaan = kOccupations[rng.below(std::size(kOccupations))];
        // Within its own income ceiling (Rp3 juta, issue 22 item 4).
        w.penghasilan = static_cast<Rupiah>(rng.between(12, 30)) * 100'000;
        w.kategori = "pekerja_rentan";
        w.status = i < kWorkersPerRt / 2 ? "diverifikasi" : "didata";
        w.persetujuan = true;
        w.recorded_by = "demo";
        workers.push_back(std::move(w));
      }
    }
  }

  // The same checks as a form entry, so that the demo never holds what the app would refuse.
  std::set<std::string> rt_codes;
  for (const auto& rt : rts) rt_codes.insert(rt.kode);
  const auto rule_sets = demo_rule_sets(kKabKota, today);
  check_demo_workers(workers, rt_codes, regions, today, rule_sets);

  const std::string funder = "apbd_kota_sungai_penuh";
  store.write([&](store::Session& s) {
    if (!s.registry().rts(kKabKota).empty()) return;
    // Its own programme rules (issue 22 item 4), unless the kab/kota already has some.
    if (s.programme_rules().rule_sets(kKabKota).empty())
      for (const auto& r : rule_sets) {
        store::ProgrammeRuleRecord record{r, "sistem", ""};
        s.programme_rules().put_rule_set(record);
      }
    // An estimated potential workforce per RT, as the Kota Jambi demo has, so that the province's
    // headline percentage is known; a kab/kota without one shows "tidak diketahui" (tested apart).
    const std::string stamp = today.iso() + "T00:00:00Z";
    for (const auto& rt : rts) {
      s.registry().put_rt(rt);
      const std::int64_t potensi = rng.between(90, 160);
      s.registry().put_potential({rt.kode, potensi, potensi * rng.between(35, 50) / 100, "Data demo (perkiraan)"},
                                 stamp);
    }
    for (Worker& w : workers) {
      // A NIK the Kota Jambi demo drew from 15.72 by chance moves to the next free serial.
      while (s.registry().worker_by_nik(w.nik)) {
        const int serial = std::stoi(w.nik.substr(12)) % 9999 + 1;
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d", serial);
        w.nik = w.nik.substr(0, 12) + buf;
      }
      services::save_new_worker(s, w);
    }
    s.funding().put_funder({funder, "APBD Kota Sungai Penuh", "apbd_kota", kKabKota, {}, true});
    s.funding().put_budget({funder, today.year, 50'000'000, 200, 0, 0});
    summary = {kKabKota, kota->nama, static_cast<std::int64_t>(rts.size()), static_cast<std::int64_t>(workers.size()),
               funder};
    s.audit().append({0, "", "sistem", "muat_data_demo", "demo", kKabKota,
                      "{\"rt\": [null, " + std::to_string(summary.rts) + "], \"pekerja\": [null, " +
                          std::to_string(summary.workers) + "], \"sumber_dana\": [null, \"" + funder + "\"]}"});
  });
  return summary;
}

ProvinceDemoSummary generate_province_demo(services::App& app, std::uint64_t seed) {
  return generate_province_demo(app.store(), app.regions(), app.today(), seed);
}

}  // namespace lindungi::demo
