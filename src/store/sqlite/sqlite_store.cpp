#include "store/sqlite/sqlite_store.hpp"

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/SQLiteCpp.h>
#include <sodium.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

#include "core/errors.hpp"
#include "store/audit_store.hpp"
#include "store/billing_store.hpp"
#include "store/idempotency_store.hpp"
#include "store/intake_store.hpp"
#include "store/records/session.hpp"
#include "store/sqlite/sqlite_billing.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "store/sqlite/sqlite_intake.hpp"
#include "store/sqlite/sqlite_migrations.hpp"
#include "store/sqlite/sqlite_row.hpp"

namespace lindungi::store {

using sqlite::Connection;
using sqlite::now_utc;
using sqlite::ResetOnExit;

namespace {

// Every aggregate is records::SessionBase's; SQLite makes only intake and billing its own way.
class SqliteSession final : public records::SessionBase {
 public:
  SqliteSession(Connection& c, std::string_view audit_key) : SessionBase(audit_key), c_(c) {}

 protected:
  std::unique_ptr<rows::Db> new_rows() override { return sqlite::row_db(c_); }
  std::unique_ptr<IntakeSession> make_intake() override { return make_sqlite_intake(c_); }
  std::unique_ptr<BillingSession> make_billing() override { return make_sqlite_billing(c_); }

 private:
  Connection& c_;
};

// Every table's rows, in one read transaction (one snapshot).
std::map<std::string, std::int64_t> count_tables(SQLite::Database& db) {
  std::map<std::string, std::int64_t> counts;
  SQLite::Transaction snapshot(db, SQLite::TransactionBehavior::DEFERRED);
  SQLite::Statement tables(db,
                           "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "ORDER BY name");
  while (tables.executeStep()) {
    const std::string name = tables.getColumn(0).getString();
    SQLite::Statement count(db, "SELECT count(*) FROM \"" + name + "\"");
    count.executeStep();
    counts[name] = count.getColumn(0).getInt64();
  }
  return counts;  // the transaction rolls back: it only read
}

// Issue 16 item 6: the audit queue, a database of its own next to the main file (<db>.antrian-audit)
// with its own writer lock, so that a read's audit entry is made durable while an import holds the
// main database's writer. WAL with synchronous = NORMAL, as the main database: a commit survives a
// crash of the process (what tests/reliability/crash_test.py does), and like every other write here
// the last ones may be lost if the machine itself loses power. FULL would cost an fsync per entry
// (0.6 ms on the bench machine), one at a time under the queue's lock, on every lookup during an
// import. The fold's own commit is FULL (below): the queue forgets entries only once they are on disk.
// Its random identity keys how far it has been folded (audit_antrian_lipat in the main database):
// a queue file created anew, whose ids restart at 1, is never taken as folded.
class AuditQueueFile {
 public:
  explicit AuditQueueFile(const std::string& path) : db_(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE) {
    db_.exec("PRAGMA busy_timeout = 10000");
    db_.exec("PRAGMA journal_mode = WAL");
    db_.exec("PRAGMA synchronous = NORMAL");
    SQLite::Transaction tx(db_, SQLite::TransactionBehavior::IMMEDIATE);  // one identity, also across processes
    db_.exec("CREATE TABLE IF NOT EXISTS identitas (id TEXT NOT NULL)");
    db_.exec(
        "CREATE TABLE IF NOT EXISTS antrian (id INTEGER PRIMARY KEY AUTOINCREMENT, waktu TEXT NOT NULL, "
        "pelaku TEXT NOT NULL, aksi TEXT NOT NULL, entitas TEXT NOT NULL, entitas_id TEXT NOT NULL, "
        "perubahan TEXT NOT NULL, wilayah TEXT NOT NULL)");
    SQLite::Statement id(db_, "SELECT id FROM identitas LIMIT 1");
    if (id.executeStep()) {
      identity_ = id.getColumn(0).getString();
    } else {
      static const int sodium_ready = sodium_init();
      (void)sodium_ready;
      unsigned char bytes[16];
      randombytes_buf(bytes, sizeof bytes);
      char hex[33];
      sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
      identity_ = hex;
      SQLite::Statement put(db_, "INSERT INTO identitas (id) VALUES (?)");
      put.bind(1, identity_);
      put.exec();
    }
    id.reset();
    tx.commit();
  }

  const std::string& identity() const { return identity_; }

  void push(const AuditEntry& e) {
    std::lock_guard lock(mutex_);
    SQLite::Statement s(db_,
                        "INSERT INTO antrian (waktu, pelaku, aksi, entitas, entitas_id, perubahan, wilayah) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, e.waktu);
    s.bind(2, e.pelaku);
    s.bind(3, e.aksi);
    s.bind(4, e.entitas);
    s.bind(5, e.entitas_id);
    s.bind(6, e.perubahan);
    s.bind(7, e.wilayah);
    s.exec();
  }

  bool empty() {
    std::lock_guard lock(mutex_);
    SQLite::Statement s(db_, "SELECT 1 FROM antrian LIMIT 1");
    return !s.executeStep();
  }

  // The entries after `done`, in the order they were queued, with their queue ids.
  std::vector<std::pair<std::int64_t, AuditEntry>> after(std::int64_t done) {
    std::lock_guard lock(mutex_);
    std::vector<std::pair<std::int64_t, AuditEntry>> out;
    SQLite::Statement s(
        db_,
        "SELECT id, waktu, pelaku, aksi, entitas, entitas_id, perubahan, wilayah FROM antrian WHERE id > ? "
        "ORDER BY id");
    s.bind(1, done);
    while (s.executeStep()) {
      AuditEntry e;
      e.waktu = s.getColumn(1).getString();
      e.pelaku = s.getColumn(2).getString();
      e.aksi = s.getColumn(3).getString();
      e.entitas = s.getColumn(4).getString();
      e.entitas_id = s.getColumn(5).getString();
      e.perubahan = s.getColumn(6).getString();
      e.wilayah = s.getColumn(7).getString();
      out.emplace_back(s.getColumn(0).getInt64(), std::move(e));
    }
    return out;
  }

  // Forgets the entries folded (after the fold's commit is on disk).
  void forget_up_to(std::int64_t done) {
    std::lock_guard lock(mutex_);
    SQLite::Statement s(db_, "DELETE FROM antrian WHERE id <= ?");
    s.bind(1, done);
    s.exec();
  }

 private:
  std::mutex mutex_;
  SQLite::Database db_;
  std::string identity_;
};

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(std::string path) : path_(std::move(path)) {
    auto c = std::make_unique<Connection>(path_);
    backup_before_migration(c->db(), path_);
    apply_sqlite_migrations(c->db());
    writers_.push_back(std::move(c));
  }

  void queue_audit(const AuditEntry& entry) override {
    AuditEntry e = entry;
    if (e.waktu.empty()) e.waktu = now_utc();
    queue(true)->push(e);
  }

  bool fold_audit_queue(bool wait, const AuditEntry* also) override {
    std::unique_lock<std::mutex> lock(write_mutex_, std::defer_lock);
    if (wait)
      lock.lock();
    else if (!lock.try_lock())
      return false;
    AuditQueueFile* q = queue(false);
    const bool queued = q && !q->empty();
    if (!queued && !also) return true;
    stats_.writes.fetch_add(1, std::memory_order_relaxed);
    auto c = acquire(false);
    // A fold's commit is synced before the queue forgets the entries: with NORMAL a power cut
    // could undo the commit after the queue's clean-up reached the disk. Without `wait`, a writer
    // of another process makes BEGIN IMMEDIATE fail at once instead of after busy_timeout. An
    // entry alone (nothing queued) commits like any write.
    if (queued) c->db().exec("PRAGMA synchronous = FULL");
    if (!wait) c->db().exec("PRAGMA busy_timeout = 0");
    auto restore = [&] {
      if (queued) c->db().exec("PRAGMA synchronous = NORMAL");
      if (!wait) c->db().exec("PRAGMA busy_timeout = 10000");
    };
    try {
      c->prepare("BEGIN IMMEDIATE").exec();
    } catch (const SQLite::Exception& e) {
      restore();
      release(std::move(c), false);
      if (!wait && (e.getErrorCode() & 0xff) == SQLITE_BUSY) return false;
      throw;
    }
    std::int64_t done = 0;
    try {
      SqliteSession session(*c, audit_key_);
      if (queued) {
        {
          auto& m = c->prepare("SELECT sampai FROM audit_antrian_lipat WHERE antrian = ?");
          ResetOnExit r{m};
          m.bind(1, q->identity());
          if (m.executeStep()) done = m.getColumn(0).getInt64();
        }
        const auto pending = q->after(done);
        if (!pending.empty()) {
          for (const auto& [id, e] : pending) session.audit().append(e);
          done = pending.back().first;
          auto& m = c->prepare(
              "INSERT INTO audit_antrian_lipat (antrian, sampai) VALUES (?, ?) "
              "ON CONFLICT (antrian) DO UPDATE SET sampai = excluded.sampai");
          ResetOnExit r{m};
          m.bind(1, q->identity());
          m.bind(2, done);
          m.exec();
        }
      }
      if (also) session.audit().append(*also);
      c->prepare("COMMIT").exec();
    } catch (...) {
      try {
        c->prepare("ROLLBACK").exec();
        restore();
        release(std::move(c), false);
      } catch (...) {
        // The connection is in an unknown state: it is dropped, not returned to the pool.
      }
      throw;
    }
    restore();
    release(std::move(c), false);
    if (queued) q->forget_up_to(done);
    return true;
  }

  void read(const std::function<void(Session&)>& work) override { run(work, "BEGIN", true); }

  void write(const std::function<void(Session&)>& work) override {
    // SQLite allows one writer; queueing here avoids busy retries inside the database.
    std::unique_lock<std::mutex> lock(write_mutex_, std::try_to_lock);
    if (!lock.owns_lock()) {  // another write of this process is running: counted (GET /metrics)
      const auto start = std::chrono::steady_clock::now();
      lock.lock();
      stats_.write_queue_waits.fetch_add(1, std::memory_order_relaxed);
      stats_.write_queue_wait_us.fetch_add(StoreStats::micros_since(start), std::memory_order_relaxed);
    }
    stats_.writes.fetch_add(1, std::memory_order_relaxed);
    run(
        [&](Session& session) {
          claim_idempotency_key(session);  // the request's key commits with this write or not at all
          work(session);
        },
        "BEGIN IMMEDIATE", false);
    idempotency_write_committed();
  }

  std::string backend() const override { return "sqlite"; }

  std::map<std::string, std::int64_t> table_counts() override {
    auto c = acquire(true);
    auto counts = count_tables(c->db());
    release(std::move(c), true);
    return counts;
  }

  void backup_to(const std::string& path) override {
    auto c = acquire(true);
    SQLite::Database target(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    // The online backup API copies a consistent snapshot while readers and writers go on.
    {
      SQLite::Backup backup(target, c->db());
      backup.executeStep(-1);
    }
    release(std::move(c), true);
    // The copy is one self-contained file (issue 19 item 5): its checksum is the whole database.
    target.exec("PRAGMA journal_mode = DELETE");
  }

 private:
  // Readers and writers keep separate connections: a reader's is query_only for its life, so a
  // write slipped into read() fails instead of being committed with the read (as PostgreSQL's
  // default_transaction_read_only readers do).
  std::unique_ptr<Connection> acquire(bool reader) {
    {
      std::lock_guard<std::mutex> lock(pool_mutex_);
      auto& idle = reader ? readers_ : writers_;
      if (!idle.empty()) {
        auto c = std::move(idle.back());
        idle.pop_back();
        return c;
      }
    }
    auto c = std::make_unique<Connection>(path_);
    if (reader) c->db().exec("PRAGMA query_only = ON");
    (reader ? stats_.reader_connections_opened : stats_.writer_connections_opened)
        .fetch_add(1, std::memory_order_relaxed);
    return c;
  }

  void release(std::unique_ptr<Connection> c, bool reader) {
    std::lock_guard<std::mutex> lock(pool_mutex_);
    auto& idle = reader ? readers_ : writers_;
    if (idle.size() < 16) idle.push_back(std::move(c));
  }

  void run(const std::function<void(Session&)>& work, const char* begin, bool reader) {
    auto c = acquire(reader);
    // Cached statements: parsing BEGIN/COMMIT on every request costs more than a lookup by NIK.
    // A writer's BEGIN IMMEDIATE waits (busy_timeout) while another process writes: timed.
    const auto start = std::chrono::steady_clock::now();
    c->prepare(begin).exec();
    if (!reader) stats_.lock_wait_us.fetch_add(StoreStats::micros_since(start), std::memory_order_relaxed);
    try {
      SqliteSession session(*c, audit_key_);
      try {
        work(session);
      } catch (const SQLite::Exception& e) {
        if (reader && (e.getErrorCode() & 0xff) == SQLITE_READONLY)
          throw std::logic_error(std::string{"a write inside Store::read is refused (use write): "} + e.what());
        throw;
      }
      c->prepare("COMMIT").exec();
    } catch (...) {
      try {
        c->prepare("ROLLBACK").exec();
        release(std::move(c), reader);
      } catch (...) {
        // The connection is in an unknown state: it is dropped, not returned to the pool.
      }
      throw;
    }
    release(std::move(c), reader);
  }

  std::string path_;
  std::mutex pool_mutex_;
  std::mutex write_mutex_;
  std::vector<std::unique_ptr<Connection>> readers_, writers_;
  // The audit queue, opened (and created) when first needed: opening a database to read it, or a
  // backup copy to restore it, leaves no queue file beside it.
  AuditQueueFile* queue(bool create) {
    std::lock_guard<std::mutex> lock(queue_mutex_);
    if (!queue_) {
      const std::string file = path_ + ".antrian-audit";
      std::error_code ec;
      if (!create && !std::filesystem::exists(file, ec)) return nullptr;
      queue_ = std::make_unique<AuditQueueFile>(file);
    }
    return queue_.get();
  }
  std::mutex queue_mutex_;
  std::unique_ptr<AuditQueueFile> queue_;
};

}  // namespace

std::unique_ptr<Store> open_sqlite_store(const std::string& path) { return std::make_unique<SqliteStore>(path); }

std::map<std::string, std::int64_t> sqlite_file_table_counts(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  return count_tables(db);
}

std::optional<std::string> probe_sqlite(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    const auto parent = std::filesystem::absolute(path, ec).parent_path();
    if (!std::filesystem::is_directory(parent, ec))
      return "berkas database " + path + " belum ada dan foldernya " + parent.string() + " tidak ada";
    if (access(parent.c_str(), W_OK) != 0)
      return "berkas database " + path + " belum ada dan foldernya " + parent.string() +
             " tidak dapat ditulisi oleh pengguna ini";
    return std::nullopt;  // the server creates it on its first start
  }
  try {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    SQLite::Statement q(db, "SELECT count(*) FROM sqlite_master");
    q.executeStep();
    if (access(path.c_str(), R_OK | W_OK) != 0)
      return "berkas database " + path + " tidak dapat dibaca dan ditulisi oleh pengguna ini";
    return std::nullopt;
  } catch (const std::exception& e) {
    return "berkas database " + path + " tidak dapat dibuka sebagai database SQLite (" + e.what() + ")";
  }
}

}  // namespace lindungi::store
