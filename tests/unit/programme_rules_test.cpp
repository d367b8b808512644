// The programme's rules per kab/kota (issue 22 item 4), in the core: the row in force on each
// date (the day a new row takes effect included), the shipped book for a kab/kota without its
// own, every problem named by its field in Indonesian, a worker checked against his own
// kab/kota's limits, and the funders ordered by the kab/kota's priority.
#include "core/programme_rules.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/funding.hpp"
#include "core/region.hpp"
#include "core/worker.hpp"

namespace lindungi {
namespace {

ProgrammeRuleSet row(std::string wilayah, Date from, int min_age, int max_age, Rupiah ceiling, bool fund,
                     Rupiah fund_size, std::vector<std::string> order, std::string basis) {
  ProgrammeRuleSet r;
  r.wilayah = std::move(wilayah);
  r.berlaku_mulai = from;
  r.usia_min = min_age;
  r.usia_maks = max_age;
  r.batas_penghasilan = ceiling;
  r.dana_rt = fund;
  r.dana_rt_per_tahun = fund_size;
  r.prioritas_dana = std::move(order);
  r.dasar_hukum = std::move(basis);
  return r;
}

// Two kab/kota: Sungai Penuh with a row of 2025 and one raising its ceiling from 1 January 2027;
// Kota Jambi without rows of its own (the shipped book).
ProgrammeRuleTable table() {
  ProgrammeRuleTable t;
  t.book = &RuleBook::standard();
  // Out of date order on purpose: the row in force does not depend on the order stored.
  t.rows.push_back(row("15.72", Date{2027, 1, 1}, 18, 60, 3'500'000, false, 0, {"apbd_kota", "apbd_provinsi"},
                       "Perwal contoh 2026"));
  t.rows.push_back(row("15.72", Date{2025, 1, 1}, 18, 60, 3'000'000, false, 0, {"apbd_kota", "apbd_provinsi"},
                       "Perwal contoh 2024"));
  return t;
}

struct InForce {
  const char* kode;  // any code within the kab/kota
  Date on;
  Rupiah ceiling;
  int max_age;
  bool bawaan;
  bool dana_rt;
};

TEST(ProgrammeRules, TheRowInForceOnEachDate) {
  const auto t = table();
  const std::vector<InForce> cases = {
      {"15.72", Date{2025, 1, 1}, 3'000'000, 60, false, false},                // its first day
      {"15.72.01.2001", Date{2026, 6, 30}, 3'000'000, 60, false, false},       // a desa's code
      {"15.72.01.2001.003", Date{2026, 12, 31}, 3'000'000, 60, false, false},  // the day before
      {"15.72", Date{2027, 1, 1}, 3'500'000, 60, false, false},                // the day the new row takes effect
      {"15.72.01", Date{2030, 3, 1}, 3'500'000, 60, false, false},
      {"15.71.01.1001", Date{2025, 5, 22}, 6'000'000, 65, true, true},  // Kota Jambi: the book
      {"15.71", Date{2027, 1, 1}, 6'000'000, 65, true, true},
  };
  for (const auto& c : cases) {
    const auto r = t.at(c.kode, c.on);
    EXPECT_EQ(r.batas_penghasilan, c.ceiling) << c.kode << " " << c.on.iso();
    EXPECT_EQ(r.usia_maks, c.max_age) << c.kode << " " << c.on.iso();
    EXPECT_EQ(r.bawaan, c.bawaan) << c.kode << " " << c.on.iso();
    EXPECT_EQ(r.dana_rt, c.dana_rt) << c.kode << " " << c.on.iso();
    EXPECT_EQ(r.wilayah, kabkota_of(c.kode));
  }
  // The book's RT fund is Perwal 18/2025's Rp100 juta; Sungai Penuh has none.
  EXPECT_EQ(t.at("15.71", Date{2026, 1, 1}).rt_fund()->yearly, 100'000'000);
  EXPECT_FALSE(t.at("15.72", Date{2026, 1, 1}).rt_fund());
  // Before its first row Sungai Penuh falls back to the book, which has nothing before 2025.
  EXPECT_THROW(t.at("15.72", Date{2024, 12, 31}), NotFound);
  EXPECT_EQ(t.of("15.72").front().berlaku_mulai, (Date{2025, 1, 1}));
  EXPECT_EQ(t.of("15.72").size(), 2u);
}

TEST(ProgrammeRules, EveryProblemNamesItsFieldInIndonesian) {
  struct Bad {
    ProgrammeRuleSet rules;
    const char* field;
    const char* words;
  };
  const auto good = row("15.72", Date{2027, 1, 1}, 18, 60, 3'000'000, true, 50'000'000,
                        {"apbd_kota", "dana_kampung_bahagia"}, "Perwal contoh");
  EXPECT_TRUE(rule_set_problems(good).empty());
  auto with = [&](auto change) {
    auto r = good;
    change(r);
    return r;
  };
  const std::vector<Bad> cases = {
      {with([](auto& r) { r.wilayah = "15.72.01"; }), "wilayah", "bukan kode kabupaten/kota"},
      {with([](auto& r) { r.wilayah = ""; }), "wilayah", "wajib diisi"},
      {with([](auto& r) {
         r.berlaku_mulai = Date{2014, 12, 31};
       }),
       "berlaku_mulai", "di luar tahun"},
      {with([](auto& r) { r.usia_min = -1; }), "usia_min", "Usia minimum harus"},
      {with([](auto& r) { r.usia_maks = 101; }), "usia_maks", "Usia maksimum harus"},
      {with([](auto& r) { r.usia_maks = 17; }), "usia_maks", "lebih kecil dari usia minimum"},
      {with([](auto& r) { r.batas_penghasilan = 0; }), "batas_penghasilan", "Batas penghasilan harus"},
      {with([](auto& r) { r.dana_rt_per_tahun = 0; }), "dana_rt_per_tahun", "Besar dana RT"},
      {with([](auto& r) {
         r.dana_rt = false;
         r.dana_rt_per_tahun = 0;
       }),
       "prioritas_dana", "tidak mempunyai dana RT"},
      {with([](auto& r) {
         r.dana_rt = false;
         r.prioritas_dana = {"apbd_kota"};
       }),
       "dana_rt_per_tahun", "harus Rp0"},
      {with([](auto& r) { r.prioritas_dana = {}; }), "prioritas_dana", "wajib diisi"},
      {with([](auto& r) {
         r.prioritas_dana = {"apbd_kota", "apbd_kota"};
       }),
       "prioritas_dana", "APBD Kota/Kabupaten disebut lebih dari sekali"},
      {with([](auto& r) { r.prioritas_dana = {"bank_dunia"}; }), "prioritas_dana", "tidak dikenal"},
      {with([](auto& r) { r.dasar_hukum = "  "; }), "dasar_hukum", "Dasar hukum wajib diisi"},
  };
  for (const auto& c : cases) {
    const auto problems = rule_set_problems(c.rules);
    ASSERT_FALSE(problems.empty()) << c.field;
    bool found = false;
    for (const auto& p : problems)
      if (p.field == c.field && p.message.find(c.words) != std::string::npos) found = true;
    EXPECT_TRUE(found) << c.field << ": " << problems.front().field << " " << problems.front().message;
  }
}

// A worker of one kab/kota eligible, the same worker in another refused by its ceiling or age.
TEST(ProgrammeRules, AWorkerIsCheckedAgainstHisOwnKabKota) {
  RegionTree regions;
  auto add = [&](std::string kode, std::string nama, RegionLevel level) {
    Region r;
    r.kode = std::move(kode);
    r.nama = std::move(nama);
    r.level = level;
    regions.add(r);
  };
  add("15", "Jambi", RegionLevel::provinsi);
  add("15.71", "Kota Jambi", RegionLevel::kabkota);
  add("15.71.01", "Telanaipura", RegionLevel::kecamatan);
  add("15.71.01.1001", "Simpang IV Sipin", RegionLevel::kelurahan);
  add("15.72", "Kota Sungai Penuh", RegionLevel::kabkota);
  add("15.72.01", "Sungai Penuh", RegionLevel::kecamatan);
  add("15.72.01.2001", "Pasar Sungai Penuh", RegionLevel::kelurahan);
  const auto t = table();
  ValidationContext ctx;
  ctx.today = Date{2026, 6, 1};
  ctx.regions = &regions;
  ctx.programme = RuleBook::standard().programme_at(ctx.today);
  ctx.programme_of = [&](std::string_view kode) { return t.at(kode, ctx.today).programme(); };

  Worker w;
  w.nik = "1571015708850003";
  w.nama = "Siti Aminah";
  w.tanggal_lahir = Date{1985, 8, 17};
  w.jenis_kelamin = Sex::P;
  w.kode_kelurahan = "15.71.01.1001";
  w.rt = 7;
  w.pekerjaan = "pedagang_umkm";
  w.penghasilan = 4'000'000;
  w.kategori = "pekerja_rentan";
  auto errors_on = [&](const Worker& x, const char* field) {
    std::vector<std::string> out;
    for (const auto& e : validate_worker(x, ctx).errors)
      if (e.field == field) out.push_back(e.message);
    return out;
  };
  EXPECT_TRUE(errors_on(w, "penghasilan").empty());  // Kota Jambi: ceiling Rp6 juta
  Worker there = w;
  there.nik = "1572015708850003";
  there.kode_kelurahan = "15.72.01.2001";
  const auto refused = errors_on(there, "penghasilan");
  ASSERT_EQ(refused.size(), 1u);
  EXPECT_EQ(refused[0], "Penghasilan Rp4.000.000 melebihi batas program Rp3.000.000 per bulan");
  // Aged 62: within Kota Jambi's 65, above Sungai Penuh's 60.
  w.penghasilan = there.penghasilan = 2'000'000;
  w.tanggal_lahir = there.tanggal_lahir = Date{1964, 1, 10};
  w.nik = "1571015001640003";
  there.nik = "1572015001640003";
  EXPECT_TRUE(errors_on(w, "tanggal_lahir").empty());
  const auto too_old = errors_on(there, "tanggal_lahir");
  ASSERT_EQ(too_old.size(), 1u);
  EXPECT_NE(too_old[0].find("melebihi batas pendaftaran 60 tahun"), std::string::npos);
}

TEST(ProgrammeRules, FundersComeInTheKabKotasOrderOfPriority) {
  const std::vector<Funder> funders = {
      {"apbd_kota", "APBD Kota Jambi", FunderKind::apbd_kota, "15.71", {}},
      {"apbd_kota_sungai_penuh", "APBD Kota Sungai Penuh", FunderKind::apbd_kota, "15.72", {}},
      {"apbd_provinsi", "Pro Jambi Tangguh", FunderKind::apbd_provinsi, "15", pro_jambi_tangguh_occupations()},
      {"dana_kampung_bahagia:15.71.01.1001.007",
       "Dana RT 007",
       FunderKind::dana_kampung_bahagia,
       "15.71.01.1001.007",
       {}},
      {"dana_kampung_bahagia:15.71.01.1001.008",
       "Dana RT 008",
       FunderKind::dana_kampung_bahagia,
       "15.71.01.1001.008",
       {}},
  };
  auto codes = [](const std::vector<const Funder*>& list) {
    std::vector<std::string> out;
    for (const Funder* f : list) out.push_back(f->kode);
    return out;
  };
  Worker ojek;
  ojek.pekerjaan = "ojek_pangkalan";
  ojek.kode_kelurahan = "15.71.01.1001";
  ojek.rt = 7;
  const std::vector<std::string> jambi = {"apbd_provinsi", "dana_kampung_bahagia", "apbd_kota"};
  const std::vector<std::string> sungai_penuh = {"apbd_kota", "apbd_provinsi"};
  EXPECT_EQ(codes(funders_by_priority(funders, jambi, ojek)),
            (std::vector<std::string>{"apbd_provinsi", "dana_kampung_bahagia:15.71.01.1001.007", "apbd_kota"}));
  Worker there = ojek;
  there.kode_kelurahan = "15.72.01.2001";
  EXPECT_EQ(codes(funders_by_priority(funders, sungai_penuh, there)),
            (std::vector<std::string>{"apbd_kota_sungai_penuh", "apbd_provinsi"}));
  // A trader is not in the province's cohort; a kind the order leaves out is never asked.
  Worker trader = ojek;
  trader.pekerjaan = "pedagang_umkm";
  EXPECT_EQ(codes(funders_by_priority(funders, {"apbd_kota", "apbd_provinsi"}, trader)),
            (std::vector<std::string>{"apbd_kota"}));
  // The rank of a kind, size() when unlisted.
  ProgrammeRuleSet r;
  r.prioritas_dana = jambi;
  EXPECT_EQ(r.rank_of("apbd_provinsi"), 0u);
  EXPECT_EQ(r.rank_of("apbd_kota"), 2u);
  EXPECT_EQ(r.rank_of("mandiri"), 3u);
}

TEST(ProgrammeRules, TheShippedBookIsKotaJambisPerwalMarkedAsSuch) {
  const auto r = shipped_rule_set(RuleBook::standard(), "15.05", Date{2026, 1, 1});
  EXPECT_TRUE(r.bawaan);
  EXPECT_EQ(r.wilayah, "15.05");
  EXPECT_EQ(r.batas_penghasilan, 6'000'000);
  EXPECT_EQ(r.usia_min, 15);
  EXPECT_EQ(r.usia_maks, 65);
  EXPECT_EQ(r.dana_rt_per_tahun, 100'000'000);
  EXPECT_EQ(r.prioritas_dana, default_funder_priority());
  EXPECT_NE(r.dasar_hukum.find("Perwal Kota Jambi 18/2025"), std::string::npos);
  EXPECT_TRUE(rule_set_problems(r).empty());
  EXPECT_EQ(funder_kind_label("dana_kampung_bahagia"), "Dana RT (Kampung Bahagia)");
  EXPECT_EQ(funder_kind_label("lain"), "");
}

}  // namespace
}  // namespace lindungi
