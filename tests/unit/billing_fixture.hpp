#pragma once
// The billing services over a real database (SQLite, or PostgreSQL: test_backend.hpp): the fixture
// of the billing tests, split by topic (billing_test.cpp: invoices, payments and the ledger;
// billing_allocation_test.cpp: allocation, renewal, the RT fund and funders of other areas;
// billing_bpjs_test.cpp: billing after BPJS's answers). Run on both backends by
// LINDUNGI_ON_BOTH_BACKENDS in billing_test.cpp. In a named namespace, one type for every file.
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "bpjs_answer.hpp"
#include "core/region.hpp"
#include "core/worker.hpp"
#include "services/app.hpp"
#include "services/funding_service.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"
#include "test_backend.hpp"

namespace lindungi::testing {

class BillingFixture : public ::lindungi::testing::BackendTest {
 protected:
  void SetUp() override {
    dir_ = fresh_dir("lindungi_billing_");
    db_ = make_database(dir_ / "t.db");
    path_ = db_->location();
    open(Date{2026, 1, 5});
    app_->store().write([](store::Session& s) {
      for (int rt = 1; rt <= 10; ++rt) s.registry().put_rt({"", "15.71.01.1001", rt, ""});
      s.registry().put_rt({"", "15.71.02.1002", 1, ""});
    });
    services::FundingService f(*app_);
    f.put_funder(admin(), {"apbd_kota", "APBD Kota Jambi", "apbd_kota", "15.71", {}, true});
    // The province's funder belongs to the province's managers (issue 16 item 1).
    f.put_funder(province(), {"apbd_provinsi", "Pro Jambi Tangguh", "apbd_provinsi", "15", {}, true});
    f.put_funder(admin(), {kRt7, "Dana Kampung Bahagia RT 007", "dana_kampung_bahagia", "15.71.01.1001.007", {}, true});
    for (const auto* k : {"apbd_kota", kRt7}) f.set_budget(admin(), k, 2026, 100'000'000, 0);
    f.set_budget(province(), "apbd_provinsi", 2026, 100'000'000, 0);
  }
  void TearDown() override {
    app_.reset();
    db_.reset();
    std::filesystem::remove_all(dir_);
  }
  void open(Date today) {
    app_.reset();
    app_ = services::App::open(path_);
    app_->set_today_for_tests(today);
  }
  void set_today(Date d) { app_->set_today_for_tests(d); }

  static constexpr const char* kRt7 = "dana_kampung_bahagia:15.71.01.1001.007";
  static Actor admin() { return Actor{"admin.kota", Role::admin_kota, "15.71", ""}; }
  static Actor province() { return Actor{"prov", Role::pemprov, "15", "apbd_provinsi"}; }
  // Who manages a funder: the province its own, the city the rest (issue 16 item 1).
  static Actor manager_of(const std::string& funder) { return funder == "apbd_provinsi" ? province() : admin(); }

  std::int64_t worker(int rt = 7, const std::string& pekerjaan = "becak", Rupiah income = 1'000'000,
                      const std::string& kel = "15.71.01.1001", const std::string& status = "diverifikasi") {
    Worker w;
    w.nik = "157101" + std::to_string(170885) + std::to_string(1000 + ++serial_);
    w.nama = "Pekerja " + std::to_string(serial_);
    w.tanggal_lahir = Date{1985, 8, 17};
    w.jenis_kelamin = Sex::L;
    w.kode_kelurahan = kel;
    w.rt = rt;
    w.pekerjaan = pekerjaan;
    w.penghasilan = income;
    w.kategori = "pekerja_rentan";
    w.status = status;
    w.persetujuan = true;
    app_->store().write([&](store::Session& s) { s.registry().insert_worker(w); });
    return w.id;
  }

  // Allocates and, as BPJS would, accepts each allocated worker with effect from the first month
  // (only months of a membership are billed: issue 17 item 7).
  std::vector<services::AllocationOutcome> allocate(std::vector<std::int64_t> ids, const std::string& funder,
                                                    YearMonth from, int months) {
    auto out = allocate_only(ids, funder, from, months);
    for (const auto& o : out)
      if (o.ok) answer(o.pekerja_id, "diterima", from.first_day());
    return out;
  }
  std::vector<services::AllocationOutcome> allocate_only(std::vector<std::int64_t> ids, const std::string& funder,
                                                         YearMonth from, int months) {
    return services::FundingService(*app_).allocate(manager_of(funder), ids, funder, from, months);
  }
  void answer(std::int64_t worker, const std::string& status, Date day) {
    testing::bpjs_answer(*app_, worker, status, day);
  }

  static std::set<std::string> codes(const services::AllocationOutcome& o) {
    std::set<std::string> out;
    for (const auto& p : o.problems) out.insert(p.code);
    return out;
  }

  std::int64_t scalar(const std::string& sql) {
    const std::string v = db_->scalar(sql);
    return v.empty() ? 0 : std::stoll(v);
  }

  // Every invoice's paid total equals the sum of its lines, and every payment is whole.
  void expect_consistent() {
    EXPECT_EQ(scalar("SELECT count(*) FROM tagihan t WHERE t.dibayar <> (SELECT coalesce(sum(a.dibayar), 0) FROM "
                     "tagihan_bulan b JOIN alokasi a ON a.sumber_dana = b.sumber_dana AND a.bulan = b.bulan AND "
                     "a.id > b.id_dari AND a.id <= b.id_sampai WHERE b.tagihan_id = t.id)"),
              0);
    // No allocation on two invoices.
    EXPECT_EQ(scalar("SELECT count(*) FROM (SELECT a.id FROM alokasi a JOIN tagihan_bulan b ON a.sumber_dana = "
                     "b.sumber_dana AND a.bulan = b.bulan AND a.id > b.id_dari AND a.id <= b.id_sampai GROUP BY a.id "
                     "HAVING count(*) > 1) x"),
              0);
    EXPECT_EQ(scalar("SELECT count(*) FROM tagihan t WHERE t.dibayar <> (SELECT coalesce(sum(jumlah), 0) FROM "
                     "pembayaran p WHERE p.tagihan_id = t.id)"),
              0);
    EXPECT_EQ(scalar("SELECT count(*) FROM alokasi WHERE dibayar > iuran"), 0);
  }

  std::filesystem::path dir_;
  std::unique_ptr<testing::TestDatabase> db_;
  std::string path_;  // what App::open takes
  std::unique_ptr<services::App> app_;
  int serial_ = 0;
};

}  // namespace lindungi::testing
