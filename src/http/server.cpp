#include "http/server.hpp"
#include "http/server_protection.hpp"

#include <restinio/all.hpp>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <spdlog/spdlog.h>

#include <algorithm>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <future>
#include <mutex>
#include <restinio/router/pcre2_regex_engine.hpp>
#include <restinio/transforms/zlib.hpp>
#include <sstream>
#include <thread>
#include <unordered_map>

#include "core/errors.hpp"
#include "http/access_log.hpp"
#include "http/answer_log.hpp"
#include "http/api.hpp"
#include "http/language.hpp"
#include "http/metrics.hpp"

namespace lindungi::http {

namespace {

// PCRE2 instead of std::regex for route matching: std::regex was the largest user-space cost of
// a lookup by NIK (perf, 21/11/2026).
using router_t = restinio::router::express_router_t<restinio::router::pcre2_regex_engine_t<>>;
// The connection count limiter (issue 16 item 6) needs its flag in the traits.
struct traits_t : public restinio::traits_t<restinio::asio_timer_manager_t, restinio::null_logger_t, router_t> {
  static constexpr bool use_connection_count_limiter = true;
};
using server_t = restinio::http_server_t<traits_t>;
using request_handle_t = restinio::request_handle_t;

// Sent with every response: no sniffing, no framing, no third-party scripts.
void security_headers(restinio::response_builder_t<restinio::restinio_controlled_output_t>& r) {
  r.append_header("X-Content-Type-Options", "nosniff");
  r.append_header("X-Frame-Options", "DENY");
  r.append_header("Referrer-Policy", "no-referrer");
  r.append_header("Content-Security-Policy",
                  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
}

restinio::http_status_line_t status_line(int status) {
  switch (status) {
    case 200: return restinio::status_ok();
    case 201: return restinio::status_created();
    case 204: return restinio::status_no_content();
    case 400: return restinio::status_bad_request();
    case 401: return restinio::status_unauthorized();
    case 403: return restinio::status_forbidden();
    case 404: return restinio::status_not_found();
    case 405: return restinio::status_method_not_allowed();
    case 409: return restinio::status_conflict();
    case 413: return restinio::status_payload_too_large();
    case 422: return restinio::http_status_line_t{restinio::http_status_code_t{422}, "Unprocessable Entity"};
    case 429: return restinio::http_status_line_t{restinio::http_status_code_t{429}, "Too Many Requests"};
    case 503: return restinio::status_service_unavailable();
    default: return restinio::status_internal_server_error();
  }
}

restinio::request_handling_status_t reply(const request_handle_t& req, const ApiResponse& res,
                                          const char* cache_control = "no-store") {
  auto r = req->create_response(status_line(res.status));
  r.append_header(restinio::http_field::content_type, res.content_type);
  r.append_header(restinio::http_field::cache_control, cache_control);
  security_headers(r);
  for (const auto& [name, value] : res.headers) r.append_header(name, value);
  r.set_body(res.body);
  return r.done();
}

// The language the client asked for (issue 17 item 10; http/language.hpp).
services::Language asked_language(const request_handle_t& req) {
  return services::language_from_accept(req->header().get_field_or(restinio::http_field::accept_language, ""));
}

// True when an Accept-Encoding header value allows gzip ("gzip, deflate, br"; not "gzip;q=0").
bool accepts_gzip(const std::string& accept_encoding) {
  std::size_t start = 0;
  while (start <= accept_encoding.size()) {
    std::size_t end = accept_encoding.find(',', start);
    if (end == std::string::npos) end = accept_encoding.size();
    std::string item = accept_encoding.substr(start, end - start);
    std::erase(item, ' ');
    for (auto& c : item) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::size_t semi = item.find(';');
    const std::string coding = item.substr(0, semi);
    if (coding == "gzip" || coding == "*") {
      const std::size_t q = item.find("q=", semi == std::string::npos ? item.size() : semi);
      return q == std::string::npos || std::strtod(item.c_str() + q + 2, nullptr) > 0.0;
    }
    start = end + 1;
  }
  return false;
}

// Issue 21 item 5: API JSON is gzip-compressed for a client that accepts it, from 1 KiB (below
// that the gzip frame and the CPU cost more than the few bytes saved on a phone's link). Files
// (XLSX and PDF are compressed already) go as they are (docs/API.md "Compression").
constexpr std::size_t kGzipFrom = 1024;

void compress(ApiResponse& res, const std::string& accept_encoding) {
  if (!res.content_type.starts_with("application/json")) return;
  res.headers.emplace_back("Vary", "Accept-Encoding");
  if (res.body.size() < kGzipFrom || !accepts_gzip(accept_encoding)) return;
  res.body = restinio::transforms::zlib::gzip_compress(res.body);
  res.headers.emplace_back("Content-Encoding", "gzip");
}

// An API answer, in that language, compressed when it is worth it.
restinio::request_handling_status_t reply_api(const request_handle_t& req, ApiResponse res) {
  localize(res, asked_language(req));
  compress(res, std::string{req->header().get_field_or(restinio::http_field::accept_encoding, "")});
  return reply(req, res);
}

// ":id" and ":nik(\d{16})" -> {"id", "nik"}; a ':' inside a parameter's regex is not a name.
std::vector<std::string> param_names(const std::string& pattern) {
  std::vector<std::string> names;
  int depth = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '\\') {
      ++i;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == ':' && depth == 0) {
      std::size_t j = i + 1;
      while (j < pattern.size() && (std::isalnum(static_cast<unsigned char>(pattern[j])) || pattern[j] == '_')) ++j;
      names.push_back(pattern.substr(i + 1, j - i - 1));
    }
  }
  return names;
}

ApiRequest to_api_request(const request_handle_t& req, const restinio::router::route_params_t& params,
                          const std::vector<std::string>& names, bool secure_cookies,
                          const std::vector<std::string>& trusted_proxies) {
  ApiRequest r;
  r.method = req->header().method().c_str();
  r.path = std::string{req->header().path()};
  const auto query = restinio::try_parse_query<restinio::parse_query_traits::javascript_compatible>(req->header().query());
  if (!query) throw BadRequest("query_tidak_valid", "Parameter URL tidak valid");
  for (const auto& [k, v] : *query) r.query[std::string{k}] = std::string{v};
  for (const auto& name : names) r.params[name] = std::string{params[name]};
  req->header().for_each_field([&](const restinio::http_header_field_t& f) {
    std::string name = f.name();
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    r.headers[name] = f.value();
  });
  r.body = req->body();
  const auto xff = r.headers.find("x-forwarded-for");
  r.client = real_client(req->remote_endpoint().address().to_string(), xff == r.headers.end() ? "" : xff->second,
                         trusted_proxies);
  r.secure = secure_cookies || r.headers["x-forwarded-proto"] == "https";
  return r;
}

// The built web UI, read into memory once at start (a few hundred KB). Hashed asset names
// (assets/index-3f9a.js) may be cached for long; the HTML never is. A file `X.gz` next to `X` (the
// web build writes them) is sent instead of `X` to browsers that accept gzip: on a slow phone
// connection that is a third of the bytes.
class StaticFiles {
 public:
  struct File {
    std::string body;
    std::string gzip;  // empty when there is no precompressed copy
  };

  explicit StaticFiles(const std::string& dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (dir.empty() || !fs::is_directory(dir, ec)) return;
    std::unordered_map<std::string, std::string> gz;
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (!it->is_regular_file(ec) || it->file_size(ec) > (8u << 20)) continue;
      std::ifstream in(it->path(), std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      const std::string name = "/" + fs::relative(it->path(), dir, ec).generic_string();
      if (name.ends_with(".gz")) gz[name.substr(0, name.size() - 3)] = ss.str();
      else files_[name].body = ss.str();
    }
    for (auto& [name, data] : gz)
      if (auto f = files_.find(name); f != files_.end()) f->second.gzip = std::move(data);
  }

  // The file for `path`; the index for "/" and for client-side routes of the single-page app.
  const File* find(const std::string& path, std::string& content_type) const {
    auto it = files_.find(path == "/" ? "/index.html" : path);
    if (it == files_.end()) {
      if (path.find('.') != std::string::npos) return nullptr;  // a missing asset, not a page
      it = files_.find("/index.html");
      if (it == files_.end()) return nullptr;
    }
    content_type = type_of(it->first);
    return &it->second;
  }

  static std::string type_of(const std::string& p) {
    static const std::pair<const char*, const char*> kTypes[] = {
        {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
        {".json", "application/json"}, {".geojson", "application/geo+json"}, {".svg", "image/svg+xml"},
        {".png", "image/png"}, {".ico", "image/x-icon"}, {".woff2", "font/woff2"}, {".txt", "text/plain; charset=utf-8"},
        {".webmanifest", "application/manifest+json"}};
    for (const auto& [ext, type] : kTypes)
      if (p.ends_with(ext)) return type;
    return "application/octet-stream";
  }

 private:
  std::unordered_map<std::string, File> files_;
};

// Issue 16 item 6: uploads (imports, BPJS files, claim documents) are parsed and checked on these
// threads, not on the I/O threads, so that a 16 MiB import does not hold up other users' lookups.
// A bounded queue: when it is full the upload is refused at once (503) rather than piling up
// bodies of 16 MiB in memory.
class WorkerPool {
 public:
  WorkerPool(std::size_t threads, std::size_t max_queued) : max_queued_(max_queued) {
    for (std::size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { run(); });
  }
  ~WorkerPool() { stop(); }

  // False when the queue is full or the pool is stopping.
  bool post(std::function<void()> job) {
    {
      std::lock_guard lock(mutex_);
      if (stopping_ || queue_.size() >= max_queued_) return false;
      queue_.push_back(std::move(job));
    }
    ready_.notify_one();
    return true;
  }

  // Finishes the jobs already queued, then joins the threads.
  void stop() {
    {
      std::lock_guard lock(mutex_);
      if (stopping_ && threads_.empty()) return;
      stopping_ = true;
    }
    ready_.notify_all();
    for (auto& t : threads_) t.join();
    threads_.clear();
  }

 private:
  void run() {
    for (;;) {
      std::function<void()> job;
      {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;  // stopping and drained
        job = std::move(queue_.front());
        queue_.pop_front();
      }
      job();
    }
  }

  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> queue_;
  std::vector<std::thread> threads_;
  std::size_t max_queued_;
  bool stopping_ = false;
};

// The body limit of a route. RESTinio 0.6 reads a whole body (up to the largest limit) before
// any handler runs, so these are checked after reading; the connection limit bounds what that
// can cost, and docs/SECURITY.md has nginx refuse larger bodies per location before they arrive.
std::size_t body_limit(const Route& route, const ServerOptions& options) {
  if (route.upload) return options.max_upload_bytes;
  // Login and the public routes: a user name and a password are a few hundred bytes.
  if (!route.requires_login) return std::min<std::size_t>(options.max_body_bytes, 8u << 10);
  return options.max_body_bytes;
}

// What every request leaves behind (issue 19 items 3-4): its access log line and its counts, under
// the route's pattern, never its path.
struct Observed {
  std::shared_ptr<const AccessLog> access;
  RouteStats* stats;
  std::string method, route;  // route: display_route(pattern)
  std::shared_ptr<AnswerLog> answers = nullptr;  // the contract tests' record (http/answer_log.hpp), else null

  void done(std::chrono::steady_clock::time_point started, const ApiResponse& res, const Actor* actor,
            const ApiRequest* request = nullptr) const {
    if (answers) answers->record(method, route, request, res);
    const auto us = static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started).count());
    stats->record(res.status, us);
    access->record(method, route, res.status, static_cast<double>(us) / 1000.0, actor);
    if (res.status >= 500) spdlog::error("{} {} dijawab {}", method, route, res.status);
  }
};

std::unique_ptr<router_t> make_router(services::App& app, std::shared_ptr<StaticFiles> files,
                                      const ServerOptions& options, const ServerProtection& protection,
                                      std::shared_ptr<WorkerPool> pool, std::shared_ptr<WorkerPool> api_pool,
                                      std::shared_ptr<HttpMetrics> metrics) {
  auto router = std::make_unique<router_t>();
  auto access = std::make_shared<const AccessLog>(options.access_log);
  const auto answers = AnswerLog::from_environment();
  for (Route& route : api_routes(app)) {
    const std::size_t limit = body_limit(route, options);
    const std::string shown = display_route(route.pattern);
    const Observed observed{access, &metrics->add(route.method, shown), route.method, shown, answers};
    auto handler = [&app, route, names = param_names(route.pattern), secure_cookies = options.secure_cookies, limit,
                    trusted = protection.trusted_proxies, pool, api_pool,
                    observed](const request_handle_t& req, restinio::router::route_params_t params) {
      const auto started = std::chrono::steady_clock::now();
      ApiResponse res;
      std::shared_ptr<ApiRequest> request;
      try {
        if (req->body().size() > limit) {
          res = error_response(413, "isi_terlalu_besar",
                               "Isi permintaan melebihi batas " + std::to_string(limit >> 10) + " KiB");
          observed.done(started, res, nullptr);
          return reply_api(req, res);
        }
        request = std::make_shared<ApiRequest>(to_api_request(req, params, names, secure_cookies, trusted));
      } catch (...) {
        res = error_response(std::current_exception());
        observed.done(started, res, nullptr);
        return reply_api(req, res);
      }
      // Every API route runs on a worker pool, never on an I/O thread: a handler may wait for the
      // database's writer (an import holds it for seconds), and with the I/O threads waiting every
      // other request would wait too. Uploads have their own pool so that a queue of 16 MiB
      // imports cannot starve lookups.
      WorkerPool& target = route.upload ? *pool : *api_pool;
      const bool queued = target.post([&app, &route_ref = route, request, req, &observed_ref = observed, started] {
        ApiResponse r;
        try {
          r = dispatch(app, route_ref, *request);
        } catch (...) {
          r = error_response(std::current_exception());
        }
        observed_ref.done(started, r, &request->actor, request.get());
        reply_api(req, std::move(r));
      });
      if (queued) return restinio::request_accepted();
      res = error_response(503, "server_sibuk",
                           route.upload ? "Server sedang memproses banyak unggahan; coba lagi beberapa saat lagi"
                                        : "Server sedang melayani banyak permintaan; coba lagi beberapa saat lagi");
      observed.done(started, res, nullptr);
      return reply_api(req, res);
    };
    if (route.method == "GET") router->http_get(route.pattern, std::move(handler));
    else if (route.method == "POST") router->http_post(route.pattern, std::move(handler));
    else if (route.method == "PUT") router->http_put(route.pattern, std::move(handler));
    else if (route.method == "DELETE") router->http_delete(route.pattern, std::move(handler));
    else throw std::logic_error("unsupported method " + route.method);
  }
  // GET /metrics (issue 19 item 4): from this machine, or with the configured bearer token.
  const Observed scraped{access, &metrics->add("GET", "/metrics"), "GET", "/metrics", answers};
  router->http_get("/metrics", [&app, metrics, scraped, token = options.metrics_token,
                                trusted = protection.trusted_proxies, api_pool](const request_handle_t& req, auto) {
    const auto started = std::chrono::steady_clock::now();
    const std::string peer = req->remote_endpoint().address().to_string();
    const std::string forwarded{req->header().get_field_or("X-Forwarded-For", "")};
    const std::string authorization{req->header().get_field_or(restinio::http_field::authorization, "")};
    if (!metrics_allowed(peer, forwarded, authorization, trusted, token)) {
      const ApiResponse res = error_response(
          403, "metrik_tertutup", "Metrik hanya dapat dibaca dari server ini sendiri atau dengan token metrik");
      scraped.done(started, res, nullptr);
      return reply(req, res);
    }
    // Rendering reads the database (live sessions): off the I/O threads like the API routes.
    const bool queued = api_pool->post([&app, metrics, &scraped_ref = scraped, req, started] {
      ApiResponse res;
      try {
        res.content_type = "text/plain; version=0.0.4; charset=utf-8";
        res.body = metrics->render(app);
      } catch (...) {
        res = error_response(std::current_exception());
      }
      scraped_ref.done(started, res, nullptr);
      reply(req, res);
    });
    if (queued) return restinio::request_accepted();
    const ApiResponse busy =
        error_response(503, "server_sibuk", "Server sedang melayani banyak permintaan; coba lagi beberapa saat lagi");
    scraped.done(started, busy, nullptr);
    return reply(req, busy);
  });
  // Everything else: the web app's files, or 404/405. Counted and logged under two names.
  const Observed web{access, &metrics->add("GET", "(web)"), "GET", "(web)"};
  const Observed unmatched{access, &metrics->add("*", "(tanpa rute)"), "*", "(tanpa rute)"};
  router->non_matched_request_handler([files, web, unmatched](const request_handle_t& req) {
    const auto started = std::chrono::steady_clock::now();
    auto answer = [&](const Observed& o, const ApiResponse& res, const char* cache_control = "no-store") {
      o.done(started, res, nullptr);
      return reply(req, res, cache_control);
    };
    const std::string path{req->header().path()};
    if (path.rfind("/api/", 0) == 0 || path == "/api") {
      ApiResponse res = error_response(404, "rute_tidak_ada", "Alamat API tidak ditemukan: " + path);
      localize(res, asked_language(req));
      return answer(unmatched, res);
    }
    if (req->header().method() != restinio::http_method_get() && req->header().method() != restinio::http_method_head())
      return answer(unmatched, error_response(405, "metode_tidak_diizinkan", "Metode tidak diizinkan"));
    std::string type;
    if (const StaticFiles::File* file = files->find(path, type)) {
      ApiResponse res;
      res.content_type = type;
      if (!file->gzip.empty()) {
        res.headers.emplace_back("Vary", "Accept-Encoding");
        if (accepts_gzip(req->header().get_field_or(restinio::http_field::accept_encoding, ""))) {
          res.headers.emplace_back("Content-Encoding", "gzip");
          res.body = file->gzip;
        } else {
          res.body = file->body;
        }
      } else {
        res.body = file->body;
      }
      const bool hashed = path.rfind("/assets/", 0) == 0;
      return answer(web, res, hashed ? "public, max-age=31536000, immutable" : "no-cache");
    }
    return answer(unmatched, error_response(404, "tidak_ditemukan", "Halaman tidak ditemukan"));
  });
  return router;
}

class Server final : public RunningServer {
 public:
  Server(services::App& app, const ServerOptions& options, const ServerProtection& protection)
      : pool_(std::make_shared<WorkerPool>(protection.upload_threads, protection.max_queued_uploads)),
        api_pool_(std::make_shared<WorkerPool>(protection.api_threads, protection.max_queued_requests)),
        server_(restinio::own_io_context(),
                [&](auto& settings) {
                  settings.port(options.port)
                      .address(options.address)
                      .request_handler(make_router(app, std::make_shared<StaticFiles>(options.static_dir), options,
                                                   protection, pool_, api_pool_, std::make_shared<HttpMetrics>()))
                      .read_next_http_message_timelimit(std::chrono::seconds(30))
                      .write_http_response_timelimit(std::chrono::seconds(30))
                      // Requests answer from the worker pools; a large import may take minutes.
                      .handle_request_timeout(std::chrono::minutes(10))
                      .incoming_http_msg_limits(
                          restinio::incoming_http_msg_limits_t{}
                              .max_body_size(std::max(options.max_body_bytes, options.max_upload_bytes))
                              .max_url_size(8 * 1024)
                              .max_field_name_size(1024)
                              .max_field_value_size(16 * 1024)
                              .max_field_count(100))
                      .max_parallel_connections(protection.max_connections)
                      .cleanup_func([] {});
                }),
        runner_(options.threads, server_) {
    std::promise<void> started;
    auto result = started.get_future();
    runner_.start([&started]() noexcept { started.set_value(); },
                  [&started](std::exception_ptr error) noexcept { started.set_exception(std::move(error)); });
    result.get();  // rethrows a failure to bind the port
  }

  ~Server() override { stop(); }

  void stop() override {
    // Requests in progress finish and answer while the I/O threads still run.
    pool_->stop();
    api_pool_->stop();
    if (runner_.started()) {
      runner_.stop();
      runner_.wait();
    }
  }

 private:
  std::shared_ptr<WorkerPool> pool_;  // first: outlive the server and its handlers
  std::shared_ptr<WorkerPool> api_pool_;
  server_t server_;
  restinio::on_pool_runner_t<server_t> runner_;
};

}  // namespace

std::string real_client(const std::string& peer, const std::string& forwarded_for,
                        const std::vector<std::string>& trusted_proxies) {
  auto trusted = [&](const std::string& a) {
    return std::find(trusted_proxies.begin(), trusted_proxies.end(), a) != trusted_proxies.end();
  };
  if (!trusted(peer) || forwarded_for.empty()) return peer;
  std::string client = peer;
  std::size_t end = forwarded_for.size();
  while (true) {
    const std::size_t comma = forwarded_for.rfind(',', end == 0 ? 0 : end - 1);
    const std::size_t start = comma == std::string::npos || comma >= end ? 0 : comma + 1;
    std::string item = forwarded_for.substr(start, end - start);
    const auto b = item.find_first_not_of(" \t");
    const auto e = item.find_last_not_of(" \t");
    item = b == std::string::npos ? "" : item.substr(b, e - b + 1);
    if (item.empty() || item.size() > 64) return client;  // malformed: the last proxy we believe
    client = item;
    if (!trusted(item) || start == 0) return client;
    end = start - 1;
  }
}

std::unique_ptr<RunningServer> start_server(services::App& app, const ServerOptions& options,
                                            const ServerProtection& protection) {
  return std::make_unique<Server>(app, options, protection);
}

std::unique_ptr<RunningServer> start_server(services::App& app, const ServerOptions& options) {
  return start_server(app, options, ServerProtection{});
}

void run_server(services::App& app, const ServerOptions& options) { run_server(app, options, ServerProtection{}); }

void run_server(services::App& app, const ServerOptions& options, const ServerProtection& protection) {
  // Block the stop signals in every thread, then wait for one here.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  auto server = start_server(app, options, protection);
  spdlog::info("Lindungi berjalan di http://{}:{} (database {})", options.address, options.port,
               app.database_backend());
  int received = 0;
  sigwait(&signals, &received);
  spdlog::info("Menghentikan server (sinyal {})...", received);
  server->stop();
  spdlog::info("Server berhenti");
}

}  // namespace lindungi::http
