#include "services/app.hpp"

#include <spdlog/spdlog.h>

#include <map>
#include <set>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

#include "clock/clock.hpp"
#include "core/errors.hpp"
#include "formats/csv_reader.hpp"
#include "services/audit_key.hpp"
#include "services/backup_service.hpp"
#include "services/calendar_service.hpp"
#include "services/otp_secret.hpp"
#include "services/region_service.hpp"
#include "services/rule_book.hpp"
#include "store/accounts_store.hpp"
#include "store/audit_chain.hpp"
#include "store/audit_store.hpp"
#include "store/calendar_store.hpp"
#include "store/page.hpp"
#include "store/programme_rules_store.hpp"
#include "store/registry_store.hpp"

namespace lindungi::embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& reference_data();
const std::vector<std::pair<std::string_view, std::string_view>>& province_reference_data();
}  // namespace lindungi::embedded

namespace lindungi::services {

namespace {

std::string_view embedded_file(const std::vector<std::pair<std::string_view, std::string_view>>& files,
                               std::string_view name) {
  for (const auto& [file, content] : files)
    if (file == name) return content;
  throw std::runtime_error("reference data missing: " + std::string{name});
}

struct CsvColumns {
  const formats::CsvTable& table;
  std::size_t operator()(std::string_view name) const {
    const auto& header = table.records.front().fields;
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return i;
    throw std::runtime_error("reference data: no column " + std::string{name});
  }
};

}  // namespace

std::vector<Region> reference_regions() {
  // Kota Jambi's file carries BPS codes and map label points that the decree's list lacks.
  const auto kota = formats::parse_csv(embedded_file(embedded::reference_data(), "wilayah_kota_jambi.csv"));
  if (kota.records.empty()) throw std::runtime_error("reference data missing");
  const CsvColumns kcol{kota};
  const std::size_t c_kode = kcol("kode"), c_bps = kcol("kode_bps"), c_lat = kcol("label_lat"),
                    c_lng = kcol("label_lng");
  std::map<std::string, const std::vector<std::string>*> details;
  for (std::size_t r = 1; r < kota.records.size(); ++r)
    details[kota.records[r].fields.at(c_kode)] = &kota.records[r].fields;

  // Many areas in one deployment (issue 8 item 3): the whole province, every kab/kota.
  const auto prov =
      formats::parse_csv(embedded_file(embedded::province_reference_data(), "wilayah_provinsi_jambi.csv"));
  if (prov.records.empty()) throw std::runtime_error("reference data missing");
  const CsvColumns pcol{prov};
  const std::size_t p_kode = pcol("kode"), p_nama = pcol("nama");
  std::vector<Region> out;
  out.reserve(prov.records.size());
  for (std::size_t r = 1; r < prov.records.size(); ++r) {
    const auto& f = prov.records[r].fields;
    const auto level = level_of_code(f.at(p_kode));
    if (!level) throw std::runtime_error("reference data: bad code " + f.at(p_kode));
    Region g{f.at(p_kode), f.at(p_nama), *level, "", 0, 0};
    if (const auto it = kabkota_details().find(g.kode); it != kabkota_details().end()) g.kode_bps = it->second.kode_bps;
    if (const auto it = details.find(g.kode); it != details.end()) {
      g.kode_bps = it->second->at(c_bps);
      g.lat = std::stod(it->second->at(c_lat));
      g.lng = std::stod(it->second->at(c_lng));
    }
    out.push_back(std::move(g));
  }
  return out;
}

namespace {

// Many areas in one deployment (issue 8 item 3): a database made when only Kota Jambi was shipped
// gains the province's other kab/kota, kecamatan and desa when it opens. Only missing codes are
// written (what is stored, Kota Jambi included, stays as it is), in one transaction with one
// audit entry; a database already complete writes nothing.
void upgrade_to_province(store::Store& store, std::vector<Region>& regions) {
  // The kab/kota of the detailed file shipped first (data/reference/wilayah_kota_jambi.csv).
  const auto kota = formats::parse_csv(embedded_file(embedded::reference_data(), "wilayah_kota_jambi.csv"));
  const std::string first_shipped = kabkota_of(kota.records.at(1).fields.at(CsvColumns{kota}("kode")));
  bool shipped = false;
  for (const auto& r : regions) shipped = shipped || r.kode == first_shipped;
  if (!shipped) return;  // a deployment of other areas, loaded with `wilayah muat`
  std::set<std::string> stored;
  for (const auto& r : regions) stored.insert(r.kode);
  std::vector<Region> reference = reference_regions();
  bool missing = false;
  for (const auto& r : reference) missing = missing || !stored.contains(r.kode);
  if (!missing) return;
  store.write([&](store::Session& s) {
    std::set<std::string> now;  // again inside the transaction: another process may have done it
    for (const auto& r : s.registry().regions()) now.insert(r.kode);
    std::size_t added = 0;
    for (const auto& r : reference) {
      if (now.contains(r.kode)) continue;
      s.registry().put_region(r);
      ++added;
    }
    if (added > 0)
      s.audit().append(
          {0, "", "sistem", "tambah_wilayah", "wilayah", "15",
           "{\"jumlah\": [" + std::to_string(now.size()) + ", " + std::to_string(now.size() + added) + "]}"});
  });
  store.read([&](store::Session& s) { regions = s.registry().regions(); });
}

}  // namespace

App::App(std::unique_ptr<store::Store> store) : store_(std::move(store)), rules_(&shipped_rules()) {}

App::~App() {
  {
    std::lock_guard lock(folder_mutex_);
    folder_stopping_ = true;
  }
  folder_wake_.notify_all();
  if (folder_.joinable()) folder_.join();
  // What is still queued stays in the queue (durable) and is folded by the next App to open the
  // database; folding here is only so that it is in the chain sooner.
  try {
    store_->fold_audit_queue(true);
  } catch (const std::exception& e) {
    spdlog::warn("Log audit antrean belum digabung ke rantai: {}", e.what());
  }
}

void App::audit_read(const store::AuditEntry& entry) {
  // The writer free (the usual case): the entry goes into the chain at once, after anything still
  // queued, in one ordinary write, as every audit entry did before the queue.
  try {
    if (store_->fold_audit_queue(false, &entry)) return;
  } catch (const std::exception& e) {
    spdlog::warn("Log audit tidak dapat ditulis langsung, dimasukkan ke antrean: {}", e.what());
  }
  // The writer busy (an import's commit): queued, durable before the answer goes out; an error
  // here fails the request, so that no read goes unaudited.
  store_->queue_audit(entry);
  {
    std::lock_guard lock(folder_mutex_);
    folder_pending_ = true;
    if (!folder_.joinable() && !folder_stopping_) folder_ = std::thread([this] { fold_in_background(); });
  }
  folder_wake_.notify_one();
}

void App::fold_in_background() {
  std::unique_lock lock(folder_mutex_);
  while (!folder_stopping_) {
    folder_wake_.wait(lock, [this] { return folder_pending_ || folder_stopping_; });
    if (folder_stopping_) return;
    folder_pending_ = false;
    lock.unlock();
    bool failed = false;
    try {
      store_->fold_audit_queue(true);  // waits for the writer (the import's commit)
    } catch (const std::exception& e) {
      spdlog::warn("Log audit antrean belum digabung ke rantai: {}", e.what());
      failed = true;
    }
    lock.lock();
    if (failed) {  // the entries are safe in the queue: try again in a while
      folder_pending_ = true;
      folder_wake_.wait_for(lock, std::chrono::seconds(5), [this] { return folder_stopping_; });
    }
  }
}

namespace {

// Issue 16 item 5: reads the audit key (creating it on first use) and gives it to the store
// before anything is appended, so that every entry this process writes is keyed.
App::AuditKey open_audit_key(store::Store& store, const std::string& file) {
  auto existing = read_audit_key(file);
  if (!existing) {
    store::Page<store::AuditEntry> last;
    store.read([&](store::Session& s) { last = s.audit().entries("", "", 0, 1); });
    // A chain already keyed cannot go on under a new key: every keyed entry would fail to verify
    // and a rewrite could hide behind the new key. The operator must bring the key back.
    if (!last.items.empty() && store::audit_hash_keyed(last.items.front().hash))
      throw Conflict("kunci_audit_hilang",
                     "Log audit database ini sudah berkunci, tetapi berkas kunci audit " + file +
                         " tidak ada. Pulihkan berkas kunci itu (atau tunjukkan letaknya dengan --kunci-audit); "
                         "tanpa kunci, log audit tidak dapat diperiksa.",
                     "kunci_audit");
    const std::int64_t from_id = last.items.empty() ? 1 : last.items.front().id + 1;
    existing = create_audit_key(file, from_id);
    store.set_audit_key(existing->key);
    // Marks where keyed entries begin in an existing database: entries before it are legacy.
    if (!last.items.empty() && existing->from_id == from_id)
      store.write([&](store::Session& s) {
        s.audit().append({0, "", "sistem", "mulai_kunci_audit", "audit", "",
                          "{\"mulai\": [null, " + std::to_string(from_id) + "]}"});
      });
  }
  store.set_audit_key(existing->key);
  return {existing->key, existing->from_id, file};
}

// Issue 16 item 8: TOTP secrets stored in clear before they were sealed at rest are sealed at the
// first start after the upgrade, all at once, rather than at each account's next login: an account
// whose owner does not log in for months would otherwise keep its secret readable in the database
// (and in every backup) all that time. A read first, so that a normal start writes nothing.
void seal_plain_otp_secrets(store::Store& store, const std::string& key) {
  std::vector<store::OtpRecord> plain;
  store.read([&](store::Session& s) {
    for (const auto& u : s.accounts().users(""))
      if (auto otp = s.accounts().otp_of(u.id); otp && !otp_secret::sealed(otp->rahasia))
        plain.push_back(std::move(*otp));
  });
  if (plain.empty()) return;
  store.write([&](store::Session& s) {
    std::int64_t sealed = 0;
    for (const auto& before : plain) {
      auto otp = s.accounts().otp_of(before.pengguna_id);  // again, inside the write: it may have changed
      if (!otp || otp_secret::sealed(otp->rahasia)) continue;
      otp->rahasia = otp_secret::seal(key, otp->pengguna_id, otp->rahasia);
      s.accounts().put_otp(*otp);
      ++sealed;
    }
    if (sealed > 0)
      s.audit().append({0, "", "sistem", "segel_rahasia_otp", "pengguna", "",
                        "{\"jumlah\": [null, " + std::to_string(sealed) + "]}"});
  });
}

}  // namespace

std::unique_ptr<App> App::open(const std::string& db_location, const std::string& audit_key_file) {
  // Issue 19 item 6: a PostgreSQL database made by an older release is dumped before the store
  // migrates it on open (a SQLite file is copied by the store itself), or not opened at all.
  if (store::is_postgres_location(db_location)) backup_before_pg_migration(db_location, pre_migration_backup_dir());
  std::unique_ptr<App> app(new App(store::open_store(db_location)));
  app->audit_key_ =
      open_audit_key(*app->store_, audit_key_file.empty() ? default_audit_key_file(db_location) : audit_key_file);
  seal_plain_otp_secrets(*app->store_, app->audit_key_.key);
  // Issue 16 item 6: read audits queued before a crash or a stop join the chain before anything
  // else is served (with the key just opened).
  app->store_->fold_audit_queue(true);
  std::vector<Region> regions;
  app->store_->read([&](store::Session& s) { regions = s.registry().regions(); });
  if (regions.empty()) {
    regions = reference_regions();
    app->store_->write([&](store::Session& s) {
      if (!s.registry().regions().empty()) return;  // another process loaded them first
      for (const auto& r : regions) s.registry().put_region(r);
      s.audit().append({0, "", "sistem", "muat_wilayah", "wilayah", "15",
                        "{\"jumlah\": [null, " + std::to_string(regions.size()) + "]}"});
    });
    app->store_->read([&](store::Session& s) { regions = s.registry().regions(); });
  } else {
    upgrade_to_province(*app->store_, regions);
  }
  for (auto& r : regions) app->regions_.add(std::move(r));
  // Holidays as data (issue 15): the shipped years a database does not have yet.
  load_shipped_holidays(*app->store_);
  app->reload_calendar();
  // Claims (issue 5): uploaded documents live next to the database, never inside it. A database
  // server has no folder of its own (and its URL may hold a password): there the default is
  // var/berkas under the working directory, and a deployment passes `serve --files`.
  if (db_location.rfind("postgresql://", 0) == 0 || db_location.rfind("postgres://", 0) == 0) {
    app->files_dir_ = "var/berkas";
  } else {
    std::string path = db_location.rfind("sqlite:", 0) == 0 ? db_location.substr(7) : db_location;
    const auto slash = path.rfind('/');
    app->files_dir_ = (slash == std::string::npos ? std::string{} : path.substr(0, slash + 1)) + "berkas";
  }
  return app;
}

Date App::today() const { return clock::today(); }

void App::set_today_for_tests(Date d) { clock::set_today(d); }

std::optional<Date> App::fixed_today() const { return clock::fixed_today(); }

std::shared_ptr<const WorkCalendar> App::calendar() const {
  std::lock_guard lock(calendar_mutex_);
  return calendar_;
}

void App::reload_calendar() {
  std::vector<Holiday> holidays;
  store_->read_current([&](store::Session& s) {
    for (auto& r : s.calendar().holidays(std::nullopt)) holidays.push_back(std::move(r.holiday));
  });
  auto fresh = std::make_shared<const WorkCalendar>(std::move(holidays));
  std::lock_guard lock(calendar_mutex_);
  calendar_ = std::move(fresh);
  calendar_read_ = std::chrono::steady_clock::now();
}

void App::refresh_calendar_if_stale() {
  // A minute: holidays change a few times a year, and another process's change must still arrive.
  constexpr auto kKeep = std::chrono::minutes(1);
  {
    std::lock_guard lock(calendar_mutex_);
    if (std::chrono::steady_clock::now() - calendar_read_ < kKeep) return;
    calendar_read_ = std::chrono::steady_clock::now();  // one request reloads, the others go on
  }
  reload_calendar();
}

ValidationContext App::validation_context(store::Session& session) const {
  ValidationContext ctx;
  ctx.today = today();
  ctx.regions = &regions_;
  ctx.programme = rules_->programme_at(ctx.today);
  // Each worker is checked against his own kab/kota's rules (issue 22 item 4).
  ctx.programme_of = [table = std::make_shared<const ProgrammeRuleTable>(programme_rule_table(session)),
                      today = ctx.today](std::string_view kode) { return table->at(kode, today).programme(); };
  ctx.rt_exists = [&session](std::string_view kode, int nomor) { return session.registry().rt_exists(kode, nomor); };
  return ctx;
}

ProgrammeRuleTable App::programme_rule_table(store::Session& session) const {
  ProgrammeRuleTable table;
  table.book = rules_;
  for (auto& r : session.programme_rules().rule_sets("")) table.rows.push_back(std::move(r.rules));
  return table;
}

ProgrammeRuleSet App::programme_rules(store::Session& session, std::string_view kode, const Date& on) const {
  ProgrammeRuleTable table;
  table.book = rules_;
  for (auto& r : session.programme_rules().rule_sets(kabkota_of(kode))) table.rows.push_back(std::move(r.rules));
  return table.at(kode, on);
}

ProgrammeRuleSet App::programme_rules(std::string_view kode, const Date& on) {
  ProgrammeRuleSet out;
  // One statement: read_current is enough.
  store_->read_current([&](store::Session& s) { out = programme_rules(s, kode, on); });
  return out;
}

}  // namespace lindungi::services
