#include "http/metrics.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "http/server_protection.hpp"
#include "services/database_telemetry.hpp"

namespace lindungi::http {

namespace {

void escape_label(std::string& out, const std::string& v) {
  for (const char c : v) {
    if (c == '\\' || c == '"') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
}

std::string number(double v) {  // a bucket's bound: 0.0025, 10
  char buf[40];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

std::string seconds(double v) {  // a sum of seconds, to the microsecond
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.6f", v);
  return buf;
}

void family(std::string& out, const char* name, const char* type, const char* help) {
  out += "# HELP ";
  out += name;
  out += ' ';
  out += help;
  out += "\n# TYPE ";
  out += name;
  out += ' ';
  out += type;
  out += '\n';
}

void sample(std::string& out, const std::string& name, const std::string& labels, const std::string& value) {
  out += name;
  if (!labels.empty()) out += '{' + labels + '}';
  out += ' ';
  out += value;
  out += '\n';
}

// A histogram's _bucket (cumulative, ending with +Inf), _sum and _count lines.
void histogram(std::string& out, const std::string& name, const std::string& labels, const services::Histogram& h) {
  const std::string sep = labels.empty() ? "" : labels + ",";
  std::uint64_t cumulative = 0;
  for (std::size_t i = 0; i < h.bounds().size(); ++i) {
    cumulative += h.bucket(i);
    sample(out, name + "_bucket", sep + "le=\"" + number(h.bounds()[i]) + "\"", std::to_string(cumulative));
  }
  cumulative += h.bucket(h.bounds().size());
  sample(out, name + "_bucket", sep + "le=\"+Inf\"", std::to_string(cumulative));
  sample(out, name + "_sum", labels, seconds(h.sum_seconds()));
  sample(out, name + "_count", labels, std::to_string(cumulative));
}

bool loopback(const std::string& address) {
  return address.rfind("127.", 0) == 0 || address == "::1" || address.rfind("::ffff:127.", 0) == 0;
}

bool same_token(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

}  // namespace

bool metrics_allowed(const std::string& peer, const std::string& forwarded_for, const std::string& authorization,
                     const std::vector<std::string>& trusted_proxies, const std::string& token) {
  if (!token.empty() && same_token(authorization, "Bearer " + token)) return true;
  if (!loopback(peer)) return false;
  if (forwarded_for.empty()) return true;
  const bool trusted = std::find(trusted_proxies.begin(), trusted_proxies.end(), peer) != trusted_proxies.end();
  return trusted && loopback(real_client(peer, forwarded_for, trusted_proxies));
}

std::string HttpMetrics::render(services::App& app) {
  std::string out;
  out.reserve(64 * 1024);

  family(out, "lindungi_http_requests_total", "counter", "Permintaan HTTP per pola rute, metode dan status.");
  for (const RouteStats& r : routes_) {
    std::string labels = "method=\"" + r.method() + "\",route=\"";
    escape_label(labels, r.route());
    labels += '"';
    for (std::size_t i = 0; i <= RouteStats::kStatuses.size(); ++i) {
      const std::uint64_t n = r.count(i);
      if (n == 0) continue;
      const std::string status = i < RouteStats::kStatuses.size() ? std::to_string(RouteStats::kStatuses[i]) : "lain";
      sample(out, "lindungi_http_requests_total", labels + ",status=\"" + status + "\"", std::to_string(n));
    }
  }
  family(out, "lindungi_http_request_duration_seconds", "histogram",
         "Lama menjawab permintaan HTTP per pola rute (detik).");
  for (const RouteStats& r : routes_) {
    if (r.latency().count() == 0) continue;
    std::string labels = "method=\"" + r.method() + "\",route=\"";
    escape_label(labels, r.route());
    labels += '"';
    histogram(out, "lindungi_http_request_duration_seconds", labels, r.latency());
  }

  const services::DatabaseTelemetry db = services::database_telemetry(app);
  const std::string backend = "backend=\"" + db.backend + "\"";
  auto load = [](const std::atomic<std::uint64_t>& a) { return a.load(std::memory_order_relaxed); };
  family(out, "lindungi_db_writes_total", "counter", "Transaksi tulis database.");
  sample(out, "lindungi_db_writes_total", backend, std::to_string(db.writes));
  family(out, "lindungi_db_write_queue_waits_total", "counter",
         "Transaksi tulis yang harus menunggu tulisan lain dari proses ini selesai.");
  sample(out, "lindungi_db_write_queue_waits_total", backend, std::to_string(db.write_queue_waits));
  family(out, "lindungi_db_write_queue_wait_seconds_total", "counter",
         "Total waktu transaksi tulis menunggu giliran di proses ini (detik).");
  sample(out, "lindungi_db_write_queue_wait_seconds_total", backend,
         seconds(static_cast<double>(db.write_queue_wait_us) / 1e6));
  family(out, "lindungi_db_lock_wait_seconds_total", "counter",
         "Total waktu menunggu kunci tulis database (proses lain, mis. perintah CLI) (detik).");
  sample(out, "lindungi_db_lock_wait_seconds_total", backend, seconds(static_cast<double>(db.lock_wait_us) / 1e6));
  family(out, "lindungi_db_connections_opened_total", "counter",
         "Koneksi database yang dibuka karena kumpulan koneksi (pool) sedang kosong.");
  sample(out, "lindungi_db_connections_opened_total", backend + ",kind=\"reader\"",
         std::to_string(db.reader_connections_opened));
  sample(out, "lindungi_db_connections_opened_total", backend + ",kind=\"writer\"",
         std::to_string(db.writer_connections_opened));

  services::Telemetry& t = app.telemetry();
  family(out, "lindungi_imports_total", "counter", "Berkas impor pekerja yang diproses.");
  sample(out, "lindungi_imports_total", "dry_run=\"false\"", std::to_string(load(t.imports)));
  sample(out, "lindungi_imports_total", "dry_run=\"true\"", std::to_string(load(t.imports_dry_run)));
  family(out, "lindungi_import_rows_total", "counter", "Baris impor per hasil (diterima atau ditolak).");
  sample(out, "lindungi_import_rows_total", "result=\"accepted\"", std::to_string(load(t.import_rows_accepted)));
  sample(out, "lindungi_import_rows_total", "result=\"rejected\"", std::to_string(load(t.import_rows_rejected)));
  family(out, "lindungi_import_duration_seconds", "histogram",
         "Lama satu impor, dari membaca berkas sampai tersimpan.");
  histogram(out, "lindungi_import_duration_seconds", "", t.import_seconds);
  family(out, "lindungi_billing_run_duration_seconds", "histogram", "Lama satu proses penagihan (billing run).");
  histogram(out, "lindungi_billing_run_duration_seconds", "", t.billing_run_seconds);

  // Two reads of the database: live sessions (a small table) on every scrape, the audit chain's
  // length (a count over the whole log) at most once a minute.
  std::int64_t sessions = 0;
  sessions = services::live_sessions(app);
  std::int64_t audit = 0;
  {
    std::lock_guard lock(audit_mutex_);
    const auto now = std::chrono::steady_clock::now();
    if (audit_entries_ < 0 || now - audit_read_ >= std::chrono::minutes(1)) {
      audit_entries_ = services::audit_chain_entries(app);
      audit_read_ = now;
    }
    audit = audit_entries_;
  }
  family(out, "lindungi_sessions_active", "gauge", "Sesi login yang belum berakhir.");
  sample(out, "lindungi_sessions_active", "", std::to_string(sessions));
  family(out, "lindungi_audit_chain_entries", "gauge",
         "Jumlah entri rantai log audit (dibaca paling sering semenit sekali).");
  sample(out, "lindungi_audit_chain_entries", "", std::to_string(audit));
  family(out, "lindungi_start_time_seconds", "gauge", "Waktu server mulai berjalan (detik sejak epoch Unix).");
  sample(out, "lindungi_start_time_seconds", "",
         std::to_string(std::chrono::duration_cast<std::chrono::seconds>(started_.time_since_epoch()).count()));
  return out;
}

}  // namespace lindungi::http
