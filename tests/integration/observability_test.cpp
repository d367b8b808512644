// Logs and metrics (issue 19 items 3-4): the access log's JSON lines name the route pattern and
// never the path (a NIK), the password or the session; GET /metrics speaks the Prometheus text
// format, its counters count, its histograms are cumulative, and only this machine or the bearer
// token may read it. The Grafana dashboard in docs/ops/ parses and queries only series that exist.
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <fstream>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include "http/access_log.hpp"
#include "http/metrics.hpp"
#include "http/server_protection.hpp"
#include "integration/test_server.hpp"
#include "services/import_service.hpp"
#include "services/logging.hpp"
#include "store/registry_store.hpp"

using nlohmann::json;
using namespace lindungi;
using lindungi::testing::TestServer;

namespace {

constexpr const char* kToken = "token-metrik-uji-0123456789";
constexpr const char* kNik = "1571015203900001";  // a worker of the fixture

// A server of this test's own options over TestServer's database and accounts.
class ObservabilityTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    base_ = new TestServer("observability");
    base_->app().store().write([](store::Session& s) { s.registry().put_rt({"", "15.71.01.1001", 1, ""}); });
    base_->add_user("op.kel", "operator_kelurahan", "15.71.01.1001");
    base_->add_user("rt1", "ketua_rt", "15.71.01.1001.001");
    log_path_ = std::filesystem::temp_directory_path() / ("lindungi_akses_" + std::to_string(getpid()) + ".log");
    std::filesystem::remove(log_path_);
    http::ServerOptions options;
    options.access_log = log_path_.string();
    options.metrics_token = kToken;
    port_ = lindungi::testing::free_port();
    options.address = "127.0.0.1";
    options.port = port_;
    http::ServerProtection protection;
    server_ = http::start_server(base_->app(), options, protection).release();
    // A second server that believes X-Forwarded-For from 127.0.0.1 (nginx on this machine).
    proxied_port_ = lindungi::testing::free_port();
    options.port = proxied_port_;
    options.access_log = "";
    protection.trusted_proxies = {"127.0.0.1"};
    proxied_ = http::start_server(base_->app(), options, protection).release();
  }
  static void TearDownTestSuite() {
    delete server_;
    delete proxied_;
    delete base_;
    std::filesystem::remove(log_path_);
  }

  static httplib::Client client(std::uint16_t port = 0) { return httplib::Client("127.0.0.1", port ? port : port_); }

  // Logs in; returns the cookie ("lindungi_sesi=...") and the CSRF token.
  static std::pair<std::string, std::string> login(const std::string& user) {
    auto res = client().Post("/api/v1/auth/login",
                             json{{"username", user}, {"password", lindungi::testing::kTestPassword}}.dump(),
                             "application/json");
    EXPECT_TRUE(res && res->status == 200);
    if (!res || res->status != 200) return {};
    const std::string cookie = res->get_header_value("Set-Cookie");
    return {cookie.substr(0, cookie.find(';')), json::parse(res->body)["csrf_token"]};
  }

  static std::vector<std::string> log_lines() {
    std::ifstream in(log_path_);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
  }
  // The access log writes in batches every 100 ms (access_log.hpp): the lines of requests just
  // answered, once there are at least `n` (or what there is after 5 s, for the assertion to show).
  static std::vector<std::string> log_lines_at_least(std::size_t n) {
    auto lines = log_lines();
    for (int i = 0; i < 100 && lines.size() < n; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      lines = log_lines();
    }
    return lines;
  }

  static std::string scrape() {
    auto res = client().Get("/metrics");
    EXPECT_TRUE(res);
    if (!res) return {};
    EXPECT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type").rfind("text/plain; version=0.0.4", 0), 0u);
    return res->body;
  }

  static inline TestServer* base_ = nullptr;
  static inline http::RunningServer* server_ = nullptr;
  static inline http::RunningServer* proxied_ = nullptr;
  static inline std::uint16_t port_ = 0, proxied_port_ = 0;
  static inline std::filesystem::path log_path_;
};

// One parsed sample line: name, labels, value.
struct Sample {
  std::string name;
  std::map<std::string, std::string> labels;
  double value = 0;
};

// Parses the text format strictly: every line is a HELP or TYPE comment or a sample; anything
// else fails the test.
std::vector<Sample> parse_metrics(const std::string& text, std::map<std::string, std::string>* types = nullptr) {
  static const std::regex sample_re(R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (-?[0-9.eE+-]+|\+Inf|NaN)$)");
  static const std::regex label_re(R"re(([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)")re");
  static const std::regex type_re(R"(^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$)");
  std::vector<Sample> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (line.rfind("# HELP ", 0) == 0) continue;
    if (std::regex_match(line, m, type_re)) {
      if (types) (*types)[m[1]] = m[2];
      continue;
    }
    if (!std::regex_match(line, m, sample_re)) {
      ADD_FAILURE() << "not a Prometheus line: " << line;
      continue;
    }
    Sample s;
    s.name = m[1];
    s.value = std::stod(m[4]);
    const std::string labels = m[3];
    for (auto it = std::sregex_iterator(labels.begin(), labels.end(), label_re); it != std::sregex_iterator(); ++it)
      s.labels[(*it)[1]] = (*it)[2];
    out.push_back(std::move(s));
  }
  return out;
}

double value_of(const std::vector<Sample>& samples, const std::string& name,
                const std::map<std::string, std::string>& labels = {}) {
  for (const auto& s : samples) {
    if (s.name != name) continue;
    bool match = true;
    for (const auto& [k, v] : labels) match = match && s.labels.count(k) && s.labels.at(k) == v;
    if (match) return s.value;
  }
  return 0;
}

TEST_F(ObservabilityTest, AccessLogLinesAreJsonWithTheRoutePatternOnly) {
  // Lines of requests made before this test (other tests of the suite) are written within 100 ms.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  const auto before = log_lines().size();
  const auto [cookie, csrf] = login("op.kel");
  ASSERT_FALSE(cookie.empty());
  httplib::Headers h{{"Cookie", cookie}};
  ASSERT_TRUE(client().Get("/api/v1/health"));
  ASSERT_TRUE(client().Get((std::string{"/api/v1/workers/nik/"} + kNik).c_str(), h));
  ASSERT_TRUE(client().Get((std::string{"/api/v1/nik/"} + kNik).c_str()));           // the public check
  ASSERT_TRUE(client().Get((std::string{"/api/v1/tidak-ada/"} + kNik).c_str(), h));  // no route
  ASSERT_TRUE(client().Get("/api/v1/workers/123456789", h));

  const auto lines = log_lines_at_least(before + 6);
  ASSERT_EQ(lines.size(), before + 6);
  std::map<std::string, json> by_route;
  for (std::size_t i = before; i < lines.size(); ++i) {
    const json j = json::parse(lines[i]);  // each line one JSON object
    for (const char* key : {"time", "method", "route", "status", "ms", "user", "role", "area"})
      EXPECT_TRUE(j.contains(key)) << key << " in " << lines[i];
    EXPECT_TRUE(
        std::regex_match(j["time"].get<std::string>(), std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)")));
    EXPECT_GE(j["ms"].get<double>(), 0.0);
    // No NIK, password or session token anywhere in the line.
    EXPECT_EQ(lines[i].find(kNik), std::string::npos) << lines[i];
    EXPECT_EQ(lines[i].find(lindungi::testing::kTestPassword), std::string::npos) << lines[i];
    EXPECT_EQ(lines[i].find(cookie.substr(cookie.find('=') + 1)), std::string::npos) << lines[i];
    EXPECT_EQ(lines[i].find(csrf), std::string::npos) << lines[i];
    by_route[j["route"].get<std::string>()] = j;
  }
  const json login_line = by_route.at("/api/v1/auth/login");
  EXPECT_EQ(login_line["method"], "POST");
  EXPECT_EQ(login_line["status"], 200);
  const json lookup = by_route.at("/api/v1/workers/nik/{nik}");
  EXPECT_EQ(lookup["method"], "GET");
  EXPECT_TRUE(lookup["status"] == 200 || lookup["status"] == 404) << lookup;  // recorded or not yet
  EXPECT_EQ(lookup["user"], "op.kel");
  EXPECT_EQ(lookup["role"], "operator_kelurahan");
  EXPECT_EQ(lookup["area"], "15.71.01.1001");
  EXPECT_EQ(by_route.at("/api/v1/nik/{nik}")["user"], "");  // no session: no user
  EXPECT_EQ(by_route.at("(tanpa rute)")["status"], 404);
  EXPECT_EQ(by_route.at("/api/v1/workers/{id}")["status"], 404);
  EXPECT_EQ(by_route.at("/api/v1/health")["status"], 200);
}

TEST_F(ObservabilityTest, DisplayRouteAndLineEscaping) {
  EXPECT_EQ(http::display_route(R"(/api/v1/workers/:id(\d{1,18})/ledger)"), "/api/v1/workers/{id}/ledger");
  EXPECT_EQ(http::display_route(R"(/api/v1/funders/:kode([a-z0-9_.:]{1,64})/budget/:tahun(\d{4}))"),
            "/api/v1/funders/{kode}/budget/{tahun}");
  EXPECT_EQ(http::display_route("/api/v1/regions/:kode/rts"), "/api/v1/regions/{kode}/rts");
  const Actor odd{"a\"b\\c\n", Role::admin_kota, "15.71", ""};
  const json j = json::parse(http::AccessLog::line("2026-12-06T00:00:00.000Z", "GET", "/x", 200, 1.5, &odd));
  EXPECT_EQ(j["user"], "a\"b\\c\n");
  EXPECT_EQ(j["ms"], 1.5);
  EXPECT_EQ(services::logging::redact("Key (nik)=(1571015203900001) dan 12345"),
            "Key (nik)=(****************) dan 12345");
}

TEST_F(ObservabilityTest, MetricsAreThePrometheusTextFormatAndCount) {
  std::map<std::string, std::string> types;
  const auto first = parse_metrics(scrape(), &types);
  const std::map<std::string, std::string> health{{"method", "GET"}, {"route", "/api/v1/health"}, {"status", "200"}};
  const double before = value_of(first, "lindungi_http_requests_total", health);
  for (int i = 0; i < 3; ++i) ASSERT_EQ(client().Get("/api/v1/health")->status, 200);
  const auto [cookie, csrf] = login("rt1");
  ASSERT_FALSE(cookie.empty());
  // An import of two rows, one refused (another RT), counted by the service.
  const std::string csv =
      "nik,nama,tanggal_lahir,jenis_kelamin,kode_kelurahan,rt,alamat,no_hp,pekerjaan,penghasilan,kategori,"
      "nama_ahli_waris,hubungan_ahli_waris,nik_ahli_waris\n"
      "1571015203900001,Siti Rahmawati,12/03/1990,P,15.71.01.1001,1,,,pedagang_umkm,1500000,pekerja_rentan,,,\n"
      "1571010505850003,RT Lain,05/05/1985,L,15.71.01.1001,2,,,becak,1000000,pekerja_rentan,,,\n";
  auto imported = client().Post("/api/v1/imports?nama_berkas=uji.csv", {{"Cookie", cookie}, {"X-CSRF-Token", csrf}},
                                csv, "text/csv");
  ASSERT_TRUE(imported);
  ASSERT_EQ(imported->status, 201) << imported->body;

  types.clear();
  const auto after = parse_metrics(scrape(), &types);
  EXPECT_EQ(value_of(after, "lindungi_http_requests_total", health), before + 3);
  EXPECT_EQ(value_of(after, "lindungi_imports_total", {{"dry_run", "false"}}), 1);
  EXPECT_EQ(value_of(after, "lindungi_import_rows_total", {{"result", "accepted"}}), 1);
  EXPECT_EQ(value_of(after, "lindungi_import_rows_total", {{"result", "rejected"}}), 1);
  EXPECT_EQ(value_of(after, "lindungi_import_duration_seconds_count"), 1);
  EXPECT_GE(value_of(after, "lindungi_sessions_active"), 1);
  EXPECT_GE(value_of(after, "lindungi_audit_chain_entries"), 1);  // the accounts, the import
  EXPECT_GE(value_of(after, "lindungi_db_writes_total"), 1);
  EXPECT_EQ(types["lindungi_http_requests_total"], "counter");
  EXPECT_EQ(types["lindungi_http_request_duration_seconds"], "histogram");
  EXPECT_EQ(types["lindungi_sessions_active"], "gauge");

  // Histograms: per series, buckets non-decreasing in `le`, +Inf equal to _count.
  std::map<std::string, std::vector<std::pair<double, double>>> buckets;  // series -> (le, value)
  std::map<std::string, double> counts;
  auto series = [](const Sample& s) {
    std::string key = s.name.substr(0, s.name.rfind('_'));
    for (const auto& [k, v] : s.labels)
      if (k != "le") key += "|" + k + "=" + v;
    return key;
  };
  for (const auto& s : after) {
    if (s.name.ends_with("_bucket")) {
      const std::string le = s.labels.at("le");
      buckets[series(s)].emplace_back(le == "+Inf" ? INFINITY : std::stod(le), s.value);
    } else if (s.name.ends_with("_count")) {
      counts[series(s)] = s.value;
    }
  }
  ASSERT_GE(buckets.size(), 4u);
  EXPECT_TRUE(buckets.contains("lindungi_http_request_duration_seconds|method=GET|route=/api/v1/health"));
  for (const auto& [name, bs] : buckets) {
    ASSERT_FALSE(bs.empty());
    for (std::size_t i = 1; i < bs.size(); ++i) {
      EXPECT_LT(bs[i - 1].first, bs[i].first) << name;
      EXPECT_LE(bs[i - 1].second, bs[i].second) << name << " le=" << bs[i].first;
    }
    EXPECT_TRUE(std::isinf(bs.back().first)) << name;
    EXPECT_EQ(bs.back().second, counts.at(name)) << name;
  }
  // No label carries a NIK, a user or an area.
  for (const auto& s : after)
    for (const auto& [k, v] : s.labels) {
      EXPECT_TRUE(k == "method" || k == "route" || k == "status" || k == "le" || k == "backend" || k == "kind" ||
                  k == "dry_run" || k == "result")
          << k;
      EXPECT_EQ(v.find(kNik), std::string::npos);
    }
}

TEST_F(ObservabilityTest, MetricsOnlyFromThisMachineOrWithTheToken) {
  // Directly from loopback: allowed. Relayed by a proxy this server does not trust: refused, even
  // when the header claims 127.0.0.1; with the bearer token: allowed; a wrong token: refused.
  EXPECT_EQ(client().Get("/metrics")->status, 200);
  EXPECT_EQ(client().Get("/metrics", {{"X-Forwarded-For", "203.0.113.9"}})->status, 403);
  EXPECT_EQ(client().Get("/metrics", {{"X-Forwarded-For", "127.0.0.1"}})->status, 403);
  EXPECT_EQ(
      client()
          .Get("/metrics", {{"X-Forwarded-For", "203.0.113.9"}, {"Authorization", std::string{"Bearer "} + kToken}})
          ->status,
      200);
  EXPECT_EQ(client().Get("/metrics", {{"X-Forwarded-For", "203.0.113.9"}, {"Authorization", "Bearer salah"}})->status,
            403);
  // A session does not open it.
  const auto [cookie, csrf] = login("op.kel");
  EXPECT_EQ(client().Get("/metrics", {{"Cookie", cookie}, {"X-Forwarded-For", "203.0.113.9"}})->status, 403);
  // Behind a trusted proxy (nginx on this machine): the client it names decides; a spoofed
  // left-most 127.0.0.1 does not help.
  EXPECT_EQ(client(proxied_port_).Get("/metrics", {{"X-Forwarded-For", "203.0.113.9"}})->status, 403);
  EXPECT_EQ(client(proxied_port_).Get("/metrics", {{"X-Forwarded-For", "127.0.0.1, 203.0.113.9"}})->status, 403);
  EXPECT_EQ(client(proxied_port_).Get("/metrics", {{"X-Forwarded-For", "127.0.0.1"}})->status, 200);
  EXPECT_EQ(client(proxied_port_).Get("/metrics")->status, 200);

  // The rule itself for peers a test cannot be: another machine.
  EXPECT_FALSE(http::metrics_allowed("10.1.2.3", "", "", {}, ""));
  EXPECT_FALSE(http::metrics_allowed("10.1.2.3", "", "Bearer x", {}, ""));  // no token configured
  EXPECT_TRUE(http::metrics_allowed("10.1.2.3", "", std::string{"Bearer "} + kToken, {}, kToken));
  EXPECT_FALSE(http::metrics_allowed("10.1.2.3", "", std::string{"bearer "} + kToken + "x", {}, kToken));
  EXPECT_TRUE(http::metrics_allowed("::1", "", "", {}, ""));
  EXPECT_FALSE(http::metrics_allowed("10.1.2.3", "127.0.0.1", "", {"10.1.2.3"}, ""));
}

// docs/ops/: the dashboard is valid JSON and every series it queries is in GET /metrics.
TEST_F(ObservabilityTest, GrafanaDashboardQueriesExistingSeries) {
  const std::filesystem::path docs = std::filesystem::path{LINDUNGI_SOURCE_DIR} / "docs" / "ops";
  std::ifstream in(docs / "grafana-lindungi.json");
  ASSERT_TRUE(in) << (docs / "grafana-lindungi.json");
  const json dashboard = json::parse(in);
  std::set<std::string> queried;
  const std::regex metric_re(R"(lindungi_[a-z_]+)");
  std::function<void(const json&)> walk = [&](const json& j) {
    if (j.is_object()) {
      for (const auto& [k, v] : j.items()) {
        if (k == "expr" && v.is_string()) {
          const std::string expr = v;
          for (auto it = std::sregex_iterator(expr.begin(), expr.end(), metric_re); it != std::sregex_iterator(); ++it)
            queried.insert(it->str());
        } else {
          walk(v);
        }
      }
    } else if (j.is_array()) {
      for (const auto& v : j) walk(v);
    }
  };
  walk(dashboard);
  ASSERT_GE(queried.size(), 8u);
  // After a request of each kind, every queried series has a sample.
  ASSERT_TRUE(client().Get("/api/v1/health"));
  std::set<std::string> present;
  for (const auto& s : parse_metrics(scrape())) present.insert(s.name);
  for (const auto& name : queried) EXPECT_TRUE(present.contains(name)) << "dashboard queries " << name;

  std::ifstream scrape_config(docs / "prometheus.yml");
  ASSERT_TRUE(scrape_config);
  std::stringstream text;
  text << scrape_config.rdbuf();
  EXPECT_NE(text.str().find("metrics_path: /metrics"), std::string::npos);
}

}  // namespace
