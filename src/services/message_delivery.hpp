#pragma once
// Delivery of the outbox (issue 20 item 3) through a gateway adapter: a generic HTTP JSON webhook
// as WhatsApp Business providers and SMS gateways offer. Each attempt POSTs
//   {"id": <kunci>, "ke": "+62…", "pengirim": <sender>, "pesan": <text>}
// with "Authorization: Bearer <token>" and "Idempotency-Key: <kunci>" (the same key on every
// attempt, so a gateway that got the message before an answer was lost keeps one copy). A 2xx
// answer (or 409, "that key was already received") is terkirim; a timeout, a lost connection, 408,
// 429 or 5xx waits and tries again (RetryPolicy: exponential backoff) until the attempts run out;
// any other answer is gagal at once with the gateway's reason. A rate limit spaces the requests.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "core/messages.hpp"
#include "services/app.hpp"

namespace lindungi::services {

struct GatewayConfig {
  std::string url;       // http(s)://host[:port]/path; empty: nothing is sent (messages wait)
  std::string token;     // bearer token, may be empty
  std::string pengirim;  // the sender name or number the gateway shows
  double laju = 10;      // messages per second at most (0: no limit)
  std::chrono::milliseconds timeout{10'000};
  RetryPolicy retry{};
  int batch = 100;                  // messages claimed per transaction
  std::chrono::seconds lease{300};  // how long a claimed message is this sender's
};

// What one round did.
struct DeliveryRound {
  std::int64_t diambil = 0;   // claimed
  std::int64_t terkirim = 0;  // sent
  std::int64_t gagal = 0;     // failed for good
  std::int64_t diulang = 0;   // to be tried again later
};

// The gateway's answer to one attempt, as the delivery needs it.
struct GatewayAnswer {
  enum class Kind { sent, retry, refused } kind = Kind::retry;
  std::string reason;      // in words, Indonesian
  std::string gateway_id;  // the gateway's id of the message, when it answered one
};

class MessageDelivery {
 public:
  MessageDelivery(App& app, GatewayConfig config);
  ~MessageDelivery();
  MessageDelivery(const MessageDelivery&) = delete;
  MessageDelivery& operator=(const MessageDelivery&) = delete;

  const GatewayConfig& config() const { return config_; }

  // Claims the messages due now (one transaction), sends them one by one under the rate limit,
  // and settles them (one transaction). Safe beside other senders, in this process or another.
  DeliveryRound deliver_due();
  // Rounds until no message is due now; the tally of all of them.
  DeliveryRound drain();

  // In the background (lindungi serve): a round whenever messages are due, else a look every
  // `idle`. stop() finishes the message in hand and returns.
  void start(std::chrono::milliseconds idle = std::chrono::milliseconds{2000});
  void stop();

 private:
  GatewayAnswer send(const std::string& kunci, const std::string& no_hp, const std::string& isi);
  void pace();

  App& app_;
  GatewayConfig config_;
  struct Client;
  std::unique_ptr<Client> client_;
  std::mutex pace_mutex_;
  std::chrono::steady_clock::time_point next_slot_{};
  std::thread thread_;
  std::mutex wake_mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
};

// The number as the gateway takes it: "081234567890" -> "+6281234567890"; "+62…" unchanged.
std::string international_number(const std::string& no_hp);

// Checks a gateway URL from the configuration: http or https, a host, no spaces. Throws BadRequest
// naming `field` (notifikasi-url).
void check_gateway_url(const std::string& url, const std::string& field);

}  // namespace lindungi::services
