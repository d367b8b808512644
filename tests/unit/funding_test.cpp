// Allocation rules: double funding, budgets, quotas, cohorts, RT funds, verification.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/funding.hpp"

using namespace lindungi;

namespace {

Worker verified(const std::string& pekerjaan = "becak") {
  Worker w;
  w.nama = "Ahmad";
  w.kode_kelurahan = "15.71.01.1001";
  w.rt = 7;
  w.pekerjaan = pekerjaan;
  w.status = "diverifikasi";
  return w;
}

const Funder kota{"apbd_kota", "APBD Kota Jambi", FunderKind::apbd_kota, "15.71", {}};
const Funder prov{"apbd_provinsi", "Pro Jambi Tangguh", FunderKind::apbd_provinsi, "15", pro_jambi_tangguh_occupations()};
const Funder rt7{"dana_kampung_bahagia:15.71.01.1001.007", "Dana Kampung Bahagia RT 007", FunderKind::dana_kampung_bahagia,
                 "15.71.01.1001.007", {}};

Budget budget(Rupiah pagu = 100'000'000, Rupiah used = 0, std::int64_t kuota = 0, std::int64_t workers = 0) {
  return Budget{2026, pagu, kuota, used, workers};
}

bool has(const std::vector<FieldError>& errors, const std::string& code) {
  return std::any_of(errors.begin(), errors.end(), [&](const FieldError& e) { return e.code == code; });
}

AllocationRequest request(const Worker& w, const Funder& f, int months = 12, YearMonth from = {2026, 1}) {
  AllocationRequest r;
  r.worker = &w;
  r.funder = &f;
  r.from = from;
  r.months = months;
  r.per_month = 16'800;
  return r;
}

}  // namespace

TEST(Funding, AVerifiedWorkerWithinBudgetIsAllowed) {
  const Worker w = verified();
  EXPECT_TRUE(allocation_problems(request(w, kota), budget()).empty());
  EXPECT_TRUE(allocation_problems(request(w, rt7), budget()).empty());
  EXPECT_TRUE(allocation_problems(request(w, prov), budget()).empty());
}

TEST(Funding, DoubleFundingRefusedInEveryCombination) {
  const Worker w = verified();
  for (const Funder* f : {&kota, &prov, &rt7}) {
    for (int month = 1; month <= 12; ++month) {
      auto r = request(w, *f);
      r.already_funded = {{2026, month}};  // by any funder, this one included
      EXPECT_TRUE(has(allocation_problems(r, budget()), "sudah_didanai")) << f->kode << " " << month;
    }
    auto r = request(w, *f, 3, {2026, 10});
    r.already_funded = {{2026, 9}, {2027, 1}};  // neighbours only: allowed
    EXPECT_FALSE(has(allocation_problems(r, budget()), "sudah_didanai"));
  }
}

TEST(Funding, BudgetQuotaAndYear) {
  const Worker w = verified();
  EXPECT_TRUE(has(allocation_problems(request(w, kota), budget(100'000'000, 99'900'000)), "anggaran_tidak_cukup"));
  EXPECT_TRUE(allocation_problems(request(w, kota), budget(201'600, 0)).empty());  // exactly enough
  EXPECT_TRUE(has(allocation_problems(request(w, kota), budget(0)), "anggaran_belum_ada"));
  EXPECT_TRUE(has(allocation_problems(request(w, kota), budget(100'000'000, 0, 3000, 3000)), "kuota_penuh"));
  auto again = request(w, kota, 1, {2026, 12});
  again.worker_new_to_funder_this_year = false;  // a renewal month does not take a new place
  EXPECT_FALSE(has(allocation_problems(again, budget(100'000'000, 0, 3000, 3000)), "kuota_penuh"));
  EXPECT_TRUE(has(allocation_problems(request(w, kota, 12, {2026, 6}), budget()), "lintas_tahun_anggaran"));
  EXPECT_TRUE(has(allocation_problems(request(w, kota, 13), budget()), "bulan_tidak_valid"));
}

TEST(Funding, CohortsAndAreas) {
  const Worker trader = verified("pedagang_umkm");
  EXPECT_TRUE(has(allocation_problems(request(trader, prov), budget()), "pekerjaan_tidak_sesuai"));
  Worker elsewhere = verified();
  elsewhere.rt = 8;
  EXPECT_TRUE(has(allocation_problems(request(elsewhere, rt7), budget()), "di_luar_wilayah_dana"));
}

TEST(Funding, OnlyVerifiedAndNotAlreadyCovered) {
  Worker w = verified();
  w.status = "didata";
  EXPECT_TRUE(has(allocation_problems(request(w, kota), budget()), "belum_diverifikasi"));
  w.status = "ditolak";
  EXPECT_TRUE(has(allocation_problems(request(w, kota), budget()), "belum_diverifikasi"));
  Worker covered = verified();
  auto r = request(covered, kota);
  r.covered_elsewhere = true;
  EXPECT_TRUE(has(allocation_problems(r, budget()), "sudah_terlindungi"));
}

TEST(Funding, PayerKinds) {
  EXPECT_EQ(payer_kind_of(FunderKind::apbd_kota), PayerKind::apbd);
  EXPECT_EQ(payer_kind_of(FunderKind::dana_kampung_bahagia), PayerKind::apbd);  // conservative (U)
  EXPECT_EQ(payer_kind_of(FunderKind::mandiri), PayerKind::self_paid);
  EXPECT_EQ(parse_funder_kind("apbd_provinsi"), FunderKind::apbd_provinsi);
  EXPECT_FALSE(parse_funder_kind("bank"));
}
