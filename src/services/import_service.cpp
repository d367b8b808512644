#include "services/import_service.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "core/dedup.hpp"
#include "core/errors.hpp"
#include "core/money.hpp"
#include "core/verification.hpp"
#include "formats/record_json.hpp"
#include "services/dedup_service.hpp"
#include "services/import_analyzer.hpp"
#include "services/worker_changes.hpp"
#include "store/audit_store.hpp"
#include "store/intake_store.hpp"
#include "store/page.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services {

using namespace import_detail;

namespace {

// The hand-over between the reading thread and the writer, bounded so memory stays flat.
class PlannedQueue {
 public:
  struct Cancelled {};

  void push(Planned&& p) {
    std::unique_lock lock(m_);
    not_full_.wait(lock, [&] { return items_.size() < kCapacity || cancelled_; });
    if (cancelled_) throw Cancelled{};
    items_.push_back(std::move(p));
    not_empty_.notify_one();
  }
  // False when the producer is done and everything was taken.
  bool pop(Planned& out) {
    std::unique_lock lock(m_);
    not_empty_.wait(lock, [&] { return !items_.empty() || done_; });
    if (items_.empty()) return false;
    out = std::move(items_.front());
    items_.pop_front();
    not_full_.notify_one();
    return true;
  }
  void finish() {
    std::lock_guard lock(m_);
    done_ = true;
    not_empty_.notify_all();
  }
  void cancel() {
    std::lock_guard lock(m_);
    cancelled_ = true;
    not_full_.notify_all();
  }

 private:
  static constexpr std::size_t kCapacity = 4096;
  std::mutex m_;
  std::condition_variable not_full_, not_empty_;
  std::deque<Planned> items_;
  bool done_ = false, cancelled_ = false;
};

std::string summary(const ImportResult& r) {
  auto n = [](std::int64_t v) { return format_thousands(v); };
  std::string counts = n(r.created) + " baru, " + n(r.updated) + " diperbarui, " + n(r.unchanged) + " tidak berubah, " +
                       n(r.rejected) + " ditolak dari " + n(r.rows) + " baris";
  if (r.duplicates) counts += "; " + n(r.duplicates) + " baris dengan dugaan duplikat";
  if (r.pending_changes)
    counts += "; " + n(r.pending_changes) +
              " perubahan data penting pekerja terverifikasi (nama, tanggal lahir, wilayah, penghasilan, ahli waris) " +
              (r.dry_run ? "akan menunggu" : "menunggu") + " persetujuan orang kedua";
  if (r.flagged)
    counts += "; " + n(r.flagged) +
              " baris diterima dengan peringatan NIK (tanggal lahir, jenis kelamin atau wilayah tidak sesuai NIK), "
              "bukan baris yang benar: diperiksa lagi saat verifikasi";
  if (r.dry_run) return "Uji coba, belum ada yang disimpan: " + counts + ".";
  if (!r.saved) return "Tidak ada data yang disimpan: " + counts + ".";
  return "Disimpan (impor #" + std::to_string(r.import_id) + "): " + counts + ".";
}

// Phase two, in the write transaction: the import record, then each planned row as the analysis
// hands it over (a thread of its own reads and checks the next rows meanwhile), then the
// suspected pairs, the row problems and the import's audit entry. One transaction: a failure or a
// crash anywhere leaves the registry as it was.
void commit(App& app, const Actor& actor, formats::TableReader& reader, const ImportOptions& opt, std::size_t size,
            ImportResult& r, store::Session& s) {
  store::ImportRecord rec;
  rec.pelaku = actor.username;
  rec.wilayah = actor.area;
  rec.nama_berkas = opt.file_name;
  rec.format = std::string{reader.format()};
  rec.ukuran = static_cast<std::int64_t>(size);
  r.import_id = s.intake().insert_import(rec);
  const std::string source = "impor:" + std::to_string(r.import_id);

  PlannedQueue queue;
  Analyzer analyzer(app, actor, reader, opt, r);
  std::exception_ptr reading_error;
  std::thread reading([&] {
    try {
      app.store().read([&](store::Session& rs) {
        analyzer.run([&rs](const auto& work) { work(rs); }, [&](Planned&& p) { queue.push(std::move(p)); });
      });
    } catch (const PlannedQueue::Cancelled&) {
    } catch (...) {
      reading_error = std::current_exception();
    }
    queue.finish();
  });

  const auto started = Clock::now();
  std::vector<std::int64_t> ids;  // worker id per decision index, for the suspected pairs
  std::size_t written = 0;
  std::vector<std::pair<std::size_t, std::int64_t>> proposals;  // decision index, pending change id
  // A batch larger than the registry (a first load) rebuilds the worker indexes once at the end.
  const std::size_t expected = reader.estimated_rows();
  const bool bulk_load =
      expected > opt.bulk_load_above && static_cast<std::int64_t>(expected) > s.registry().count_workers();
  if (bulk_load) s.intake().begin_bulk_load();
  // New workers are written in blocks (one COPY on PostgreSQL), their audit entries after them
  // in the same order as one at a time; a block is written before any update, so the audit
  // chain's order is the file's.
  std::vector<Planned> creates;
  std::vector<Worker> block;
  auto done = [&](const Planned& p) {
    if (ids.size() <= p.decision) ids.resize(p.decision + 1, 0);
    ids[p.decision] = p.record.id;
    ++written;
    if (opt.on_progress && opt.progress_every && written % opt.progress_every == 0) opt.on_progress(written);
  };
  auto write_creates = [&] {
    if (creates.empty()) return;
    block.clear();
    for (Planned& p : creates) block.push_back(std::move(p.record));
    s.registry().insert_new_workers(block);
    for (std::size_t i = 0; i < creates.size(); ++i) {
      Planned& p = creates[i];
      p.record = std::move(block[i]);
      // The area given here, not looked up: a lookup per row would flush PostgreSQL's COPY buffer.
      s.audit().append({0, "", actor.username, "buat", "pekerja", std::to_string(p.record.id),
                        formats::worker_creation_changes(p.record, source), "", "", p.record.kode_rt()});
      done(p);
    }
    creates.clear();
  };
  try {
    Planned p;
    bool bulk = bulk_load;
    while (queue.pop(p)) {
      if (!bulk && written + creates.size() >= 1000) {
        s.intake().prepare_bulk_write();
        bulk = true;
      }
      if (p.action == RowAction::create) {
        p.record.recorded_by = actor.username;
        p.record.persetujuan = true;  // declared by the uploader (the template's Petunjuk sheet says so)
        creates.push_back(std::move(p));
        if (creates.size() >= 1000) write_creates();
      } else {
        write_creates();
        if (p.action == RowAction::update) {
          auto changes = formats::worker_changes(&*p.before, p.record);
          changes["impor"] = nlohmann::json::array({nullptr, source});
          save_worker(s, p.record);
          s.audit().append({0, "", actor.username, "ubah", "pekerja", std::to_string(p.record.id), changes.dump(), "",
                            "", p.record.kode_rt()});
          done(p);
        }
        if (p.proposal) {
          // Against the record as it now is (its version after the direct part), like a form edit.
          const Worker& current = p.action == RowAction::update ? p.record : *p.before;
          const auto change = propose_change(s, actor, current, *p.proposal, source);
          proposals.emplace_back(p.decision, change.id);
        }
      }
    }
    write_creates();
  } catch (...) {
    queue.cancel();
    reading.join();
    throw;
  }
  reading.join();
  if (reading_error) std::rethrow_exception(reading_error);
  if (bulk_load) s.intake().end_bulk_load();
  if (written != static_cast<std::size_t>(r.created + r.updated) ||
      proposals.size() != static_cast<std::size_t>(r.pending_changes))
    throw std::logic_error("import: wrote " + std::to_string(written) + " rows and " +
                           std::to_string(proposals.size()) + " pending changes, planned " +
                           std::to_string(r.created + r.updated) + " and " + std::to_string(r.pending_changes));
  ids.resize(analyzer.decision_rows().size(), 0);

  for (const PendingPair& pair : analyzer.pairs()) {
    const std::int64_t a = ids[pair.decision];
    const std::int64_t b = pair.registry_id ? pair.registry_id : ids[pair.partner_decision];
    if (a && b && a != b) add_candidate(s, a, b, pair.match, source);
  }
  std::vector<store::ImportIssue> issues = r.errors;
  issues.insert(issues.end(), r.warnings.begin(), r.warnings.end());
  s.intake().add_import_issues(r.import_id, issues);
  rec.rows = r.rows;
  rec.created = r.created;
  rec.updated = r.updated;
  rec.unchanged = r.unchanged;
  rec.rejected = r.rejected;
  rec.duplicates = r.duplicates;
  rec.warnings = static_cast<std::int64_t>(r.warnings.size());
  s.intake().update_import_counts(rec);
  s.audit().append({0, "", actor.username, "impor", "impor", std::to_string(r.import_id),
                    nlohmann::json{{"nama_berkas", {nullptr, opt.file_name}},
                                   {"baris", {nullptr, r.rows}},
                                   {"dibuat", {nullptr, r.created}},
                                   {"diperbarui", {nullptr, r.updated}},
                                   {"tetap", {nullptr, r.unchanged}},
                                   {"ditolak", {nullptr, r.rejected}},
                                   {"duplikat", {nullptr, r.duplicates}},
                                   {"peringatan_nik", {nullptr, r.flagged}},
                                   {"menunggu_persetujuan", {nullptr, r.pending_changes}}}
                        .dump()});
  if (r.items.size() == ids.size()) {
    for (std::size_t i = 0; i < ids.size(); ++i)
      if (r.items[i].action == RowAction::create) r.items[i].worker_id = ids[i];
    for (const auto& [decision, change] : proposals) r.items[decision].pending_change_id = change;
  }
  r.saved = written > 0 || !proposals.empty();
  r.write_ms = ms_since(started);
}

}  // namespace

ImportResult ImportService::run(const Actor& actor, std::string bytes, const ImportOptions& opt) {
  if (!actor.can(Permission::record_workers))
    throw Forbidden("tidak_berwenang", "Peran Anda tidak berwenang mengimpor data pekerja");
  const std::size_t size = bytes.size();
  const auto started = std::chrono::steady_clock::now();  // GET /metrics: the import's duration
  auto reader = formats::open_table(std::move(bytes), opt.file_name, opt.limits);
  ImportResult r;
  auto fresh = [&] {
    r = ImportResult{};
    r.dry_run = opt.dry_run;
    r.file_name = opt.file_name;
    r.format = std::string{reader->format()};
  };
  if (opt.dry_run) {
    fresh();
    Analyzer(app_, actor, *reader, opt, r).run([&](const auto& work) { app_.store().read(work); }, [](Planned&&) {});
    // Dry runs are audited too (issue 16 item 3): they answer questions about NIKs. Filed under
    // the uploader's area; nothing else is written, so it does not wait for the writer (issue 16
    // item 6).
    app_.audit_read({0, "", actor.username, "uji_impor", "impor", "",
                     nlohmann::json{{"nama_berkas", {nullptr, opt.file_name}},
                                    {"baris", {nullptr, r.rows}},
                                    {"akan_dibuat", {nullptr, r.created}},
                                    {"akan_diubah", {nullptr, r.updated}},
                                    {"ditolak", {nullptr, r.rejected}},
                                    {"peringatan_nik", {nullptr, r.flagged}},
                                    {"akan_menunggu_persetujuan", {nullptr, r.pending_changes}}}
                         .dump(),
                     "", "", actor.area});
  } else {
    app_.store().write([&](store::Session& s) {
      fresh();
      commit(app_, actor, *reader, opt, size, r, s);
    });
  }
  r.message = summary(r);
  // GET /metrics (issue 19 item 4): counts only, never what the rows hold.
  Telemetry& t = app_.telemetry();
  (opt.dry_run ? t.imports_dry_run : t.imports).fetch_add(1, std::memory_order_relaxed);
  t.import_rows_accepted.fetch_add(static_cast<std::uint64_t>(r.accepted), std::memory_order_relaxed);
  t.import_rows_rejected.fetch_add(static_cast<std::uint64_t>(r.rejected), std::memory_order_relaxed);
  t.import_seconds.observe_since(started);
  return r;
}

store::Page<store::ImportRecord> ImportService::history(const Actor& actor, int offset, int limit) {
  if (!may_view_intake(actor)) throw Forbidden("tidak_berwenang", "Peran Anda tidak berwenang melihat riwayat impor");
  if (limit < 1 || limit > 500) throw BadRequest("batas_tidak_valid", "Jumlah per halaman harus 1-500", "limit");
  store::Page<store::ImportRecord> page;
  app_.store().read([&](store::Session& s) { page = s.intake().imports(actor.area, offset, limit); });
  return page;
}

store::ImportRecord ImportService::get(const Actor& actor, std::int64_t id) {
  if (!may_view_intake(actor)) throw Forbidden("tidak_berwenang", "Peran Anda tidak berwenang melihat riwayat impor");
  std::optional<store::ImportRecord> rec;
  app_.store().read([&](store::Session& s) { rec = s.intake().import_record(id); });
  // An import made above the actor's area (by the city) or elsewhere is not disclosed.
  if (!rec || !code_within(rec->wilayah, actor.area))
    throw NotFound("impor_tidak_ada", "Impor #" + std::to_string(id) + " tidak ditemukan");
  return *rec;
}

std::vector<store::ImportIssue> ImportService::issues(const Actor& actor, std::int64_t id) {
  get(actor, id);
  std::vector<store::ImportIssue> out;
  app_.store().read([&](store::Session& s) { out = s.intake().import_issues(id); });
  return out;
}

const std::vector<std::string>& issue_header() {
  static const std::vector<std::string> h = {"baris", "kolom", "tingkat", "kode", "pesan"};
  return h;
}

std::vector<std::vector<std::string>> issue_rows(const std::vector<store::ImportIssue>& issues) {
  std::vector<std::vector<std::string>> rows;
  rows.reserve(issues.size());
  for (const auto& i : issues)
    rows.push_back({std::to_string(i.row), i.column, i.warning ? "peringatan" : "galat", i.code, i.message});
  return rows;
}

}  // namespace lindungi::services
