// Unit tests for demo/demo_data: the Kota Jambi demo set of DESIGN.md §7 on a real SQLite
// store: the counts of the news reports, valid and unique NIKs, records that pass validation,
// and determinism per seed.
#include "demo/demo_data.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "clock/clock.hpp"
#include "core/errors.hpp"
#include "core/region.hpp"
#include "core/rules.hpp"
#include "core/worker.hpp"
#include "demo/demo_claims.hpp"  // demo_claim_deaths
#include "formats/csv_reader.hpp"
#include "store/audit_store.hpp"
#include "store/intake_store.hpp"
#include "store/programme_rules_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"

namespace lindungi::services {
namespace {

using namespace lindungi::demo;  // the seeding under test (src/demo)

// The clock's date (issue 15): the real today, or LINDUNGI_TODAY in the test command's date matrix.
const Date kDemoToday = clock::today();

// The province, the city, and the kecamatan and kelurahan of data/reference, parents first.
std::vector<Region> kota_jambi_regions() {
  std::ifstream in(std::string{LINDUNGI_SOURCE_DIR} + "/data/reference/wilayah_kota_jambi.csv", std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const auto table = formats::parse_csv(text.str());
  EXPECT_FALSE(table.records.empty());
  const auto& header = table.records.front().fields;
  auto col = [&](const std::string& name) {
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return i;
    ADD_FAILURE() << "no column " << name;
    return std::size_t{0};
  };
  const std::size_t kode = col("kode"), kec = col("kecamatan"), kel = col("kelurahan"),
                    kode_kec = col("kode_kecamatan"), bps = col("kode_bps");
  std::vector<Region> out = {{"15", "Jambi", RegionLevel::provinsi, "", 0, 0},
                             {"15.71", "Kota Jambi", RegionLevel::kabkota, "1571", 0, 0}};
  std::set<std::string> seen;
  for (std::size_t r = 1; r < table.records.size(); ++r) {
    const auto& f = table.records[r].fields;
    if (seen.insert(f.at(kode_kec)).second)
      out.push_back({f.at(kode_kec), f.at(kec), RegionLevel::kecamatan, "", 0, 0});
    out.push_back({f.at(kode), f.at(kel), RegionLevel::kelurahan, f.at(bps), 0, 0});
  }
  return out;
}

// A fresh SQLite database in its own temporary directory, with the regions loaded.
class DemoDb {
 public:
  DemoDb() {
    static std::atomic<int> counter{0};
    dir_ = std::filesystem::temp_directory_path() /
           ("lindungi_demo_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    store = store::open_store((dir_ / "demo.db").string());
    const auto list = kota_jambi_regions();
    store->write([&](store::Session& s) {
      for (const Region& r : list) s.registry().put_region(r);
    });
    for (const Region& r : list) regions.add(r);
  }
  ~DemoDb() {
    store.reset();
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  DemoDb(const DemoDb&) = delete;
  DemoDb& operator=(const DemoDb&) = delete;

  DemoSummary generate(std::uint64_t seed) {
    const auto start = std::chrono::steady_clock::now();
    const DemoSummary summary = generate_demo(*store, regions, kDemoToday, seed);
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    std::cout << "generate_demo(seed " << seed << "): " << ms << " ms\n";
    return summary;
  }

  // Every worker with heirs, in NIK order.
  std::vector<Worker> workers() {
    std::vector<Worker> out;
    store->read([&](store::Session& s) {
      store::WorkerQuery q;
      q.sort = "nik";
      q.limit = 1'000'000;
      for (Worker& w : s.registry().workers(q).items) {
        auto full = s.registry().worker(w.id);
        out.push_back(full ? std::move(*full) : std::move(w));
      }
    });
    return out;
  }

  std::unique_ptr<store::Store> store;
  RegionTree regions;

 private:
  std::filesystem::path dir_;
};

ValidationContext context(store::Session& s, const RegionTree& regions) {
  ValidationContext ctx;
  ctx.today = kDemoToday;
  ctx.regions = &regions;
  ctx.programme = RuleBook::standard().programme_at(kDemoToday);
  ctx.rt_exists = [&s](std::string_view kode, int nomor) { return s.registry().rt_exists(kode, nomor); };
  return ctx;
}

TEST(DemoData, FillsAnEmptyRegistryWithKotaJambi) {
  DemoDb db;
  const DemoSummary sum = db.generate(1);
  EXPECT_EQ(sum.rts, 1650);
  EXPECT_EQ(sum.pekerja_rentan, 15'000);
  EXPECT_EQ(sum.petugas_keagamaan, 1'316);
  EXPECT_EQ(sum.ketua_rt, 1'650);
  EXPECT_EQ(sum.workers, 15'000 + 1'316 + 1'650);
  EXPECT_EQ(sum.potensi, 228'000);
  EXPECT_EQ(sum.peserta_lain, 100'320);

  // RTs: 15-40 per kelurahan, numbered 1..n, each with a head.
  std::map<std::string, std::string> ketua_of_rt;
  std::int64_t potensi = 0, lain = 0;
  db.store->read([&](store::Session& s) {
    const auto rts = s.registry().rts("");
    EXPECT_EQ(rts.size(), 1650u);
    std::map<std::string, std::vector<int>> per_kelurahan;
    for (const auto& rt : rts) {
      per_kelurahan[rt.kode_kelurahan].push_back(rt.nomor);
      EXPECT_FALSE(rt.nama_ketua.empty());
      ketua_of_rt[rt.kode] = rt.nama_ketua;
    }
    EXPECT_EQ(per_kelurahan.size(), 68u);
    for (auto& [kel, numbers] : per_kelurahan) {
      EXPECT_GE(numbers.size(), 15u) << kel;
      EXPECT_LE(numbers.size(), 40u) << kel;
      std::sort(numbers.begin(), numbers.end());
      for (std::size_t i = 0; i < numbers.size(); ++i) EXPECT_EQ(numbers[i], static_cast<int>(i + 1)) << kel;
    }
    const auto potentials = s.registry().potentials();
    EXPECT_EQ(potentials.size(), 1650u);
    for (const auto& p : potentials) {
      EXPECT_TRUE(ketua_of_rt.contains(p.kode)) << p.kode;
      EXPECT_LE(p.peserta_lain, p.potensi) << p.kode;
      EXPECT_EQ(p.sumber, "Data demo (perkiraan)");
      potensi += p.potensi;
      lain += p.peserta_lain;
    }
    EXPECT_EQ(s.audit().entries("demo", "", 0, 10).total, 1);
    // Kota Jambi's programme rules as data (issue 22 item 4): Perwal 18/2025's figures.
    const auto rules = s.programme_rules().rule_sets("15.71");
    ASSERT_EQ(rules.size(), 1u);
    EXPECT_EQ(rules[0].rules.batas_penghasilan, 6'000'000);
    EXPECT_EQ(rules[0].rules.dana_rt_per_tahun, 100'000'000);
    EXPECT_EQ(rules[0].rules.prioritas_dana.front(), "apbd_provinsi");
    EXPECT_EQ(rules[0].rules.berlaku_mulai, (Date{2025, 1, 1}));
  });
  EXPECT_EQ(potensi, 228'000);
  EXPECT_EQ(lain, 100'320);

  const std::vector<Worker> workers = db.workers();
  ASSERT_EQ(workers.size(), 17'966u);
  std::map<std::string, int> by_kategori, by_status;
  std::set<std::string> niks, kpjs, ketua_rts, pilot_rts;
  int launch = 0, province = 0, pilot = 0, heirs = 0, with_heirs = 0;
  const std::set<std::string> province_jobs = {"sopir_angkot", "ojek_online",  "ojek_pangkalan",
                                               "becak",        "kusir_delman", "seniman_budayawan"};
  const std::set<std::string> religious_jobs = {"pemandi_jenazah", "guru_madrasah_takmiliyah", "petugas_syara"};
  db.store->read([&](store::Session& s) {
    const ValidationContext ctx = context(s, db.regions);
    for (const Worker& w : workers) {
      const ValidationResult v = validate_worker(w, ctx);
      EXPECT_TRUE(v.ok()) << w.nik << " " << w.nama << ": " << (v.ok() ? "" : v.errors.front().message);
      const NikInfo info = analyze_nik(w.nik, kDemoToday, &db.regions);
      EXPECT_TRUE(info.valid) << w.nik;
      EXPECT_TRUE(nik_consistency(info, w.tanggal_lahir, w.jenis_kelamin).empty()) << w.nik;
      EXPECT_TRUE(niks.insert(w.nik).second) << "duplicate NIK " << w.nik;
      const int age = w.tanggal_lahir->age_on(kDemoToday);
      EXPECT_TRUE(age >= 18 && age <= 64) << w.nik << " age " << age;
      EXPECT_TRUE(w.no_hp.empty() || normalize_phone(w.no_hp) == w.no_hp) << w.no_hp;
      EXPECT_TRUE(w.penghasilan >= 500'000 && w.penghasilan <= 5'500'000 && w.penghasilan % 1000 == 0) << w.penghasilan;
      EXPECT_TRUE(w.persetujuan);
      EXPECT_TRUE(w.alamat.starts_with("Jl. ")) << w.alamat;
      ++by_kategori[w.kategori];
      ++by_status[w.status];
      if (w.status == "aktif") {
        EXPECT_EQ(w.kpj.size(), 11u);
        EXPECT_EQ(w.kpj.find_first_not_of("0123456789"), std::string::npos) << w.kpj;
        EXPECT_TRUE(kpjs.insert(w.kpj).second) << "duplicate KPJ " << w.kpj;
      } else if (w.status == "ditolak_bpjs") {  // sent with the city as funder, refused by BPJS
        EXPECT_TRUE(w.kpj.empty());
        EXPECT_EQ(w.sumber_dana, "apbd_kota");
        EXPECT_FALSE(w.alasan.empty()) << w.nik;
      } else {
        EXPECT_TRUE(w.kpj.empty());
        EXPECT_TRUE(w.sumber_dana.empty());
      }
      if (w.status == "ditolak") {
        EXPECT_FALSE(w.alasan.empty()) << w.nik;
      }
      if (w.kategori == "ketua_rt") {
        EXPECT_EQ(w.status, "aktif");
        EXPECT_EQ(w.sumber_dana, "apbd_kota");
        EXPECT_EQ(w.pekerjaan, "ketua_rt");
        EXPECT_EQ(ketua_of_rt[w.kode_rt()], w.nama) << w.kode_rt();
        EXPECT_TRUE(ketua_rts.insert(w.kode_rt()).second) << "two heads in " << w.kode_rt();
      } else if (w.kategori == "petugas_keagamaan") {
        EXPECT_EQ(w.status, "aktif");
        EXPECT_EQ(w.sumber_dana, "apbd_kota");
        EXPECT_TRUE(religious_jobs.contains(w.pekerjaan)) << w.pekerjaan;
      } else {
        EXPECT_EQ(w.kategori, "pekerja_rentan");
        EXPECT_FALSE(religious_jobs.contains(w.pekerjaan) || w.pekerjaan == "ketua_rt") << w.pekerjaan;
        if (w.sumber_dana == "apbd_kota" && w.status == "aktif") ++launch;
        if (w.sumber_dana == "apbd_provinsi") {
          ++province;
          EXPECT_TRUE(province_jobs.contains(w.pekerjaan)) << w.pekerjaan;
        }
        if (w.sumber_dana == "dana_kampung_bahagia") {
          ++pilot;
          pilot_rts.insert(w.kode_rt());
        }
      }
      if (!w.ahli_waris.empty()) ++with_heirs;
      EXPECT_LE(w.ahli_waris.size(), 3u);
      for (const Heir& h : w.ahli_waris) {
        ++heirs;
        if (h.hubungan == "istri") {
          EXPECT_EQ(*w.jenis_kelamin, Sex::L) << w.nik;
        }
        if (h.hubungan == "suami") {
          EXPECT_EQ(*w.jenis_kelamin, Sex::P) << w.nik;
        }
        if (h.hubungan == "anak") {
          EXPECT_TRUE(h.tanggal_lahir.has_value()) << w.nik;
        }
        if (h.nik.empty()) continue;
        const NikInfo hi = analyze_nik(h.nik, kDemoToday);
        EXPECT_TRUE(hi.valid) << h.nik;
        if (h.tanggal_lahir) {
          EXPECT_TRUE(nik_consistency(hi, h.tanggal_lahir, std::nullopt).empty()) << h.nik;
        }
        if (h.hubungan == "istri" || h.hubungan == "ibu") {
          EXPECT_EQ(hi.jenis_kelamin, Sex::P) << h.nik;
        }
        if (h.hubungan == "suami") {
          EXPECT_EQ(hi.jenis_kelamin, Sex::L) << h.nik;
        }
        EXPECT_TRUE(niks.insert(h.nik).second) << "duplicate NIK " << h.nik;
      }
    }
  });
  EXPECT_EQ(by_kategori["pekerja_rentan"], 15'000);
  EXPECT_EQ(by_kategori["petugas_keagamaan"], 1'316);
  EXPECT_EQ(by_kategori["ketua_rt"], 1'650);
  EXPECT_EQ(ketua_rts.size(), 1650u);
  EXPECT_TRUE(province >= 400 && province <= 600) << province;
  EXPECT_EQ(pilot_rts.size(), 67u);
  EXPECT_TRUE(pilot >= 300 && pilot <= 540) << pilot;
  // Seed 001's 3,000 vulnerable workers protected, whoever pays, once the claims' deaths
  // (demo_claims, not written here) have taken theirs from the city's share.
  EXPECT_EQ(launch + province + pilot, 3'000 + demo_claim_deaths());
  EXPECT_EQ(by_status["aktif"], 3'000 + demo_claim_deaths() + 1'316 + 1'650);
  EXPECT_GT(by_status["ditolak_bpjs"], 0);
  EXPECT_EQ(by_status["aktif"], sum.aktif);
  EXPECT_GT(by_status["didata"], by_status["diverifikasi"]);
  EXPECT_GT(by_status["diverifikasi"], by_status["ditolak"]);
  EXPECT_GT(by_status["ditolak"], 0);
  EXPECT_EQ(heirs, sum.heirs);
  EXPECT_GT(with_heirs, 17'966 * 3 / 4);
  std::cout << "province cohort " << province << ", Kampung Bahagia " << pilot << ", didata " << by_status["didata"]
            << ", diverifikasi " << by_status["diverifikasi"] << ", ditolak " << by_status["ditolak"] << ", heirs "
            << heirs << "\n";

  // Only into an empty registry.
  EXPECT_THROW(db.generate(1), Conflict);
  db.store->read([&](store::Session& s) { EXPECT_EQ(s.registry().count_workers(), 17'966); });
  // The copies with a mistyped NIK, merged into their originals as the kelurahan's review does.
  db.store->read([&](store::Session& s) {
    store::DuplicateQuery q;
    q.status = "digabung";
    const auto merged = s.intake().duplicates(q);
    EXPECT_EQ(merged.total, 45);
    for (const auto& pair : merged.items) EXPECT_TRUE(pair.kept == pair.worker_a || pair.kept == pair.worker_b);
  });
}

// Everything but the store-assigned id and timestamps.
auto record(const Worker& w) {
  std::string heirs;
  for (const Heir& h : w.ahli_waris)
    heirs += h.nama + "|" + h.hubungan + "|" + h.nik + "|" + (h.tanggal_lahir ? h.tanggal_lahir->iso() : "") + ";";
  return std::make_tuple(w.id, w.nik, w.nama, w.tanggal_lahir, w.jenis_kelamin, w.kode_kelurahan, w.rt, w.alamat,
                         w.no_hp, w.pekerjaan, w.penghasilan, w.kategori, w.status, w.sumber_dana, w.kpj, w.alasan,
                         heirs);
}

TEST(DemoData, SameSeedGivesSameRecordsOtherSeedDiffers) {
  DemoDb a, b, c;
  a.generate(1);
  b.generate(1);
  c.generate(2);
  const auto wa = a.workers(), wb = b.workers(), wc = c.workers();
  ASSERT_EQ(wa.size(), wb.size());
  for (std::size_t i = 0; i < wa.size(); ++i) ASSERT_EQ(record(wa[i]), record(wb[i])) << i;

  std::vector<std::tuple<std::string, std::string, std::string>> sa, sc;
  for (const Worker& w : wa) sa.emplace_back(w.nik, w.nama, w.status);
  for (const Worker& w : wc) sc.emplace_back(w.nik, w.nama, w.status);
  EXPECT_NE(sa, sc);

  std::vector<store::RtRecord> ra, rb;
  std::vector<store::Potential> pa, pb;
  a.store->read([&](store::Session& s) {
    ra = s.registry().rts("");
    pa = s.registry().potentials();
  });
  b.store->read([&](store::Session& s) {
    rb = s.registry().rts("");
    pb = s.registry().potentials();
  });
  ASSERT_EQ(ra.size(), rb.size());
  for (std::size_t i = 0; i < ra.size(); ++i) {
    EXPECT_EQ(ra[i].kode, rb[i].kode);
    EXPECT_EQ(ra[i].nama_ketua, rb[i].nama_ketua);
  }
  ASSERT_EQ(pa.size(), pb.size());
  for (std::size_t i = 0; i < pa.size(); ++i) {
    EXPECT_EQ(pa[i].potensi, pb[i].potensi);
    EXPECT_EQ(pa[i].peserta_lain, pb[i].peserta_lain);
  }
}

}  // namespace
}  // namespace lindungi::services
