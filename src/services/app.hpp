#pragma once
// The application: one store, the regions it serves, the rule book and the clock. Services take
// an App and an Actor; HTTP handlers and CLI commands only parse, call a service and render.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "core/calendar.hpp"
#include "core/date.hpp"
#include "core/programme_rules.hpp"
#include "core/region.hpp"
#include "core/rules.hpp"
#include "core/worker.hpp"
#include "services/login_throttle.hpp"
#include "services/session_cache.hpp"
#include "services/telemetry.hpp"
#include "store/store.hpp"

namespace lindungi::services {

class App {
 public:
  // Opens (creating and migrating if needed) the database and loads the shipped reference
  // regions into it when it has none.
  // `audit_key_file`: where the audit key is kept (issue 16 item 5); empty means the
  // LINDUNGI_AUDIT_KEY_FILE environment variable, else `<database file>.kunci-audit` (SQLite) or
  // var/kunci-audit (PostgreSQL). It is created (0600) on first use; a database whose chain is
  // already keyed refuses to open without it.
  static std::unique_ptr<App> open(const std::string& db_location, const std::string& audit_key_file = "");

  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  // Services only: http and cli reach the database through services (docs/ARCHITECTURE.md
  // "Direction of dependencies"; tests/architecture/layers_test.py fails on a call from them).
  store::Store& store() { return *store_; }
  // The backend's name ("sqlite", "postgresql"), for the health answer and the server's banner.
  std::string database_backend() const { return store_->backend(); }

  // Issue 16 item 6: audits a read (a full-NIK lookup, a document download, a dry run) without
  // waiting for the database's writer, which an import may hold for seconds. When the writer is
  // free the entry goes into the chain at once (after any queued ones); when it is busy the entry
  // is made durable in the audit queue (Store::queue_audit) and a background thread folds it in as
  // soon as the writer is free. Either way it is durable when this returns. Queued entries are
  // also folded when an App opens the database and before the audit log is listed, verified or
  // backed up. Never from inside a store transaction (it may take the writer).
  void audit_read(const store::AuditEntry& entry);
  // Folds every pending entry now, waiting for the writer (Store::fold_audit_queue).
  void fold_audit_queue() { store_->fold_audit_queue(true); }

  const RegionTree& regions() const { return regions_; }
  const RuleBook& rules() const { return *rules_; }
  // Today's date in Kota Jambi (WIB, UTC+7) from the program's one clock (src/clock; issue 15):
  // LINDUNGI_TODAY or a test may fix it, for the whole process.
  Date today() const;
  void set_today_for_tests(Date d);
  // The fixed date (LINDUNGI_TODAY), shown in the health answer and the web app's header so that
  // nobody mistakes a training or test server for the real one.
  std::optional<Date> fixed_today() const;

  // The working-day calendar (issue 15): the holidays in the database, read when the App opens and
  // again after every change made through it (calendar_changed, called after the change commits).
  // Never reads the store itself, so it is safe inside a transaction.
  std::shared_ptr<const WorkCalendar> calendar() const;
  void calendar_changed() { reload_calendar(); }
  // A change made by another process (the CLI beside a running server) is seen within a minute:
  // the server calls this before each request, outside any transaction.
  void refresh_calendar_if_stale();

  // Shared by every request: failed logins per user name and per client.
  LoginThrottle& login_throttle() { return throttle_; }
  // The public protection check (issue 20 item 1): wrong pairs per client and per NIK.
  LoginThrottle& cek_throttle() { return cek_throttle_; }
  SessionCache& session_cache() { return sessions_; }
  // Counters of imports and billing runs for GET /metrics (issue 19 item 4).
  Telemetry& telemetry() { return telemetry_; }

  // Claims (issue 5): where claim documents are stored, outside the database (default: "berkas"
  // next to the database file).
  const std::string& files_dir() const { return files_dir_; }
  void set_files_dir(std::string dir) { files_dir_ = std::move(dir); }

  // The audit key (issue 16 item 5): the HMAC key, the first entry id that must be keyed (entries
  // before it are legacy, from before the database had a key) and the file it was read from.
  struct AuditKey {
    std::string key;
    std::int64_t from_id = 1;
    std::string file;
  };
  const AuditKey& audit_key() const { return audit_key_; }

  // What validate_worker needs, with RT existence checked inside `session`'s transaction, and the
  // age limits and income ceiling of each worker's kab/kota on today's date.
  ValidationContext validation_context(store::Session& session) const;

  // The programme's rules per kab/kota (issue 22 item 4): the rules in force on `on` in the
  // kab/kota `kode` lies in (any region or RT code): its own row, else the shipped book's
  // (bawaan). Income ceiling, age limits, RT fund and funders' priority are read here; the
  // national BPJS rules (premiums, benefits) stay rules(). Inside a transaction pass its session;
  // the overload without one opens a read of its own (never call it inside a transaction).
  ProgrammeRuleSet programme_rules(store::Session& session, std::string_view kode, const Date& on) const;
  ProgrammeRuleSet programme_rules(std::string_view kode, const Date& on);
  // Every kab/kota's rows as `session` sees them, for many look-ups (an import, a report).
  ProgrammeRuleTable programme_rule_table(store::Session& session) const;

  // Member cards (issue 4 item 5): the public base URL their QR codes open ("https://lindungi.
  // jambikota.go.id"); `serve` sets it from --public-url or its own address.
  const std::string& public_url() const { return public_url_; }
  void set_public_url(std::string url) { public_url_ = std::move(url); }

 private:
  explicit App(std::unique_ptr<store::Store> store);
  std::unique_ptr<store::Store> store_;
  RegionTree regions_;
  const RuleBook* rules_;
  void reload_calendar();
  mutable std::mutex calendar_mutex_;
  std::shared_ptr<const WorkCalendar> calendar_;
  std::chrono::steady_clock::time_point calendar_read_{};
  LoginThrottle throttle_;
  LoginThrottle cek_throttle_{cek_throttle_policies(), std::chrono::minutes(60)};
  SessionCache sessions_;
  Telemetry telemetry_;
  std::string files_dir_;  // claims (issue 5)
  AuditKey audit_key_;
  std::string public_url_ = "http://127.0.0.1:8080";  // member cards
  // The background folder of audit_read, started on the first entry it could not fold at once.
  void fold_in_background();
  std::mutex folder_mutex_;
  std::condition_variable folder_wake_;
  bool folder_pending_ = false;
  bool folder_stopping_ = false;
  std::thread folder_;
};

// The regions shipped in data/reference (Kota Jambi: 11 kecamatan, 68 kelurahan, with the
// province and city above them), parsed from the embedded CSV.
std::vector<Region> reference_regions();

}  // namespace lindungi::services
