#pragma once
// A fake message gateway on loopback (issue 20 item 3), for the delivery tests and bench: a real
// HTTP server (cpp-httplib) that takes the webhook's POSTs, keeps one copy per idempotency key as
// a real provider does, and misbehaves as planned per key and attempt: fails (500), refuses (400
// with a reason), answers after the client has given up (the message is taken, the answer is
// lost), or drops the connection. It counts every POST and every message it took for the first
// time, so a test can say "nothing lost, nothing sent twice".
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <thread>

namespace lindungi::testing {

class FakeGateway {
 public:
  enum class Act { accept, fail, refuse, slow };
  // What to do with the `attempt`-th POST (1, 2, …) of key `kunci`.
  using Plan = std::function<Act(const std::string& kunci, int attempt)>;

  explicit FakeGateway(Plan plan = {}, std::chrono::milliseconds slow = std::chrono::milliseconds{600})
      : plan_(std::move(plan)), slow_(slow) {
    server_.set_tcp_nodelay(true);
    server_.set_keep_alive_max_count(1000000);
    server_.Post("/kirim", [this](const httplib::Request& req, httplib::Response& res) { handle(req, res); });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds{1});
  }
  ~FakeGateway() {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }

  std::string origin() const { return "http://127.0.0.1:" + std::to_string(port_); }
  std::string url() const { return origin() + "/kirim"; }

  // Messages taken: key -> how many times it was taken as new (1 each, or the gateway sent twice).
  std::map<std::string, int> taken() const {
    std::lock_guard lock(mutex_);
    return taken_;
  }
  std::map<std::string, int> posts() const {
    std::lock_guard lock(mutex_);
    return posts_;
  }
  std::int64_t total_posts() const { return total_posts_.load(); }
  // The last body of a key, as received.
  nlohmann::json body(const std::string& kunci) const {
    std::lock_guard lock(mutex_);
    const auto it = bodies_.find(kunci);
    return it == bodies_.end() ? nlohmann::json{} : it->second;
  }
  std::string last_authorization() const {
    std::lock_guard lock(mutex_);
    return authorization_;
  }

 private:
  void handle(const httplib::Request& req, httplib::Response& res) {
    ++total_posts_;
    const std::string kunci = req.get_header_value("Idempotency-Key");
    int attempt = 0;
    Act act = Act::accept;
    {
      std::lock_guard lock(mutex_);
      attempt = ++posts_[kunci];
      bodies_[kunci] = nlohmann::json::parse(req.body, nullptr, false);
      authorization_ = req.get_header_value("Authorization");
      if (plan_) act = plan_(kunci, attempt);
    }
    if (kunci.empty()) {
      res.status = 400;
      res.set_content(R"({"error":{"message":"Idempotency-Key wajib"}})", "application/json");
      return;
    }
    if (act == Act::fail) {
      res.status = 503;
      res.set_content(R"({"message":"sedang sibuk"})", "application/json");
      return;
    }
    if (act == Act::refuse) {
      res.status = 400;
      res.set_content(R"({"message":"nomor tidak terdaftar di WhatsApp"})", "application/json");
      return;
    }
    bool fresh = false;
    {
      std::lock_guard lock(mutex_);
      fresh = seen_.insert(kunci).second;
      if (fresh) ++taken_[kunci];
    }
    if (act == Act::slow) std::this_thread::sleep_for(slow_);  // taken, but the answer comes too late
    // A key seen before is answered again, with the same id: the gateway keeps one copy.
    res.status = 200;
    res.set_content(nlohmann::json{{"id", "gw-" + kunci}, {"duplikat", !fresh}}.dump(), "application/json");
  }

  Plan plan_;
  std::chrono::milliseconds slow_;
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  mutable std::mutex mutex_;
  std::map<std::string, int> posts_, taken_;
  std::map<std::string, nlohmann::json> bodies_;
  std::set<std::string> seen_;
  std::string authorization_;
  std::atomic<std::int64_t> total_posts_{0};
};

}  // namespace lindungi::testing
