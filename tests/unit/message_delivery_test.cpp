// Delivery of the outbox through the webhook gateway (issue 20 item 3), against a fake gateway on
// loopback (tests/fake_gateway.hpp) that fails, times out, answers twice and refuses, on both
// databases: nothing lost, nothing sent twice, every failure with its reason in words.
#include "services/message_delivery.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "clock/clock.hpp"
#include "fake_gateway.hpp"
#include "intake_fixture.hpp"
#include "services/messages_service.hpp"
#include "store/outbox_store.hpp"

namespace lindungi {
namespace {

using testing::FakeGateway;
using testing::IntakeFixture;

class MessageDeliveryTest : public IntakeFixture {
 protected:
  // `n` queued messages to one consenting worker; their keys.
  std::vector<std::string> queue(int n) {
    Worker w;
    w.nik = "1571011708850001";
    w.nama = "Siti Aminah";
    w.tanggal_lahir = Date{1985, 8, 17};
    w.jenis_kelamin = Sex::P;
    w.kode_kelurahan = "15.71.01.1001";
    w.rt = 7;
    w.no_hp = "081234567890";
    w.pekerjaan = "becak";
    w.penghasilan = 1'000'000;
    w.kategori = "pekerja_rentan";
    w.status = "aktif";
    w.persetujuan = true;
    w.setuju_pesan = true;
    std::vector<std::string> keys;
    app_->store().write([&](store::Session& s) {
      s.registry().insert_worker(w);
      services::MessageWriter writer(*app_, s);
      for (int i = 1; i <= n; ++i) {
        writer.card_ready(w, i);
        keys.push_back("kartu_siap:" + std::to_string(i));
      }
    });
    worker_ = w.id;
    return keys;
  }
  services::GatewayConfig config(const FakeGateway& g) {
    services::GatewayConfig c;
    c.url = g.url();
    c.token = "rahasia-gateway-uji";
    c.pengirim = "Pemkot Jambi";
    c.laju = 0;  // no pause between requests here; the rate limit's slots have their own test (messages_test)
    c.timeout = std::chrono::milliseconds{300};
    c.retry.first = std::chrono::milliseconds{0};  // a retry is due at once, so drain() settles all
    c.retry.max_attempts = 4;
    c.batch = 7;
    return c;
  }
  std::map<std::string, store::MessageRecord> by_key() {
    std::map<std::string, store::MessageRecord> out;
    app_->store().read([&](store::Session& s) {
      store::MessageQuery q;
      q.limit = 1000;
      for (auto& m : s.outbox().messages(q).items) out[m.kunci] = m;
    });
    return out;
  }
  std::int64_t worker_ = 0;
};

LINDUNGI_ON_BOTH_BACKENDS(MessageDeliveryTest);

TEST_P(MessageDeliveryTest, FailuresTimeoutsAndDoubleAnswersLoseNothingAndSendNothingTwice) {
  const auto keys = queue(40);
  // Per key: i%5 == 0 fails twice (503) then takes it; i%5 == 1 takes it but answers after the
  // client gave up (so the client sends again and the gateway answers a second time); i%5 == 2
  // is refused for good; the rest are taken at once.
  auto index = [](const std::string& k) { return std::stoi(k.substr(k.rfind(':') + 1)); };
  FakeGateway gateway([&](const std::string& k, int attempt) {
    const int i = index(k);
    if (i % 5 == 0 && attempt <= 2) return FakeGateway::Act::fail;
    if (i % 5 == 1 && attempt == 1) return FakeGateway::Act::slow;
    if (i % 5 == 2) return FakeGateway::Act::refuse;
    return FakeGateway::Act::accept;
  });
  services::MessageDelivery delivery(*app_, config(gateway));
  const auto round = delivery.drain();
  const auto stored = by_key();
  const auto taken = gateway.taken();
  const auto posts = gateway.posts();
  int refused = 0;
  for (const auto& k : keys) {
    const int i = index(k);
    const auto& m = stored.at(k);
    if (i % 5 == 2) {
      ++refused;
      EXPECT_EQ(m.status, "gagal") << k;
      EXPECT_EQ(m.alasan, "Gateway menolak pesan: nomor tidak terdaftar di WhatsApp") << k;
      EXPECT_FALSE(taken.contains(k)) << k;
      EXPECT_EQ(posts.at(k), 1) << k;  // a refusal is not retried
      continue;
    }
    EXPECT_EQ(m.status, "terkirim") << k << ": " << m.alasan;
    EXPECT_EQ(m.id_gateway, "gw-" + k);
    EXPECT_EQ(taken.count(k) ? taken.at(k) : 0, 1) << k << " taken by the gateway exactly once";
    if (i % 5 == 0) {
      EXPECT_EQ(posts.at(k), 3) << k;  // two failures, then taken
    } else if (i % 5 == 1) {
      EXPECT_EQ(posts.at(k), 2) << k;  // the answer lost once: the same key again
    } else {
      EXPECT_EQ(posts.at(k), 1) << k;  // never a second request for a message taken
    }
  }
  EXPECT_EQ(round.terkirim, 40 - refused);
  EXPECT_EQ(round.gagal, refused);
  EXPECT_EQ(static_cast<int>(taken.size()), 40 - refused);
  // The webhook's body: the number in international form, the sender, the text; the token.
  const auto body = gateway.body("kartu_siap:3");
  EXPECT_EQ(body["ke"], "+6281234567890");
  EXPECT_EQ(body["pengirim"], "Pemkot Jambi");
  EXPECT_EQ(body["id"], "kartu_siap:3");
  EXPECT_NE(body["pesan"].get<std::string>().find("Siti Aminah"), std::string::npos);
  EXPECT_EQ(gateway.last_authorization(), "Bearer rahasia-gateway-uji");
}

TEST_P(MessageDeliveryTest, AGatewayThatNeverAnswersFailsTheMessageWithItsReasonAfterTheLastAttempt) {
  const auto keys = queue(3);
  FakeGateway gateway([](const std::string&, int) { return FakeGateway::Act::fail; });
  services::MessageDelivery delivery(*app_, config(gateway));
  delivery.drain();
  for (const auto& [k, m] : by_key()) {
    EXPECT_EQ(m.status, "gagal") << k;
    EXPECT_EQ(m.percobaan, 4) << k;
    EXPECT_EQ(m.alasan, "Tidak terkirim setelah 4 kali mencoba: Gateway sedang bermasalah: sedang sibuk") << k;
  }
  EXPECT_EQ(gateway.total_posts(), 12);
  // Retried by hand, the gateway working again: sent, under the same key.
  services::MessagesService svc(*app_);
  const auto failed = by_key().at(keys[0]);
  svc.retry(admin(), failed.id);
  FakeGateway healthy;
  services::MessageDelivery again(*app_, config(healthy));
  EXPECT_EQ(again.drain().terkirim, 1);
  EXPECT_EQ(by_key().at(keys[0]).status, "terkirim");
  EXPECT_EQ(healthy.taken().at(keys[0]), 1);
}

TEST_P(MessageDeliveryTest, TwoSendersAtOnceNeverTakeTheSameMessage) {
  const auto keys = queue(60);
  FakeGateway gateway;
  services::MessageDelivery one(*app_, config(gateway)), two(*app_, config(gateway));
  std::thread a([&] { one.drain(); });
  std::thread b([&] { two.drain(); });
  a.join();
  b.join();
  EXPECT_EQ(gateway.total_posts(), 60);  // no message claimed by both
  for (const auto& k : keys) EXPECT_EQ(gateway.posts().at(k), 1) << k;
  for (const auto& [k, m] : by_key()) EXPECT_EQ(m.status, "terkirim") << k;
}

TEST_P(MessageDeliveryTest, ASenderThatDiesHalfwayLosesNothingAndTheGatewayKeepsOneCopy) {
  const auto keys = queue(3);
  FakeGateway gateway;
  // A sender (another process) claims the three, posts the first, and dies before settling any.
  app_->store().write([&](store::Session& s) {
    const auto now = clock::now();
    EXPECT_EQ(s.outbox()
                  .claim_due(clock::utc_iso(now, true), clock::utc_iso(now + std::chrono::minutes{5}, true), 100)
                  .size(),
              3u);
  });
  httplib::Client dead(gateway.origin());
  ASSERT_TRUE(dead.Post("/kirim", {{"Idempotency-Key", keys[0]}}, R"({"pesan":"…"})", "application/json"));
  services::MessageDelivery delivery(*app_, config(gateway));
  // Within its lease nobody else takes them.
  EXPECT_EQ(delivery.drain().diambil, 0);
  EXPECT_EQ(gateway.total_posts(), 1);
  for (const auto& [k, m] : by_key()) EXPECT_EQ(m.status, "antre") << k;
  // The lease runs out (the one clock, a day later): each is sent with its own key; the first,
  // which the gateway already took, is answered again and kept once.
  app_->set_today_for_tests(Date{2025, 6, 2});
  EXPECT_EQ(delivery.drain().terkirim, 3);
  const auto taken = gateway.taken();
  EXPECT_EQ(taken.size(), 3u);
  for (const auto& k : keys) {
    EXPECT_EQ(taken.at(k), 1) << k;
    EXPECT_EQ(gateway.posts().at(k), k == keys[0] ? 2 : 1) << k;
    const auto m = by_key().at(k);
    EXPECT_EQ(m.status, "terkirim") << k;
    EXPECT_EQ(m.percobaan, 2) << k;  // the dead sender's attempt counts
  }
}

TEST_P(MessageDeliveryTest, AnOptOutAfterTheMessageWasQueuedIsHonoured) {
  queue(2);
  services::MessagesService(*app_).set_consent(operator_kel(), worker_, false);
  FakeGateway gateway;
  services::MessageDelivery delivery(*app_, config(gateway));
  EXPECT_EQ(delivery.drain().gagal, 2);
  EXPECT_EQ(gateway.total_posts(), 0);
  for (const auto& [k, m] : by_key())
    EXPECT_EQ(m.alasan, "Pekerja tidak lagi setuju menerima pesan; pesan tidak dikirim") << k;
}

TEST_P(MessageDeliveryTest, WithoutAGatewayNothingIsSentAndMessagesWait) {
  queue(2);
  services::MessageDelivery delivery(*app_, services::GatewayConfig{});
  EXPECT_EQ(delivery.drain().diambil, 0);
  for (const auto& [k, m] : by_key()) EXPECT_EQ(m.status, "antre") << k;
}

TEST(MessageDeliveryConfig, ANumberGoesOutInInternationalFormAndABadUrlIsRefused) {
  EXPECT_EQ(services::international_number("081234567890"), "+6281234567890");
  EXPECT_EQ(services::international_number("6281234567890"), "+6281234567890");
  EXPECT_EQ(services::international_number("+6281234567890"), "+6281234567890");
  EXPECT_THROW(services::check_gateway_url("ftp://x/y", "notifikasi-url"), BadRequest);
  EXPECT_THROW(services::check_gateway_url("https://", "notifikasi-url"), BadRequest);
  EXPECT_NO_THROW(services::check_gateway_url("https://gateway.contoh.id/kirim", "notifikasi-url"));
}

}  // namespace
}  // namespace lindungi
