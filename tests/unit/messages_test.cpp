// Messages to workers and heirs (issue 20 items 2 and 4): the templates' rules (core), and the
// outbox over both databases: an event's message is written in the event's own transaction (and
// goes when it rolls back), consent and opt-out, the daily job idempotent on the one clock, the
// templates edited with a preview and audited, a claim's message to the heirs.
#include "core/messages.hpp"

#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "intake_fixture.hpp"
#include "services/bpjs_registration_service.hpp"
#include "services/messages_service.hpp"
#include "store/claims_store.hpp"
#include "store/funding_store.hpp"
#include "store/outbox_store.hpp"
#include "store/registry_store.hpp"

namespace lindungi {
namespace {

using testing::IntakeFixture;

TEST(MessageTemplates, FillsBlanksAndLeavesUnknownOnesAsTyped) {
  EXPECT_EQ(render_message("Yth. {nama}, KPJ {kpj} {lain}", {{"nama", "Siti"}, {"kpj", "123"}}),
            "Yth. Siti, KPJ 123 {lain}");
  EXPECT_EQ(render_message("{", {}), "{");
}

TEST(MessageTemplates, EveryShippedTemplatePassesItsOwnCheck) {
  for (const auto& r : message_template_rules()) {
    EXPECT_TRUE(message_template_problems(r, r.isi_bawaan).empty()) << r.kode;
    const auto text = render_message(r.isi_bawaan, sample_values(r));
    EXPECT_EQ(text.find('{'), std::string::npos) << r.kode << ": " << text;  // every blank has a sample
    EXPECT_FALSE(holds_full_nik(text)) << r.kode;
  }
}

TEST(MessageTemplates, RefusesUnknownBlanksBracesAndAFullNik) {
  const auto& rule = *find_message_template("kartu_siap");
  auto codes = [&](std::string_view text) {
    std::vector<std::string> out;
    for (const auto& e : message_template_problems(rule, text)) out.push_back(e.code);
    return out;
  };
  EXPECT_EQ(codes("Yth. {nama}"), std::vector<std::string>{});
  EXPECT_EQ(codes("Yth. {tanggal}"), std::vector<std::string>{"isian_tidak_dikenal"});
  EXPECT_EQ(codes("Yth. {nama"), std::vector<std::string>{"kurung_tidak_seimbang"});
  EXPECT_EQ(codes("NIK 1571011708850001"), std::vector<std::string>{"nik_lengkap"});
  EXPECT_EQ(codes("   "), std::vector<std::string>{"wajib_diisi"});
  EXPECT_EQ(codes(std::string(kMaxMessageChars + 1, 'a')), std::vector<std::string>{"terlalu_panjang"});
}

TEST(MessageTemplates, RetriesWaitTwiceAsLongEachTimeUpToTheCap) {
  const RetryPolicy p{std::chrono::milliseconds{1000}, std::chrono::milliseconds{5000}, 8};
  EXPECT_EQ(retry_delay(p, 1).count(), 1000);
  EXPECT_EQ(retry_delay(p, 2).count(), 2000);
  EXPECT_EQ(retry_delay(p, 3).count(), 4000);
  EXPECT_EQ(retry_delay(p, 4).count(), 5000);
  EXPECT_EQ(retry_delay(p, 30).count(), 5000);
}

TEST(MessageTemplates, TheRateLimitGivesEachRequestItsOwnSlotAndSavesNoTimeUp) {
  using std::chrono::milliseconds;
  const std::chrono::steady_clock::time_point t0{};
  // 10 a second: three requests asked for at once go at 0, 100 and 200 ms.
  auto s = next_send_slot(t0, t0, 10);
  EXPECT_EQ(s.at, t0);
  s = next_send_slot(s.next, t0, 10);
  EXPECT_EQ(s.at, t0 + milliseconds{100});
  s = next_send_slot(s.next, t0 + milliseconds{30}, 10);
  EXPECT_EQ(s.at, t0 + milliseconds{200});
  EXPECT_EQ(s.next, t0 + milliseconds{300});
  // A quiet spell of 5 s: the next goes at once, the one after a full gap later (no burst).
  s = next_send_slot(s.next, t0 + milliseconds{5000}, 10);
  EXPECT_EQ(s.at, t0 + milliseconds{5000});
  EXPECT_EQ(next_send_slot(s.next, t0 + milliseconds{5000}, 10).at, t0 + milliseconds{5100});
  // No limit: at once, always.
  EXPECT_EQ(next_send_slot(t0 + milliseconds{900}, t0, 0).at, t0);
}

class MessagesTest : public IntakeFixture {
 protected:
  // A worker of RT 7 who may receive messages (or not), with `months` allocations from 2025-01.
  std::int64_t add(const std::string& nik, const std::string& status, bool setuju, int months = 1, bool paid = true) {
    Worker w;
    w.nik = nik;
    w.nama = "Pekerja " + nik.substr(12);
    w.tanggal_lahir = Date{1985, 8, 17};
    w.jenis_kelamin = Sex::L;
    w.kode_kelurahan = "15.71.01.1001";
    w.rt = 7;
    w.no_hp = "081234567890";
    w.pekerjaan = "becak";
    w.penghasilan = 1'000'000;
    w.kategori = "pekerja_rentan";
    w.status = status;
    w.kpj = status == "aktif" ? "250" + nik.substr(8) : "";
    w.sumber_dana = "apbd_kota";
    w.persetujuan = true;
    w.setuju_pesan = setuju;
    w.ahli_waris.push_back({0, "Rina", "istri", "", std::nullopt});
    app_->store().write([&](store::Session& s) {
      s.funding().put_funder({"apbd_kota", "APBD Kota Jambi", "apbd_kota", "15.71", {}, true});
      s.registry().insert_worker(w);
      for (int m = 1; m <= months; ++m) {
        const std::string bulan = "2025-" + std::string(m < 10 ? "0" : "") + std::to_string(m);
        store::AllocationRecord a{0, w.id, "apbd_kota", bulan, 16800, paid ? 16800 : 0, paid ? bulan + "-10" : ""};
        s.funding().insert_allocation(a);
      }
    });
    return w.id;
  }
  std::vector<store::MessageRecord> messages(std::int64_t pekerja_id = 0) {
    services::MessageFilter f;
    f.pekerja_id = pekerja_id;
    f.limit = 500;
    return services::MessagesService(*app_).list(admin(), f).page.items;
  }
};

LINDUNGI_ON_BOTH_BACKENDS(MessagesTest);

TEST_P(MessagesTest, ARegistrationAnswerWritesTheMessageInItsOwnTransaction) {
  const auto a = add("1571011708850001", "dialokasikan", true);
  const auto b = add("1571011708850002", "dialokasikan", true);
  const auto c = add("1571011708850003", "dialokasikan", false);  // no consent: no message
  services::BpjsRegistrationService svc(*app_);
  const auto batch = svc.create_batch(admin(), {"", {a, b, c}, false});
  const Actor bpjs_officer{"petugas.bpjs", Role::petugas_bpjs, "15.71", ""};
  const std::string answer =
      "nik,kpj,tanggal_efektif\n1571011708850001,25012345678,01/02/2025\n1571011708850002,25012345679,01/02/2025\n"
      "1571011708850003,25012345670,01/02/2025\n";
  // The database refuses the second worker's change halfway: the import rolls back, and so do the
  // messages already written for the first.
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
  EXPECT_ANY_THROW(svc.import_response(bpjs_officer, batch.batch.id, answer, "j.csv"));
  EXPECT_EQ(count("pesan"), 0);
  db_->exec("DROP TRIGGER gagal" + std::string(db_->postgres() ? " ON pekerja" : ""));
  const auto r = svc.import_response(bpjs_officer, batch.batch.id, answer, "j.csv");
  EXPECT_EQ(r.accepted, 3);
  const auto sent = messages();
  ASSERT_EQ(sent.size(), 2u);
  for (const auto& m : sent) {
    EXPECT_EQ(m.templat, "terdaftar_aktif");
    EXPECT_EQ(m.status, "antre");
    EXPECT_NE(m.isi.find("KPJ 2501234567"), std::string::npos) << m.isi;
    EXPECT_NE(m.isi.find("1571**********0"), std::string::npos) << m.isi;  // the NIK masked
    EXPECT_FALSE(holds_full_nik(m.isi)) << m.isi;
    EXPECT_NE(m.isi.find("APBD Kota Jambi"), std::string::npos) << m.isi;
  }
  EXPECT_TRUE(messages(c).empty());
}

TEST_P(MessagesTest, TheDailyJobWritesEachTimeBasedMessageOnceOnTheOneClock) {
  // Today is 2025-06-01 (the fixture's clock). Paid through June: cover ends 30/06/2025, within 30 days.
  const auto ending = add("1571011708850001", "aktif", true, 6, true);
  // Paid through December: nothing to say yet.
  const auto later = add("1571011708850002", "aktif", true, 12, true);
  // Nothing paid since January: lapsed after the grace.
  const auto lapsed = add("1571011708850003", "aktif", true, 5, false);
  // Would be told, but said no to messages.
  const auto quiet = add("1571011708850004", "aktif", false, 6, true);
  services::MessagesService svc(*app_);
  const auto first = svc.run_daily(Actor::system("uji"));
  EXPECT_EQ(first.tanggungan_berakhir, 1);
  EXPECT_EQ(first.tanggungan_gugur, 1);
  const auto again = svc.run_daily(Actor::system("uji"));  // idempotent: the same day twice
  EXPECT_EQ(again.tanggungan_berakhir + again.tanggungan_gugur + again.beasiswa, 0);
  ASSERT_EQ(messages(ending).size(), 1u);
  EXPECT_NE(messages(ending)[0].isi.find("30/06/2025"), std::string::npos) << messages(ending)[0].isi;
  EXPECT_EQ(messages(lapsed).size(), 1u);
  EXPECT_EQ(messages(lapsed)[0].templat, "tanggungan_gugur");
  EXPECT_TRUE(messages(later).empty());
  EXPECT_TRUE(messages(quiet).empty());
  // A later day that still falls within the 30 days says nothing new about the same end date.
  app_->set_today_for_tests(Date{2025, 6, 10});
  EXPECT_EQ(svc.run_daily(Actor::system("uji")).tanggungan_berakhir, 0);
  EXPECT_EQ(count("pesan"), 2);
}

TEST_P(MessagesTest, OptOutAndBackAreAuditedAndOnlyARecorderOfTheAreaMayChangeThem) {
  const auto id = add("1571011708850001", "aktif", true);
  services::MessagesService svc(*app_);
  const auto audits = count("audit_log");
  EXPECT_FALSE(svc.set_consent(operator_kel(), id, false).setuju_pesan);
  EXPECT_EQ(count("audit_log"), audits + 1);
  EXPECT_TRUE(svc.set_consent(operator_kel(), id, true).setuju_pesan);
  const Actor elsewhere{"operator.lain", Role::operator_kelurahan, "15.71.02.1002", ""};
  EXPECT_THROW(svc.set_consent(elsewhere, id, false), NotFound);
  const Actor auditor{"auditor", Role::auditor, "15.71", ""};
  EXPECT_THROW(svc.set_consent(auditor, id, false), Forbidden);
}

TEST_P(MessagesTest, TheCityAdminEditsATemplateWithAPreviewAndTheNextMessageUsesIt) {
  const auto id = add("1571011708850001", "aktif", true);
  services::MessagesService svc(*app_);
  const auto preview = svc.preview(admin(), "kartu_siap", "Halo {nama}, kartu {kpj} di {kelurahan}. {salah}");
  EXPECT_EQ(preview.isi, "Halo Siti Aminah, kartu 12345678901 di Legok. {salah}");
  ASSERT_EQ(preview.masalah.size(), 1u);
  EXPECT_EQ(preview.masalah[0].code, "isian_tidak_dikenal");
  EXPECT_THROW(svc.put_template(admin(), "kartu_siap", "Halo {salah}"), ValidationError);
  EXPECT_THROW(svc.put_template(operator_kel(), "kartu_siap", "Halo {nama}"), Forbidden);
  EXPECT_THROW(svc.put_template(admin(), "tidak_ada", "Halo"), NotFound);
  const auto audits = count("audit_log");
  const auto saved = svc.put_template(admin(), "kartu_siap", "Halo {nama}, kartu Anda siap di {kelurahan}.");
  EXPECT_TRUE(saved.diubah);
  EXPECT_EQ(count("audit_log"), audits + 1);
  app_->store().write(
      [&](store::Session& s) { services::MessageWriter(*app_, s).card_ready(*s.registry().worker(id), 99); });
  const auto sent = messages(id);
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].isi, "Halo Pekerja 0001, kartu Anda siap di " + app_->regions().find("15.71.01.1001")->nama + ".");
  const auto listed = svc.templates(admin());
  EXPECT_EQ(listed.size(), message_template_rules().size());
}

TEST_P(MessagesTest, AClaimAfterADeathIsToldToTheHeirsOnceForEachStatus) {
  const auto id = add("1571011708850001", "meninggal", true);
  store::ClaimRecord c;
  c.id = 5;
  c.pekerja_id = id;
  c.jenis_kejadian = "meninggal";
  c.jenis_klaim = "jkm";
  c.status = "diajukan";
  app_->store().write([&](store::Session& s) {
    services::MessageWriter writer(*app_, s);
    EXPECT_TRUE(writer.claim_status(c));
    EXPECT_FALSE(writer.claim_status(c));  // the same change seen again
    c.status = "disetujui";
    EXPECT_TRUE(writer.claim_status(c));
  });
  const auto sent = messages(id);
  ASSERT_EQ(sent.size(), 2u);
  for (const auto& m : sent) {
    EXPECT_EQ(m.penerima, "ahli_waris");
    EXPECT_EQ(m.nama_penerima, "Rina");
    EXPECT_NE(m.isi.find("ahli waris Pekerja 0001"), std::string::npos) << m.isi;
    EXPECT_NE(m.isi.find("Jaminan Kematian"), std::string::npos) << m.isi;
  }
}

TEST_P(MessagesTest, OnlyAFailedMessageIsRetriedAndOnlyWithinTheArea) {
  const auto id = add("1571011708850001", "aktif", true);
  std::int64_t mid = 0;
  app_->store().write([&](store::Session& s) {
    services::MessageWriter(*app_, s).card_ready(*s.registry().worker(id), 7);
    mid = s.outbox().messages({}).items.at(0).id;
  });
  services::MessagesService svc(*app_);
  EXPECT_THROW(svc.retry(admin(), mid), Conflict);  // still queued
  app_->store().write([&](store::Session& s) {
    auto m = *s.outbox().message(mid);
    m.status = "gagal";
    m.alasan = "Gateway menolak pesan: nomor tidak aktif";
    s.outbox().settle(m);
  });
  const Actor other_city{"admin.lain", Role::admin_kota, "15.72", ""};
  EXPECT_THROW(svc.retry(other_city, mid), NotFound);
  const auto m = svc.retry(admin(), mid);
  EXPECT_EQ(m.status, "antre");
  EXPECT_EQ(m.percobaan, 0);
  EXPECT_EQ(m.kunci, "kartu_siap:7");  // the same idempotency key
}

}  // namespace
}  // namespace lindungi
