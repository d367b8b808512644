// The registration service over a real database (SQLite, or PostgreSQL for pg:): the adapter can
// be replaced (an API instead of files), a response import is all or nothing when the database
// fails halfway, and workers outside the registration path are refused with the core's reason.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "intake_fixture.hpp"
#include "services/bpjs_registration_service.hpp"
#include "services/card_service.hpp"
#include "store/bpjs_store.hpp"
#include "store/funding_store.hpp"
#include "store/registry_store.hpp"

namespace lindungi {
namespace {

using testing::IntakeFixture;

// What a BPJS API adapter would do: send the rows, keep a receipt, answer with rows.
class FakeApiAdapter final : public services::BpjsAdapter {
 public:
  std::string_view name() const override { return "api-uji"; }
  std::vector<services::BpjsArtefact> submit(const formats::RegistrationFile& batch) override {
    sent_rows += batch.rows.size();
    return {{"tanda-terima-" + std::to_string(batch.batch_id) + ".json", "json", "application/json",
             "{\"diterima_bpjs\":" + std::to_string(batch.rows.size()) + "}"}};
  }
  formats::ResponseFile read_response(std::string bytes, std::string_view) override {
    formats::ResponseFile f;
    std::size_t row = 1;
    for (std::size_t start = 0; start < bytes.size();) {
      const auto end = std::min(bytes.find('\n', start), bytes.size());
      const std::string nik = bytes.substr(start, end - start);
      formats::ResponseRow r;
      r.row = ++row;
      r.nik = nik;
      r.kpj = "2509" + nik.substr(9);
      r.status = "diterima";
      r.tanggal_efektif = Date{2026, 2, 1};
      f.rows.push_back(r);
      start = end + 1;
    }
    return f;
  }
  std::size_t sent_rows = 0;
};

class BpjsServicesTest : public IntakeFixture {
 protected:
  std::int64_t add(const std::string& nik, const std::string& status) {
    Worker w;
    w.nik = nik;
    w.nama = "Pekerja " + nik.substr(12);
    w.tanggal_lahir = Date{1985, 8, 17};
    w.jenis_kelamin = Sex::L;
    w.kode_kelurahan = "15.71.01.1001";
    w.rt = 7;
    w.pekerjaan = "becak";
    w.penghasilan = 1'000'000;
    w.kategori = "pekerja_rentan";
    w.status = status;
    w.sumber_dana = "apbd_kota";
    w.persetujuan = true;
    app_->store().write([&](store::Session& s) {
      s.funding().put_funder({"apbd_kota", "APBD Kota Jambi", "apbd_kota", "15.71", {}, true});
      s.registry().insert_worker(w);
      store::AllocationRecord a{0, w.id, "apbd_kota", "2025-12", 16800, 0, ""};
      s.funding().insert_allocation(a);
    });
    return w.id;
  }
  Worker get(std::int64_t id) {
    std::optional<Worker> w;
    app_->store().read([&](store::Session& s) { w = s.registry().worker(id); });
    return *w;
  }
};

LINDUNGI_ON_BOTH_BACKENDS(BpjsServicesTest);

TEST_P(BpjsServicesTest, AnApiAdapterReplacesTheFileOne) {
  const auto a = add("1571011708850001", "dialokasikan");
  const auto b = add("1571011708850002", "dialokasikan");
  auto api = std::make_shared<FakeApiAdapter>();
  services::BpjsRegistrationService svc(*app_, api);
  const auto batch = svc.create_batch(admin(), {"15.71.01.1001", {}, false});
  EXPECT_EQ(batch.batch.jumlah, 2);
  const auto receipt = svc.export_batch(admin(), batch.batch.id, "json");
  EXPECT_EQ(receipt.bytes, "{\"diterima_bpjs\":2}");
  EXPECT_EQ(api->sent_rows, 2u);
  EXPECT_THROW(svc.export_batch(admin(), batch.batch.id, "csv"), BadRequest);  // this adapter makes no CSV
  const auto r =
      svc.import_response(Actor::system("bpjs-api"), batch.batch.id, "1571011708850001\n1571011708850002", "api");
  EXPECT_EQ(r.accepted, 2);
  EXPECT_EQ(get(a).kpj, "25098850001");
  EXPECT_EQ(get(b).status, "aktif");
}

TEST_P(BpjsServicesTest, AResponseImportIsAllOrNothing) {
  const auto a = add("1571011708850001", "dialokasikan");
  const auto b = add("1571011708850002", "dialokasikan");
  services::BpjsRegistrationService svc(*app_);
  const auto batch = svc.create_batch(admin(), {"", {a, b}, false});
  // The database refuses the second worker's change halfway through the file.
  if (db_->postgres()) {
    db_->exec(
        "CREATE FUNCTION gagal_uji() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NEW.nik = '1571011708850002' THEN RAISE EXCEPTION 'gagal uji'; END IF; RETURN NEW; END $$");
    db_->exec("CREATE TRIGGER gagal BEFORE UPDATE OF status ON pekerja FOR EACH ROW EXECUTE FUNCTION gagal_uji()");
  } else {
    db_->exec(
        "CREATE TRIGGER gagal BEFORE UPDATE OF status ON pekerja WHEN NEW.nik = '1571011708850002' "
        "BEGIN SELECT RAISE(ABORT, 'gagal uji'); END");
  }
  const std::int64_t audits = count("audit_log");
  // BPJS's answers are BPJS's officers' (issue 16 item 4), not the city admin's.
  const Actor bpjs_officer{"petugas.bpjs", Role::petugas_bpjs, "15.71", ""};
  const std::string answer =
      "nik,kpj,tanggal_efektif\n1571011708850001,25012345678,01/02/2026\n1571011708850002,25012345679,01/02/2026\n";
  EXPECT_ANY_THROW(svc.import_response(bpjs_officer, batch.batch.id, answer, "j.csv"));
  EXPECT_EQ(get(a).status, "didaftarkan");  // the first row's change went with the rest
  EXPECT_EQ(get(a).kpj, "");
  EXPECT_EQ(count("jawaban_bpjs"), 0);
  EXPECT_EQ(count("audit_log"), audits);
  db_->exec(db_->postgres() ? "DROP TRIGGER gagal ON pekerja" : "DROP TRIGGER gagal");
  EXPECT_EQ(svc.import_response(bpjs_officer, batch.batch.id, answer, "j.csv").accepted, 2);
  EXPECT_EQ(get(a).status, "aktif");
}

TEST_P(BpjsServicesTest, WorkersOutsideTheRegistrationPathAreRefusedWithTheReason) {
  const auto recorded = add("1571011708850001", "didata");
  const auto active = add("1571011708850002", "aktif");
  services::BpjsRegistrationService svc(*app_);
  try {
    svc.create_batch(admin(), {"", {recorded, active}, false});
    FAIL() << "nobody can be sent";
  } catch (const ValidationError& e) {
    EXPECT_EQ(e.code(), "tidak_ada_pekerja");
    EXPECT_NE(std::string{e.what()}.find("belum diverifikasi"), std::string::npos) << e.what();
  }
  EXPECT_THROW(svc.create_batch(rt_head(7), {"", {recorded}, false}), Forbidden);
  EXPECT_THROW(svc.create_batch(operator_kel(), {"15.71.02", {}, false}), Forbidden);
  EXPECT_EQ(count("pendaftaran_bpjs"), 0);
  // Cards only for active members with a KPJ.
  EXPECT_THROW(services::CardService(*app_).request(admin(), {active}, 0), ValidationError);  // no KPJ yet
}

// A lost card (scopefix): a card with a newer card of the same worker verifies as replaced, while
// the worker stays active and the new card verifies as the old one did.
TEST_P(BpjsServicesTest, AReplacedCardVerifiesAsReplaced) {
  const auto id = add("1571011708850003", "aktif");
  const auto other = add("1571011708850004", "aktif");
  auto card = [&](std::int64_t worker, const std::string& token) {
    app_->store().write([&](store::Session& s) {
      store::CardBatchRecord b;
      b.pelaku = "uji";
      b.wilayah = "15.71.01.1001";
      s.bpjs().insert_card_batch(b);
      store::CardRecord c;
      c.batch_id = b.id;
      c.pekerja_id = worker;
      c.token = token;
      c.status = "diserahkan";
      c.diminta_oleh = "uji";
      c.diminta_pada = "2025-05-01T00:00:00Z";
      s.bpjs().insert_card(c);
    });
  };
  const std::string first = "kartulamaAAAAAAAAAAAAA", second = "kartubaruBBBBBBBBBBBBB",
                    others = "kartulainCCCCCCCCCCCCC";
  card(id, first);
  card(other, others);
  services::CardService cards(*app_);
  const auto before = cards.verify(first);
  ASSERT_TRUE(before.found);
  EXPECT_FALSE(before.diganti);
  card(id, second);  // requested after the first was lost; another worker's card changes nothing
  const auto old = cards.verify(first);
  EXPECT_TRUE(old.found);
  EXPECT_TRUE(old.diganti);
  EXPECT_FALSE(old.aktif);
  EXPECT_FALSE(old.sampai);
  EXPECT_EQ(old.teks, "kartu sudah diganti dengan kartu baru");
  EXPECT_EQ(old.inisial, before.inisial);
  const auto now = cards.verify(second);
  EXPECT_FALSE(now.diganti);
  EXPECT_EQ(now.aktif, before.aktif);
  EXPECT_EQ(now.teks, before.teks);
  EXPECT_FALSE(cards.verify(others).diganti);
  EXPECT_EQ(get(id).status, "aktif");
}

}  // namespace
}  // namespace lindungi
