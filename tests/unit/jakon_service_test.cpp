// JakonService over a real SQLite store: the project lifecycle, the certificate gate, area scoping,
// audit entries, the workers by NIK, and the compliance report's counts.
#include "services/jakon_service.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "intake_fixture.hpp"
#include "store/audit_store.hpp"
#include "store/jakon_store.hpp"
#include "store/registry_store.hpp"

using namespace lindungi;
using lindungi::testing::IntakeFixture;

// Outside the anonymous namespace: the tests derived from it below are not in one, and g++ warns
// (-Wsubobject-linkage) when a file compiled inside a unity batch does that.
class JakonService : public IntakeFixture {
 protected:
  services::ProjectInput input(int rt, Rupiah nilai, Date spk) {
    services::ProjectInput in;
    in.jenis = "swakelola";
    in.nama = "Semenisasi gang RT " + std::to_string(rt);
    in.kode_kelurahan = "15.71.01.1001";
    in.rt = rt;
    in.nilai = nilai;
    in.pelaksana = "ST/007/2025";
    in.tanggal_spk = std::optional<Date>{spk};
    return in;
  }
  services::JakonService service() { return services::JakonService(*app_); }

  std::vector<store::AuditEntry> audit(std::int64_t id) {
    std::vector<store::AuditEntry> out;
    app_->store().read([&](store::Session& s) { out = s.audit().entries("proyek", std::to_string(id), 0, 100).items; });
    return out;
  }
};

LINDUNGI_ON_BOTH_BACKENDS(JakonService);

namespace {

// today = 1 June 2025 (Sunday).
// Monday: 14 working days later is Thursday 19 June 2025 (the shipped SKB 2025: Ascension and
// its cuti bersama 29-30/05, Pancasila 01/06 on a Sunday, Idul Adha 06/06 and cuti bersama 09/06).
const Date kSpk{2025, 5, 26};

}  // namespace

TEST_P(JakonService, LifecycleThroughTheGate) {
  auto svc = service();
  const auto created = svc.create(rt_head(7), input(7, 80'000'000, kSpk));
  const auto id = created.project.id;
  EXPECT_EQ(created.project.iuran, 192'000);
  EXPECT_EQ(created.project.dasar_iuran, "nilai_kontrak");
  EXPECT_EQ(created.project.ppn_persen, 11);  // the rate in force on the SPK date
  EXPECT_EQ(created.project.tanggal_aturan, (Date{2021, 4, 1}));
  EXPECT_EQ(created.project.status, ProjectState::direncanakan);
  EXPECT_EQ(created.compliance.batas_daftar, (Date{2025, 6, 19}));
  EXPECT_TRUE(created.compliance.tanpa_sertifikat);
  EXPECT_FALSE(created.compliance.terlambat);

  try {
    svc.start(rt_head(7), id, std::nullopt);
    FAIL() << "started without a certificate";
  } catch (const Conflict& e) {
    EXPECT_EQ(e.code(), "belum_bersertifikat");
    EXPECT_NE(std::string{e.what()}.find("sertifikat BPJS"), std::string::npos);
  }
  EXPECT_THROW(svc.record_certificate(rt_head(7), id, "JK2025000001", Date{2025, 5, 28}, 100'000), ValidationError);
  const auto cert = svc.record_certificate(rt_head(7), id, "JK2025000001", Date{2025, 5, 28}, 192'000);
  EXPECT_EQ(cert.project.status, ProjectState::bersertifikat);
  EXPECT_TRUE(cert.compliance.patuh());
  // Figures the premium depends on are frozen once the certificate is on record.
  services::ProjectInput change;
  change.nilai = 90'000'000;
  change.versi = cert.project.version;
  EXPECT_THROW(svc.update(rt_head(7), id, change), Conflict);

  EXPECT_THROW(svc.start(rt_head(7), id, Date{2025, 5, 27}), ValidationError);  // before the payment
  const auto started = svc.start(rt_head(7), id, Date{2025, 5, 30});
  EXPECT_EQ(started.project.status, ProjectState::dimulai);
  EXPECT_EQ(started.project.tanggal_mulai, (Date{2025, 5, 30}));
  const auto done = svc.finish(rt_head(7), id, std::nullopt);
  EXPECT_EQ(done.project.status, ProjectState::selesai);
  EXPECT_THROW(svc.finish(rt_head(7), id, std::nullopt), Conflict);

  std::vector<std::string> actions;
  for (const auto& e : audit(id)) actions.push_back(e.aksi);
  std::sort(actions.begin(), actions.end());
  EXPECT_EQ(actions, (std::vector<std::string>{"buat", "catat_sertifikat", "mulai", "selesai"}));
  for (const auto& e : audit(id)) EXPECT_EQ(e.pelaku, "ketua.rt7");
}

TEST_P(JakonService, UpdateRepricesAndChecksTheVersion) {
  auto svc = service();
  const auto p = svc.create(admin(), input(3, 80'000'000, kSpk)).project;
  services::ProjectInput change;
  change.nilai = 850'000'000;
  change.versi = p.version;
  const auto updated = svc.update(admin(), p.id, change).project;
  EXPECT_EQ(updated.iuran, 1'525'000);
  EXPECT_EQ(updated.version, p.version + 1);
  EXPECT_THROW(svc.update(admin(), p.id, change), Conflict);  // stale version
  const auto entries = audit(p.id);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_NE(entries[0].perubahan.find("\"iuran\""), std::string::npos);
}

TEST_P(JakonService, AreaScoping) {
  auto svc = service();
  // An RT head records only in their RT; another RT's project does not exist for them.
  try {
    svc.create(rt_head(7), input(8, 80'000'000, kSpk));
    FAIL();
  } catch (const Forbidden& e) {
    EXPECT_EQ(e.code(), "di_luar_wilayah");
  }
  const auto other = svc.create(admin(), input(8, 80'000'000, kSpk)).project;
  EXPECT_THROW(svc.get(rt_head(7), other.id), NotFound);
  EXPECT_THROW(svc.record_certificate(rt_head(7), other.id, "JK1", Date{2025, 5, 28}, 192'000), NotFound);
  EXPECT_EQ(svc.get(operator_kel(), other.id).project.id, other.id);
  const Actor pasir_putih{"op.pp", Role::operator_kelurahan, "15.71.02.1002", ""};
  EXPECT_THROW(svc.get(pasir_putih, other.id), NotFound);
  EXPECT_EQ(svc.list(pasir_putih, {}).total, 0);
  EXPECT_THROW(svc.list(pasir_putih, {.area = "15.71.01.1001"}), Forbidden);
  // Roles without the permission are refused outright.
  const Actor pemprov{"prov", Role::pemprov, "15", "apbd_provinsi"};
  EXPECT_THROW(svc.list(pemprov, {}), Forbidden);
  const Actor bpjs{"bpjs", Role::petugas_bpjs, "15.71", ""};
  EXPECT_EQ(svc.list(bpjs, {}).total, 1);
  EXPECT_THROW(svc.create(bpjs, input(8, 80'000'000, kSpk)), Forbidden);
}

TEST_P(JakonService, RtMustExistAndFieldsAreNamed) {
  auto svc = service();
  try {
    svc.create(admin(), input(42, 80'000'000, kSpk));
    FAIL();
  } catch (const ValidationError& e) {
    EXPECT_EQ(e.field(), "rt");
  }
  auto bad = input(7, 0, kSpk);
  bad.jenis = "borongan";
  try {
    svc.create(admin(), bad);
    FAIL();
  } catch (const ValidationError& e) {
    std::vector<std::string> fields;
    for (const auto& x : e.errors()) fields.push_back(x.field);
    EXPECT_NE(std::find(fields.begin(), fields.end(), "jenis"), fields.end());
    EXPECT_NE(std::find(fields.begin(), fields.end(), "nilai"), fields.end());
  }
  // An SPK before the first Jakon rule (1 July 2015) is named on its field, not a 404.
  try {
    svc.create(admin(), input(7, 80'000'000, Date{2014, 3, 3}));
    FAIL();
  } catch (const ValidationError& e) {
    EXPECT_EQ(e.field(), "tanggal_spk");
    EXPECT_EQ(e.code(), "aturan_tidak_ada");
  }
  EXPECT_EQ(count("proyek"), 0);
}

TEST_P(JakonService, WorkersByNikLinkedToTheRegistry) {
  auto svc = service();
  Worker w;
  w.nik = "1571011708850001";
  w.nama = "Budi Santoso";
  w.tanggal_lahir = Date{1985, 8, 17};
  w.jenis_kelamin = Sex::L;
  w.kode_kelurahan = "15.71.01.1001";
  w.rt = 7;
  w.pekerjaan = "buruh_bangunan";
  w.kategori = "pekerja_rentan";
  w.persetujuan = true;
  app_->store().write([&](store::Session& s) { s.registry().insert_worker(w); });
  const auto id = svc.create(rt_head(7), input(7, 80'000'000, kSpk)).project.id;
  auto v = svc.add_worker(rt_head(7), id, {0, "1571011708850001", "Budi Santoso", "tukang", 0});
  ASSERT_EQ(v.project.pekerja.size(), 1u);
  EXPECT_EQ(v.project.pekerja[0].pekerja_id, w.id);
  v = svc.add_worker(rt_head(7), id, {0, "1571015708900002", "Siti Aminah", "", 0});
  ASSERT_EQ(v.project.pekerja.size(), 2u);
  const auto siti = std::find_if(v.project.pekerja.begin(), v.project.pekerja.end(),
                                 [](const auto& x) { return x.nama == "Siti Aminah"; });
  EXPECT_EQ(siti->pekerja_id, 0);
  EXPECT_EQ(siti->peran, "pekerja");
  EXPECT_THROW(svc.add_worker(rt_head(7), id, {0, "1571011708850001", "Budi", "tukang", 0}), Conflict);
  try {
    svc.add_worker(rt_head(7), id, {0, "1571013208850003", "Hari Ke-32", "tukang", 0});
    FAIL();
  } catch (const ValidationError& e) {
    EXPECT_EQ(e.field(), "nik");
    EXPECT_EQ(e.code(), "nik_tanggal");  // the registry's own NIK rule
  }
  const auto siti_row = siti->id;  // `v` is replaced below, and `siti` points into it
  v = svc.remove_worker(rt_head(7), id, siti_row);
  EXPECT_EQ(v.project.pekerja.size(), 1u);
  EXPECT_THROW(svc.remove_worker(rt_head(7), id, siti_row), NotFound);
  int adds = 0, removes = 0;
  for (const auto& e : audit(id)) {
    adds += e.aksi == "tambah_pekerja";
    removes += e.aksi == "hapus_pekerja";
    EXPECT_EQ(e.perubahan.find("1571015708900002"), std::string::npos) << "full NIK in the audit log";
  }
  EXPECT_EQ(adds, 2);
  EXPECT_EQ(removes, 1);
}

TEST_P(JakonService, ComplianceReportCounts) {
  auto svc = service();
  // RT 1: planned, deadline not passed. RT 2: overdue. RT 3: certified. RT 4 (Pasir Putih): at
  // work after its certificate was revoked.
  svc.create(admin(), input(1, 50'000'000, Date{2025, 5, 30}));
  svc.create(admin(), input(2, 50'000'000, Date{2025, 4, 1}));
  const auto c = svc.create(admin(), input(3, 50'000'000, Date{2025, 5, 2})).project;
  svc.record_certificate(admin(), c.id, "JK3", Date{2025, 5, 5}, c.iuran);
  auto pp = input(4, 50'000'000, Date{2025, 5, 2});
  pp.kode_kelurahan = "15.71.02.1002";
  const auto r = svc.create(admin(), pp).project;
  svc.record_certificate(admin(), r.id, "JK4", Date{2025, 5, 5}, r.iuran);
  svc.start(admin(), r.id, Date{2025, 5, 6});
  EXPECT_THROW(svc.revoke_certificate(admin(), r.id, ""), ValidationError);
  const auto revoked = svc.revoke_certificate(admin(), r.id, "Nomor sertifikat salah ketik");
  EXPECT_EQ(revoked.project.status, ProjectState::dimulai);
  EXPECT_TRUE(revoked.compliance.mulai_tanpa_perlindungan);

  const auto report = svc.compliance(admin(), "");
  EXPECT_EQ(report.total.proyek, 4);
  EXPECT_EQ(report.total.tanpa_sertifikat, 3);
  EXPECT_EQ(report.total.terlambat, 2);  // RT 2 and the revoked one, whose SPK was a month ago
  EXPECT_EQ(report.total.mulai_tanpa_perlindungan, 1);
  EXPECT_EQ(report.total.patuh, 1);
  ASSERT_EQ(report.per_kelurahan.size(), 2u);
  EXPECT_EQ(report.per_kelurahan[0].kode, "15.71.01.1001");
  EXPECT_EQ(report.per_kelurahan[0].proyek, 3);
  EXPECT_EQ(report.per_kelurahan[1].mulai_tanpa_perlindungan, 1);
  EXPECT_EQ(report.per_rt.size(), 4u);
  ASSERT_EQ(report.bermasalah.size(), 3u);
  EXPECT_EQ(report.bermasalah[0].project.id, r.id);  // started without cover comes first
  // The kelurahan operator sees only their kelurahan.
  EXPECT_EQ(svc.compliance(operator_kel(), "").total.proyek, 3);
  // The list filters by compliance too.
  EXPECT_EQ(svc.list(admin(), {.kepatuhan = "terlambat"}).total, 2);
  EXPECT_EQ(svc.list(admin(), {.kepatuhan = "patuh"}).items.at(0).project.id, c.id);
  EXPECT_THROW(svc.list(admin(), {.kepatuhan = "entah"}), BadRequest);
  const auto sheets = services::compliance_tables(report);
  ASSERT_EQ(sheets.size(), 3u);
  EXPECT_EQ(sheets[0].rows.size(), 3u);  // two kelurahan and the total
  EXPECT_EQ(sheets[2].rows.size(), 3u);
}
