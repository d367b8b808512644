// The programme's rules per kab/kota (issue 22 item 4), on both backends: stored with their
// effective dates and audited, edited only by the kab/kota's own admin and never for a past date,
// read by the roles of the area, and applied where eligibility and funding are decided: a worker
// accepted in one kab/kota is refused in another by its ceiling or age limit, from the day a new
// row takes effect, and the same worker-kind is funded first by another funder where the order
// of priority differs. The demo gives each of its kab/kota its own rules.
#include "services/programme_rules_service.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "clock/clock.hpp"
#include "core/errors.hpp"
#include "demo/demo_province.hpp"
#include "services/app.hpp"
#include "services/billing_service.hpp"
#include "services/funding_service.hpp"
#include "services/registry_service.hpp"
#include "store/audit_store.hpp"
#include "store/funding_store.hpp"
#include "store/programme_rules_store.hpp"
#include "store/registry_store.hpp"
#include "test_backend.hpp"

namespace lindungi {
namespace {

using nlohmann::json;

const Actor kAdminJambi{"admin.kota", Role::admin_kota, "15.71", ""};
const Actor kAdminSungaiPenuh{"admin.sungaipenuh", Role::admin_kota, "15.72", ""};
const Date kRulesToday{2026, 6, 1};

ProgrammeRuleSet sungai_penuh(Date from, Rupiah ceiling) {
  ProgrammeRuleSet r;
  r.wilayah = "15.72";
  r.berlaku_mulai = from;
  r.usia_min = 18;
  r.usia_maks = 60;
  r.batas_penghasilan = ceiling;
  r.dana_rt = false;
  r.dana_rt_per_tahun = 0;
  r.prioritas_dana = {"apbd_kota", "apbd_provinsi"};
  r.dasar_hukum = "Perwal Kota Sungai Penuh (contoh uji)";
  return r;
}

class ProgrammeRulesServiceTest : public testing::BackendTest {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("lindungi_aturan_" + std::to_string(getpid()) + "_" + test_name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = make_database(dir_ / "t.db");
    app_ = services::App::open(db_->location());
    app_->set_today_for_tests(kRulesToday);
    for (const Region* r : app_->regions().at_level(RegionLevel::kelurahan))
      if (code_within(r->kode, "15.72") && kel_sp_.empty()) kel_sp_ = r->kode;
    app_->store().write([&](store::Session& s) { s.registry().put_rt({"", kKelJambi, 1, "Pak RT"}); });
  }
  void TearDown() override {
    app_.reset();
    db_.reset();
    std::filesystem::remove_all(dir_);
    clock::set_today(std::nullopt);
  }

  // A worker of kelurahan `kel` whose NIK agrees with the record (born 17/08 of `year`).
  Worker worker(const std::string& kel, int year, Rupiah income, const std::string& pekerjaan = "pedagang_umkm") {
    static int serial = 0;
    auto two = [](int n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
    const std::string serial4 = std::to_string(10000 + ++serial).substr(1);
    Worker w;
    // Province, kab/kota, kecamatan, then 17/08/YY (a man) and a serial: the NIK agrees with the record.
    w.nik = kel.substr(0, 2) + kel.substr(3, 2) + kel.substr(6, 2) + "1708" + two(year % 100) + serial4;
    w.nama = "Pekerja Uji";
    w.tanggal_lahir = Date{year, 8, 17};
    w.jenis_kelamin = Sex::L;
    w.kode_kelurahan = kel;
    w.rt = 1;
    w.pekerjaan = pekerjaan;
    w.penghasilan = income;
    w.kategori = "pekerja_rentan";
    w.persetujuan = true;
    return w;
  }

  // An RT in Sungai Penuh (not for the demo's test: the demo writes only into a kab/kota without RTs).
  void sungai_penuh_rt() {
    app_->store().write([&](store::Session& s) { s.registry().put_rt({"", kel_sp_, 1, "Pak RT"}); });
  }

  std::vector<store::AuditEntry> audits(const std::string& entitas) {
    std::vector<store::AuditEntry> out;
    app_->store().read([&](store::Session& s) {
      s.audit().scan([&](const store::AuditEntry& e) {
        if (e.entitas == entitas) out.push_back(e);
        return true;
      });
    });
    return out;
  }

  static constexpr const char* kKelJambi = "15.71.01.1001";
  std::string kel_sp_;
  std::filesystem::path dir_;
  std::unique_ptr<testing::TestDatabase> db_;
  std::unique_ptr<services::App> app_;
};

LINDUNGI_ON_BOTH_BACKENDS(ProgrammeRulesServiceTest);

TEST_P(ProgrammeRulesServiceTest, TheKabKotasAdminAddsARowAuditedAndNobodyElse) {
  sungai_penuh_rt();
  services::ProgrammeRulesService rules(*app_);
  // Without a row of its own a kab/kota follows the shipped book, marked as such.
  auto v = rules.view(kAdminSungaiPenuh, "15.72", std::nullopt);
  EXPECT_TRUE(v.berlaku.bawaan);
  EXPECT_EQ(v.berlaku.batas_penghasilan, 6'000'000);
  EXPECT_EQ(v.nama_wilayah, "Kota Sungai Penuh");
  EXPECT_TRUE(v.riwayat.empty());
  EXPECT_TRUE(v.dapat_diubah);

  const auto stored = rules.put(kAdminSungaiPenuh, sungai_penuh(kRulesToday, 3'000'000));
  EXPECT_EQ(stored.diubah_oleh, "admin.sungaipenuh");
  v = rules.view(kAdminSungaiPenuh, "15.72.01", std::nullopt);
  EXPECT_FALSE(v.berlaku.bawaan);
  EXPECT_EQ(v.berlaku.batas_penghasilan, 3'000'000);
  EXPECT_EQ(v.berlaku.prioritas_dana, (std::vector<std::string>{"apbd_kota", "apbd_provinsi"}));
  ASSERT_EQ(v.riwayat.size(), 1u);
  // Kota Jambi is untouched: still the book.
  EXPECT_TRUE(rules.view(kAdminJambi, "15.71", std::nullopt).berlaku.bawaan);

  // A correction of a row not yet in force, then its audit: old and new value of what changed.
  rules.put(kAdminSungaiPenuh, sungai_penuh(Date{2027, 1, 1}, 3'500'000));
  auto next = sungai_penuh(Date{2027, 1, 1}, 3'600'000);
  rules.put(kAdminSungaiPenuh, next);
  const auto entries = audits("aturan_program");
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].aksi, "buat");
  EXPECT_EQ(entries[0].entitas_id, "15.72/2026-06-01");
  EXPECT_EQ(entries[2].aksi, "ubah");
  EXPECT_EQ(entries[2].entitas_id, "15.72/2027-01-01");
  EXPECT_EQ(json::parse(entries[2].perubahan), (json{{"batas_penghasilan", {3'500'000, 3'600'000}}}));
  EXPECT_EQ(entries[2].pelaku, "admin.sungaipenuh");
  EXPECT_EQ(rules.view(kAdminSungaiPenuh, "15.72", std::nullopt).riwayat.size(), 2u);

  // Another kab/kota's admin, the province, an RT head: refused; nothing written.
  EXPECT_THROW(rules.put(kAdminJambi, sungai_penuh(Date{2027, 2, 1}, 3'000'000)), Forbidden);
  EXPECT_THROW(rules.put({"pemprov", Role::pemprov, "15", "apbd_provinsi"}, sungai_penuh(Date{2027, 2, 1}, 3'000'000)),
               Forbidden);
  EXPECT_THROW(rules.put({"rt", Role::ketua_rt, kel_sp_ + ".001", ""}, sungai_penuh(Date{2027, 2, 1}, 3'000'000)),
               Forbidden);
  EXPECT_EQ(audits("aturan_program").size(), 3u);
  // A past date would rewrite the rules old periods were judged by.
  try {
    rules.put(kAdminSungaiPenuh, sungai_penuh(Date{2026, 5, 31}, 3'000'000));
    FAIL() << "a past date was accepted";
  } catch (const ValidationError& e) {
    ASSERT_FALSE(e.errors().empty());
    EXPECT_EQ(e.errors().front().field, "berlaku_mulai");
    EXPECT_NE(e.errors().front().message.find("sudah lewat"), std::string::npos);
  }
  // Reading: the roles of the area; another kab/kota's is refused.
  const Actor rt_jambi{"rt", Role::ketua_rt, std::string{kKelJambi} + ".001", ""};
  EXPECT_EQ(rules.view(rt_jambi, "15.71", std::nullopt).wilayah, "15.71");
  EXPECT_FALSE(rules.view(rt_jambi, "15.71", std::nullopt).dapat_diubah);
  EXPECT_THROW(rules.view(rt_jambi, "15.72", std::nullopt), Forbidden);
  EXPECT_THROW(rules.view(kAdminJambi, "15.72", std::nullopt), Forbidden);
  EXPECT_THROW(rules.view(rt_jambi, "15.71.02", std::nullopt), Forbidden);  // another kelurahan's code
  // The province is above his area, but rules are per kab/kota.
  EXPECT_THROW(rules.view(kAdminJambi, "15", std::nullopt), BadRequest);
  EXPECT_EQ(rules.view({"pemprov", Role::pemprov, "15", "apbd_provinsi"}, "15.72", std::nullopt).berlaku.usia_maks, 60);
  EXPECT_THROW(rules.view({}, "15.71", std::nullopt), Unauthorized);
}

// The day a new row takes effect, eligibility changes with it; each kab/kota by its own rules.
TEST_P(ProgrammeRulesServiceTest, EligibilityFollowsTheWorkersKabKotaOnTheDate) {
  sungai_penuh_rt();
  services::ProgrammeRulesService rules(*app_);
  rules.put(kAdminSungaiPenuh, sungai_penuh(kRulesToday, 3'000'000));
  rules.put(kAdminSungaiPenuh, sungai_penuh(Date{2027, 1, 1}, 3'500'000));
  services::RegistryService registry(*app_);
  const Actor system = Actor::system();
  auto refusal = [&](const Worker& w) -> std::string {
    try {
      registry.create_worker(system, w);
      return "";
    } catch (const ValidationError& e) {
      for (const auto& p : e.errors())
        if (p.field == "penghasilan" || p.field == "tanggal_lahir") return p.field + ": " + p.message;
      return e.errors().front().field + ": " + e.errors().front().message;
    }
  };
  // Rp3.200.000: accepted in Kota Jambi (Rp6 juta), refused in Sungai Penuh (Rp3 juta).
  EXPECT_EQ(refusal(worker(kKelJambi, 1985, 3'200'000)), "");
  EXPECT_EQ(refusal(worker(kel_sp_, 1985, 3'200'000)),
            "penghasilan: Penghasilan Rp3.200.000 melebihi batas program Rp3.000.000 per bulan");
  // Aged 62: within Kota Jambi's 65, above Sungai Penuh's 60.
  EXPECT_EQ(refusal(worker(kKelJambi, 1963, 1'500'000)), "");
  EXPECT_NE(refusal(worker(kel_sp_, 1963, 1'500'000)).find("melebihi batas pendaftaran 60 tahun"), std::string::npos);
  // The day before the new row, still refused; on the day it takes effect, accepted.
  app_->set_today_for_tests(Date{2026, 12, 31});
  EXPECT_NE(refusal(worker(kel_sp_, 1985, 3'200'000)), "");
  app_->set_today_for_tests(Date{2027, 1, 1});
  EXPECT_EQ(refusal(worker(kel_sp_, 1985, 3'200'000)), "");
}

// Kota Jambi pays from the province's cohort fund first, Sungai Penuh from its own city budget:
// the same ojek driver is funded by a different funder, at the same national premium.
TEST_P(ProgrammeRulesServiceTest, AllocationFollowsTheKabKotasOrderOfPriority) {
  sungai_penuh_rt();
  services::ProgrammeRulesService rules(*app_);
  auto jambi = sungai_penuh(kRulesToday, 6'000'000);
  jambi.wilayah = "15.71";
  jambi.usia_min = 15;
  jambi.usia_maks = 65;
  jambi.dana_rt = true;
  jambi.dana_rt_per_tahun = 100'000'000;
  jambi.prioritas_dana = {"apbd_provinsi", "dana_kampung_bahagia", "apbd_kota"};
  jambi.dasar_hukum = "Perwal Kota Jambi 18/2025";
  rules.put(kAdminJambi, jambi);
  rules.put(kAdminSungaiPenuh, sungai_penuh(kRulesToday, 3'000'000));
  std::int64_t in_jambi = 0, in_sp = 0, trader = 0;
  app_->store().write([&](store::Session& s) {
    s.funding().put_funder({"apbd_kota", "APBD Kota Jambi", "apbd_kota", "15.71", {}, true});
    s.funding().put_funder({"apbd_kota_sungai_penuh", "APBD Kota Sungai Penuh", "apbd_kota", "15.72", {}, true});
    s.funding().put_funder(
        {"apbd_provinsi", "Pro Jambi Tangguh", "apbd_provinsi", "15", pro_jambi_tangguh_occupations(), true});
    for (const char* f : {"apbd_kota", "apbd_kota_sungai_penuh", "apbd_provinsi"})
      s.funding().put_budget({f, 2026, 100'000'000, 0, 0, 0});
  });
  services::RegistryService registry(*app_);
  auto verified = [&](Worker w) {
    w.status = "diverifikasi";
    const auto created = registry.create_worker(Actor::system(), w);
    app_->store().write([&](store::Session& s) {
      auto x = *s.registry().worker(created.id);
      x.status = "diverifikasi";
      s.registry().update_worker(x);
    });
    return created.id;
  };
  in_jambi = verified(worker(kKelJambi, 1985, 2'000'000, "ojek_pangkalan"));
  in_sp = verified(worker(kel_sp_, 1985, 2'000'000, "ojek_pangkalan"));
  trader = verified(worker(kKelJambi, 1986, 2'000'000, "pedagang_umkm"));
  const auto out = services::FundingService(*app_).allocate_by_priority(Actor::system(), {in_jambi, in_sp, trader},
                                                                        YearMonth{2026, 7}, 6);
  ASSERT_EQ(out.size(), 3u);
  for (const auto& o : out)
    EXPECT_TRUE(o.ok) << o.pekerja_id << ": " << (o.problems.empty() ? "" : o.problems[0].message);
  EXPECT_EQ(out[0].sumber_dana, "apbd_provinsi");
  EXPECT_EQ(out[1].sumber_dana, "apbd_kota_sungai_penuh");
  EXPECT_EQ(out[2].sumber_dana, "apbd_kota");  // not in the province's cohort; no RT fund here
  EXPECT_EQ(out[0].amount, 6 * 16'800);        // the national premium, APBD: the full rate
  EXPECT_EQ(out[1].amount, out[0].amount);
  // The province's budget spent, its next ojek goes to the next funder in Kota Jambi's order.
  app_->store().write([&](store::Session& s) { s.funding().put_budget({"apbd_provinsi", 2026, 100'800, 0, 0, 0}); });
  const auto next = verified(worker(kKelJambi, 1987, 2'000'000, "ojek_online"));
  const auto again =
      services::FundingService(*app_).allocate_by_priority(Actor::system(), {next}, YearMonth{2026, 7}, 6);
  ASSERT_TRUE(again[0].ok);
  EXPECT_EQ(again[0].sumber_dana, "apbd_kota");
  // Another kab/kota's admin cannot fund Sungai Penuh's workers by priority: not found for him.
  const auto other = verified(worker(kel_sp_, 1988, 2'000'000, "petani"));
  const auto refused =
      services::FundingService(*app_).allocate_by_priority(kAdminJambi, {other}, YearMonth{2026, 7}, 6);
  EXPECT_FALSE(refused[0].ok);
  EXPECT_EQ(refused[0].problems[0].code, "pekerja_tidak_ada");
}

// The province demo: Sungai Penuh carries its own rules (Kota Jambi's are written by its demo,
// tests/unit/demo_data_test.cpp), and the RT fund follows them.
TEST_P(ProgrammeRulesServiceTest, TheProvinceDemoGivesSungaiPenuhItsOwnRules) {
  const auto other = demo::generate_province_demo(*app_, 1);
  ASSERT_EQ(other.kode, "15.72");
  services::ProgrammeRulesService rules(*app_);
  const auto sp = rules.view(Actor::system(), "15.72", std::nullopt);
  EXPECT_FALSE(sp.berlaku.bawaan);
  EXPECT_EQ(sp.berlaku.batas_penghasilan, 3'000'000);
  EXPECT_EQ(sp.berlaku.usia_maks, 60);
  EXPECT_FALSE(sp.berlaku.dana_rt);
  EXPECT_EQ(sp.berlaku.prioritas_dana.front(), "apbd_kota");
  ASSERT_EQ(sp.riwayat.size(), 2u);  // and a raised ceiling from next January
  EXPECT_EQ(rules.view(Actor::system(), "15.72", Date{kRulesToday.year + 1, 1, 1}).berlaku.batas_penghasilan,
            3'500'000);
  // Its RTs have no fund; Kota Jambi's (the book here) have their Rp100 juta.
  std::string rt_sp;
  app_->store().read([&](store::Session& s) { rt_sp = s.registry().rts(other.kode).front().kode; });
  services::BillingService billing(*app_);
  const auto fund = billing.rt_fund(Actor::system(), rt_sp, kRulesToday.year, std::nullopt, std::nullopt);
  EXPECT_EQ(fund.use.fund, 0);
  EXPECT_NE(fund.source.find("tidak mempunyai dana RT"), std::string::npos);
  EXPECT_EQ(
      billing.rt_fund(Actor::system(), std::string{kKelJambi} + ".001", kRulesToday.year, std::nullopt, std::nullopt)
          .use.fund,
      100'000'000);
}

}  // namespace
}  // namespace lindungi
