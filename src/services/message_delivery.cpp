// The gateway adapter of the outbox (issue 20 item 3): a generic HTTP JSON webhook, with retries,
// exponential backoff, one idempotency key per message and a rate limit.
#include "services/message_delivery.hpp"

#include <httplib.h>
#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>

#include "clock/clock.hpp"
#include "core/errors.hpp"
#include "services/logging.hpp"
#include "store/outbox_store.hpp"

namespace lindungi::services {

namespace {

struct UrlParts {
  std::string origin;  // scheme://host[:port]
  std::string path;    // "/…"
};

std::optional<UrlParts> split_url(const std::string& url) {
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string::npos) return std::nullopt;
  const std::string scheme = url.substr(0, scheme_end);
  if (scheme != "http" && scheme != "https") return std::nullopt;
  const auto path_start = url.find('/', scheme_end + 3);
  UrlParts p;
  p.origin = url.substr(0, path_start);
  p.path = path_start == std::string::npos ? "/" : url.substr(path_start);
  if (p.origin.size() <= scheme_end + 3) return std::nullopt;
  if (url.find_first_of(" \t\r\n") != std::string::npos) return std::nullopt;
  return p;
}

std::string seconds_words(std::chrono::milliseconds ms) {
  const auto tenths = (ms.count() + 50) / 100;
  std::string s = std::to_string(tenths / 10);
  if (tenths % 10) s += "," + std::to_string(tenths % 10);
  return s + " detik";
}

// The gateway's own words for a refusal, when its answer carries them.
std::string gateway_words(const std::string& body) {
  const auto j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_object()) {
    for (const char* k : {"message", "pesan", "error", "alasan"}) {
      const auto it = j.find(k);
      if (it == j.end()) continue;
      if (it->is_string()) return it->get<std::string>();
      if (it->is_object() && it->contains("message") && (*it)["message"].is_string())
        return (*it)["message"].get<std::string>();
    }
  }
  return "";
}

}  // namespace

std::string international_number(const std::string& no_hp) {
  if (no_hp.starts_with("+")) return no_hp;
  if (no_hp.starts_with("62")) return "+" + no_hp;
  if (no_hp.starts_with("0")) return "+62" + no_hp.substr(1);
  return no_hp;
}

void check_gateway_url(const std::string& url, const std::string& field) {
  if (!split_url(url))
    throw BadRequest("url_gateway_tidak_valid",
                     "Alamat gateway pesan harus berupa URL http:// atau https:// dengan nama host, mis. "
                     "https://gateway.contoh.id/kirim",
                     field);
}

struct MessageDelivery::Client {
  std::mutex mutex;
  std::unique_ptr<httplib::Client> http;
  std::string path;
};

MessageDelivery::MessageDelivery(App& app, GatewayConfig config)
    : app_(app), config_(std::move(config)), client_(std::make_unique<Client>()) {
  if (config_.url.empty()) return;
  const auto parts = split_url(config_.url);
  if (!parts) check_gateway_url(config_.url, "notifikasi-url");
  client_->http = std::make_unique<httplib::Client>(parts->origin);
  client_->path = parts->path;
  const auto t = config_.timeout;
  client_->http->set_connection_timeout(std::chrono::duration_cast<std::chrono::seconds>(t).count(),
                                        static_cast<long>((t.count() % 1000) * 1000));
  client_->http->set_read_timeout(std::chrono::duration_cast<std::chrono::seconds>(t).count(),
                                  static_cast<long>((t.count() % 1000) * 1000));
  client_->http->set_write_timeout(std::chrono::duration_cast<std::chrono::seconds>(t).count(),
                                   static_cast<long>((t.count() % 1000) * 1000));
  client_->http->set_keep_alive(true);
  // Without it Nagle's algorithm and delayed ACKs add about 40 ms to every request (STACK.md §1.3).
  client_->http->set_tcp_nodelay(true);
}

MessageDelivery::~MessageDelivery() { stop(); }

void MessageDelivery::pace() {
  if (config_.laju <= 0) return;
  SendSlot slot;
  {
    std::lock_guard lock(pace_mutex_);
    slot = next_send_slot(next_slot_, std::chrono::steady_clock::now(), config_.laju);
    next_slot_ = slot.next;
  }
  std::this_thread::sleep_until(slot.at);
}

GatewayAnswer MessageDelivery::send(const std::string& kunci, const std::string& no_hp, const std::string& isi) {
  pace();
  const nlohmann::json body = {
      {"id", kunci}, {"ke", international_number(no_hp)}, {"pengirim", config_.pengirim}, {"pesan", isi}};
  httplib::Headers headers{{"Idempotency-Key", kunci}};
  if (!config_.token.empty()) headers.emplace("Authorization", "Bearer " + config_.token);
  std::lock_guard lock(client_->mutex);
  const auto res = client_->http->Post(client_->path, headers, body.dump(), "application/json");
  if (!res) {
    const auto err = res.error();
    if (err == httplib::Error::Read)
      return {GatewayAnswer::Kind::retry, "Gateway tidak menjawab dalam " + seconds_words(config_.timeout), ""};
    if (err == httplib::Error::Connection)
      return {GatewayAnswer::Kind::retry, "Gateway pesan tidak dapat dihubungi", ""};
    return {GatewayAnswer::Kind::retry, "Hubungan ke gateway pesan terputus", ""};
  }
  const int status = res->status;
  if ((status >= 200 && status < 300) || status == 409) {
    std::string id;
    const auto j = nlohmann::json::parse(res->body, nullptr, false);
    if (j.is_object() && j.contains("id") && (j["id"].is_string() || j["id"].is_number()))
      id = j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump();
    return {GatewayAnswer::Kind::sent, "", id};
  }
  const std::string words = gateway_words(res->body);
  if (status == 408 || status == 429 || status >= 500)
    return {GatewayAnswer::Kind::retry,
            status == 429 ? "Gateway meminta pengiriman diperlambat"
                          : "Gateway sedang bermasalah" + (words.empty() ? "" : ": " + words),
            ""};
  return {GatewayAnswer::Kind::refused,
          "Gateway menolak pesan" + (words.empty() ? std::string{" tanpa keterangan"} : ": " + words), ""};
}

DeliveryRound MessageDelivery::deliver_due() {
  DeliveryRound round;
  if (!client_->http) return round;
  std::vector<store::MessageRecord> claimed;
  const auto now = clock::now();
  app_.store().write([&](store::Session& s) {
    claimed = s.outbox().claim_due(clock::utc_iso(now, true), clock::utc_iso(now + config_.lease, true), config_.batch);
  });
  round.diambil = static_cast<std::int64_t>(claimed.size());
  if (claimed.empty()) return round;
  std::size_t done = 0;
  for (auto& m : claimed) {
    {
      std::lock_guard lock(wake_mutex_);
      if (stopping_) break;
    }
    ++done;
    if (!m.setuju) {
      m.status = std::string{kMessageFailed};
      m.alasan = "Pekerja tidak lagi setuju menerima pesan; pesan tidak dikirim";
      ++round.gagal;
      continue;
    }
    const auto answer = send(m.kunci, m.no_hp, m.isi);
    const auto at = clock::now();
    if (answer.kind == GatewayAnswer::Kind::sent) {
      m.status = std::string{kMessageSent};
      m.alasan.clear();
      m.terkirim_pada = clock::utc_iso(at, true);
      m.id_gateway = answer.gateway_id;
      ++round.terkirim;
    } else if (answer.kind == GatewayAnswer::Kind::refused || m.percobaan >= config_.retry.max_attempts) {
      m.status = std::string{kMessageFailed};
      m.alasan = answer.kind == GatewayAnswer::Kind::refused
                     ? answer.reason
                     : "Tidak terkirim setelah " + std::to_string(m.percobaan) + " kali mencoba: " + answer.reason;
      ++round.gagal;
    } else {
      m.alasan = answer.reason;
      m.coba_pada = clock::utc_iso(at + retry_delay(config_.retry, m.percobaan), true);
      ++round.diulang;
    }
  }
  // Stopped halfway: the messages not tried go back as they were, due now.
  for (std::size_t i = done; i < claimed.size(); ++i) {
    --claimed[i].percobaan;
    claimed[i].coba_pada = clock::utc_iso(now, true);
  }
  app_.store().write([&](store::Session& s) { s.outbox().settle_all(claimed); });
  return round;
}

DeliveryRound MessageDelivery::drain() {
  DeliveryRound all;
  for (;;) {
    const auto r = deliver_due();
    all.diambil += r.diambil;
    all.terkirim += r.terkirim;
    all.gagal += r.gagal;
    all.diulang += r.diulang;
    if (r.diambil == 0) return all;
    std::lock_guard lock(wake_mutex_);
    if (stopping_) return all;
  }
}

void MessageDelivery::start(std::chrono::milliseconds idle) {
  if (!client_->http || thread_.joinable()) return;
  {
    std::lock_guard lock(wake_mutex_);
    stopping_ = false;
  }
  thread_ = std::thread([this, idle] {
    for (;;) {
      try {
        const auto r = drain();
        if (r.terkirim + r.gagal > 0)
          spdlog::info("pesan: terkirim {}, gagal {}, dicoba lagi nanti {}", r.terkirim, r.gagal, r.diulang);
      } catch (const std::exception& e) {
        spdlog::error("pesan: pengiriman terhenti sementara: {}", logging::redact(e.what()));
      }
      std::unique_lock lock(wake_mutex_);
      if (wake_.wait_for(lock, idle, [this] { return stopping_; })) return;
    }
  });
}

void MessageDelivery::stop() {
  {
    std::lock_guard lock(wake_mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

}  // namespace lindungi::services
