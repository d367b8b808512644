#include "store/postgres/pg_store.hpp"

#include <mutex>
#include <nlohmann/json.hpp>

#include "core/errors.hpp"
#include "store/audit_store.hpp"
#include "store/billing_store.hpp"
#include "store/idempotency_store.hpp"
#include "store/intake_store.hpp"
#include "store/postgres/pg_billing.hpp"  // billing (issue 4)
#include "store/postgres/pg_connection.hpp"
#include "store/postgres/pg_intake.hpp"
#include "store/postgres/pg_migrations.hpp"
#include "store/postgres/pg_row.hpp"
#include "store/records/audit.hpp"
#include "store/records/registry.hpp"
#include "store/records/session.hpp"
#include "store/registry_store.hpp"

namespace lindungi::store {

using pg::Connection;
using pg::int64;
using pg::now_utc;
using pg::Param;
using pg::Sql;
using pg::text;
using pg::Tx;

namespace {

std::string opt_date(const std::optional<Date>& d) { return d ? d->iso() : std::string{}; }

// A worker with the heirs in the same round trip, heirs and an import's new workers by COPY.
class PgRegistry final : public records::Registry {
 public:
  explicit PgRegistry(Tx& t) : Registry(pg::row_db(t)), t_(t) {}

  static std::string sex(const Worker& w) { return w.jenis_kelamin ? std::string{to_string(*w.jenis_kelamin)} : ""; }

  // Scale (issue 8): ids from the identity sequence in one round trip, the rows by one COPY; the
  // heirs follow in the transaction's buffer (after their workers, for the foreign key).
  void insert_new_workers(std::vector<Worker>& ws) override {
    if (ws.empty()) return;
    t_.flush();  // whatever was buffered before keeps its place ahead of these rows
    const auto ids =
        t_.exec("SELECT nextval(pg_get_serial_sequence('pekerja', 'id')) FROM generate_series(1, $1) AS g ORDER BY 1",
                static_cast<std::int64_t>(ws.size()));
    const std::string now = now_utc();
    {
      // The columns insert_worker writes, after the id taken above; the tuple below in their order.
      std::vector<std::string> columns{"id"};
      for (const auto& c : records::worker_insert_columns()) columns.push_back(c);
      pqxx::stream_to copy(t_.t, "pekerja", columns);
      for (std::size_t i = 0; i < ws.size(); ++i) {
        Worker& w = ws[i];
        w.id = int64(ids[static_cast<pqxx::result::size_type>(i)][0]);
        copy << std::make_tuple(w.id, w.nik, w.nama, opt_date(w.tanggal_lahir), sex(w), w.kode_kelurahan, w.rt,
                                w.alamat, w.no_hp, w.pekerjaan, w.penghasilan, w.kategori, w.status, w.sumber_dana,
                                w.kpj, w.alasan, w.persetujuan, now, now, w.recorded_by, 1);
      }
      copy.complete();
    }
    for (Worker& w : ws) {
      w.version = 1;
      w.created_at = w.updated_at = now;
      put_heirs(w, false);
    }
  }

 protected:
  // A worker with the heirs in the same round trip: a lookup is the API's most frequent request
  // (and one statement, as read_current requires).
  std::optional<Worker> worker_where(const std::string& where, const rows::Params& params) override {
    static const std::string select =
        "SELECT " + records::worker_columns() +
        ", (SELECT json_agg(json_build_array(h.id, h.nama, h.hubungan, h.nik, h.tanggal_lahir) ORDER BY h.urutan) "
        "FROM ahli_waris h WHERE h.pekerja_id = pekerja.id) FROM pekerja WHERE ";
    std::optional<Worker> found;
    db().run(select + where, params, [&](rows::Row& r) {
      Worker w = records::read_worker(r);
      const std::string heirs = r.text();
      if (!heirs.empty())
        for (const auto& h : nlohmann::json::parse(heirs))
          w.ahli_waris.push_back({h[0].get<std::int64_t>(), h[1].get<std::string>(), h[2].get<std::string>(),
                                  h[3].get<std::string>(), parse_iso_date(h[4].get<std::string>())});
      found = std::move(w);
    });
    return found;
  }
  void put_heirs(const Worker& w, bool replace) override {
    if (replace) t_.exec("DELETE FROM ahli_waris WHERE pekerja_id = $1", w.id);
    // By COPY with the transaction's other buffered rows (Tx::buffer): nothing needs their ids back.
    int order = 0;
    for (const Heir& h : w.ahli_waris)
      t_.buffer("ahli_waris", {"pekerja_id", "urutan", "nama", "hubungan", "nik", "tanggal_lahir"},
                {std::to_string(w.id), std::to_string(++order), h.nama, h.hubungan, h.nik, opt_date(h.tanggal_lahir)});
  }

 private:
  Tx& t_;
};

class PgAudit final : public records::Audit {
 public:
  PgAudit(Tx& t, Session& session, std::string_view audit_key) : Audit(pg::row_db(t), session, audit_key), t_(t) {}

 protected:
  // By COPY with the transaction's other buffered rows (Tx::buffer), in order: an import's
  // thousands of entries cost no round trip each (what issue 8 measured).
  void insert(const AuditEntry& e) override {
    static const auto columns = rows::field_names<records::AuditFields, AuditEntry>();
    t_.buffer("audit_log", columns,
              {e.waktu, e.pelaku, e.aksi, e.entitas, e.entitas_id, e.perubahan, e.hash_sebelum, e.hash, e.wilayah});
  }

 private:
  Tx& t_;
};

// Every aggregate is records::SessionBase's; PostgreSQL makes the registry, the audit log, intake
// and billing its own way (above, pg_intake.cpp, pg_billing.cpp).
class PgSession final : public records::SessionBase {
 public:
  PgSession(Tx& t, std::string_view audit_key) : SessionBase(audit_key), t_(t) {}

 protected:
  std::unique_ptr<rows::Db> new_rows() override { return pg::row_db(t_); }
  void needs_snapshot(const char* call) override { t_.needs_snapshot(call); }
  std::unique_ptr<RegistrySession> make_registry() override { return std::make_unique<PgRegistry>(t_); }
  std::unique_ptr<AuditSession> make_audit() override { return std::make_unique<PgAudit>(t_, *this, audit_key()); }
  std::unique_ptr<IntakeSession> make_intake() override { return make_pg_intake(t_); }
  std::unique_ptr<BillingSession> make_billing() override { return make_pg_billing(t_); }

 private:
  Tx& t_;
};

// The database's own errors, in the user's language, without the URL (it may hold a password).
[[noreturn]] void unreachable(const std::exception& e) {
  std::string why = e.what();
  while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
  throw BadRequest("db_tidak_terhubung", "Tidak dapat terhubung ke database PostgreSQL: " + why, "db");
}

class PgStore final : public Store {
 public:
  explicit PgStore(std::string url) : url_(std::move(url)) {
    auto c = connect(false);
    apply_pg_migrations(c->raw());
    writers_.push_back(std::move(c));
  }

  // Three round trips: BEGIN, the statements, COMMIT. What it buys is one snapshot for everything
  // `work` reads, like SQLite's read transaction; a read that needs no such agreement is
  // read_current.
  void read(const std::function<void(Session&)>& work) override {
    run(true, [&](Connection& c) {
      pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(c.raw());
      Tx t{c, tx};
      PgSession session(t, audit_key_);
      work(session);
      tx.commit();
    });
  }

  // One round trip per statement, none around them: each statement runs in its own implicit
  // transaction, which is all the consistency a single statement needs. The connection is a
  // reader's (default_transaction_read_only), so an implicit transaction cannot write either.
  // At 10 M the lookup by NIK spent two of its three round trips on BEGIN and COMMIT.
  void read_current(const std::function<void(Session&)>& work) override {
    run(true, [&](Connection& c) {
      pqxx::nontransaction tx(c.raw());
      Tx t{c, tx};
      t.autocommit = true;
      PgSession session(t, audit_key_);
      work(session);
      tx.commit();  // nothing to commit: no round trip, it only closes the object cleanly
    });
  }

  void write(const std::function<void(Session&)>& work) override {
    // One writer at a time, as in SQLite: the services check-then-write (budgets, quotas, the
    // audit chain's last hash) and rely on nothing changing in between. The mutex queues this
    // process's writers; the advisory lock, held to the end of the transaction, queues those of
    // every other process on the same database (and schema).
    std::unique_lock<std::mutex> lock(write_mutex_, std::try_to_lock);
    if (!lock.owns_lock()) {  // another write of this process is running: counted (GET /metrics)
      const auto start = std::chrono::steady_clock::now();
      lock.lock();
      stats_.write_queue_waits.fetch_add(1, std::memory_order_relaxed);
      stats_.write_queue_wait_us.fetch_add(StoreStats::micros_since(start), std::memory_order_relaxed);
    }
    stats_.writes.fetch_add(1, std::memory_order_relaxed);
    run(false, [&](Connection& c) {
      pqxx::work tx(c.raw());
      const auto start = std::chrono::steady_clock::now();
      tx.exec_prepared(c.statement("SELECT pg_advisory_xact_lock(hashtext('lindungi_penulis:' || current_schema()))"));
      stats_.lock_wait_us.fetch_add(StoreStats::micros_since(start), std::memory_order_relaxed);
      Tx t{c, tx};
      PgSession session(t, audit_key_);
      claim_idempotency_key(session);  // the request's key commits with this write or not at all
      work(session);
      t.flush();
      tx.commit();
    });
    idempotency_write_committed();
  }

  // Issue 16 item 6: a plain INSERT on a writer's connection, without the advisory lock that an
  // import holds for its whole transaction; durable at commit like any row.
  void queue_audit(const AuditEntry& entry) override {
    AuditEntry e = entry;
    if (e.waktu.empty()) e.waktu = pg::now_utc();
    run(false, [&](Connection& c) {
      pqxx::work tx(c.raw());
      Tx t{c, tx};
      t.exec(
          "INSERT INTO audit_antrian (waktu, pelaku, aksi, entitas, entitas_id, perubahan, wilayah) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7)",
          e.waktu, e.pelaku, e.aksi, e.entitas, e.entitas_id, e.perubahan, e.wilayah);
      tx.commit();
    });
  }

  // The entries are appended and deleted in one transaction under the writer lock: a crash leaves
  // both or neither. Deleted by id, not by range: an INSERT that commits during the fold with a
  // lower id than the last one read is left for the next fold.
  bool fold_audit_queue(bool wait, const AuditEntry* also) override {
    std::unique_lock<std::mutex> lock(write_mutex_, std::defer_lock);
    if (wait)
      lock.lock();
    else if (!lock.try_lock())
      return false;
    bool folded = true;
    run(false, [&](Connection& c) {
      pqxx::work tx(c.raw());
      Tx t{c, tx};
      // Cheap when there is nothing to fold: no lock taken.
      if (!also && t.exec("SELECT 1 FROM audit_antrian LIMIT 1").empty()) {
        tx.commit();
        return;
      }
      if (wait) {
        t.exec("SELECT pg_advisory_xact_lock(hashtext('lindungi_penulis:' || current_schema()))");
      } else if (!t.exec("SELECT pg_try_advisory_xact_lock(hashtext('lindungi_penulis:' || current_schema()))")[0][0]
                      .as<bool>()) {
        folded = false;
        tx.abort();
        return;
      }
      stats_.writes.fetch_add(1, std::memory_order_relaxed);
      const auto rows = t.exec(
          "SELECT id, waktu, pelaku, aksi, entitas, entitas_id, perubahan, wilayah FROM audit_antrian ORDER BY id");
      PgSession session(t, audit_key_);
      std::string ids;
      for (const auto& row : rows) {
        session.audit().append({0, text(row[1]), text(row[2]), text(row[3]), text(row[4]), text(row[5]), text(row[6]),
                                "", "", text(row[7])});
        // Appended piece by piece: "{" + a temporary makes GCC 12 warn falsely (-Wrestrict).
        ids += ids.empty() ? '{' : ',';
        ids += std::to_string(int64(row[0]));
      }
      if (!ids.empty()) t.exec("DELETE FROM audit_antrian WHERE id = ANY($1::bigint[])", ids + "}");
      if (also) session.audit().append(*also);
      t.flush();
      tx.commit();
    });
    return folded;
  }

  std::string backend() const override { return "postgresql"; }

  void backup_to(const std::string&) override {
    throw BadRequest("backup_khusus_sqlite",
                     "Perintah backup hanya untuk database SQLite; untuk PostgreSQL gunakan pg_dump "
                     "(lihat panduan penyimpanan data di dokumentasi)",
                     "db");
  }

  std::map<std::string, std::int64_t> table_counts() override {
    std::map<std::string, std::int64_t> counts;
    run(true, [&](Connection& c) {
      pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(c.raw());
      const auto tables = tx.exec(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
          "AND table_type = 'BASE TABLE' ORDER BY table_name");
      for (const auto& row : tables) {
        const std::string name = row[0].as<std::string>();
        counts[name] = tx.exec("SELECT count(*) FROM " + tx.quote_name(name))[0][0].as<std::int64_t>();
      }
      tx.commit();
    });
    return counts;
  }

 private:
  // A reader's connection is read-only for its whole life (set once, not per transaction), so
  // that read_current's statements, which run outside any transaction block, cannot write.
  std::unique_ptr<Connection> connect(bool reader) {
    try {
      auto c = std::make_unique<Connection>(url_);
      (reader ? stats_.reader_connections_opened : stats_.writer_connections_opened)
          .fetch_add(1, std::memory_order_relaxed);
      if (reader) {
        pqxx::nontransaction set(c->raw());
        set.exec("SET default_transaction_read_only = on");
      }
      return c;
    } catch (const pqxx::broken_connection& e) {
      unreachable(e);
    }
  }

  // The transaction object rolls back when an exception leaves `body`; the connection then goes
  // back to the pool unless it broke, in which case it is dropped (closed).
  template <typename Body>
  void run(bool reader, Body&& body) {
    auto c = acquire(reader);
    try {
      body(*c);
    } catch (...) {
      if (c->raw().is_open()) release(reader, std::move(c));
      throw;
    }
    release(reader, std::move(c));
  }

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
    return connect(reader);
  }

  void release(bool reader, std::unique_ptr<Connection> c) {
    std::lock_guard<std::mutex> lock(pool_mutex_);
    auto& idle = reader ? readers_ : writers_;
    if (idle.size() < 16) idle.push_back(std::move(c));
  }

  std::string url_;
  std::mutex pool_mutex_;
  std::mutex write_mutex_;
  std::vector<std::unique_ptr<Connection>> readers_;  // read-only sessions: read() and read_current()
  std::vector<std::unique_ptr<Connection>> writers_;
};

}  // namespace

std::unique_ptr<Store> open_pg_store(const std::string& url) { return std::make_unique<PgStore>(url); }

void with_pg_snapshot(const std::string& url, const SnapshotBody& body) {
  std::unique_ptr<pqxx::connection> c;
  try {
    c = std::make_unique<pqxx::connection>(url);
  } catch (const pqxx::broken_connection& e) {
    unreachable(e);
  }
  pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(*c);
  const std::string snapshot = tx.exec("SELECT pg_export_snapshot()")[0][0].as<std::string>();
  std::map<std::string, std::int64_t> counts;
  const auto tables = tx.exec(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
      "AND table_type = 'BASE TABLE' ORDER BY table_name");
  for (const auto& row : tables) {
    const std::string name = row[0].as<std::string>();
    counts[name] = tx.exec("SELECT count(*) FROM " + tx.quote_name(name))[0][0].as<std::int64_t>();
  }
  body(snapshot, counts);  // the snapshot lives as long as this transaction
  tx.commit();
}

std::optional<std::string> probe_pg(const std::string& url) {
  try {
    pqxx::connection c(url);
    pqxx::nontransaction tx(c);
    tx.exec("SELECT 1");
    return std::nullopt;
  } catch (const std::exception& e) {
    std::string why = e.what();  // libpq's words never repeat the URL
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    return "tidak dapat terhubung ke database PostgreSQL: " + why;
  }
}

}  // namespace lindungi::store
