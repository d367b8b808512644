#include "store/postgres/pg_store.hpp"

#include <mutex>
#include <nlohmann/json.hpp>

#include "core/errors.hpp"
#include "store/postgres/pg_accounts.hpp"
#include "store/postgres/pg_billing.hpp"  // billing (issue 4)
#include "store/postgres/pg_connection.hpp"
#include "store/postgres/pg_intake.hpp"
#include "store/postgres/pg_migrations.hpp"
#include "store/postgres/pg_row.hpp"
#include "store/records/session.hpp"

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

// The calls written once for both databases come from records::SessionBase.
class PgSession final : public records::SessionBase {
 public:
  PgSession(Tx& t, std::string_view audit_key) : SessionBase(pg::row_db(t)), t_(t), audit_key_(audit_key) {}

  std::vector<Region> regions() override {
    std::vector<Region> out;
    for (const auto& r : t_.exec(
             "SELECT kode, tingkat, nama, kode_bps, coalesce(lat, 0), coalesce(lng, 0) FROM wilayah ORDER BY kode")) {
      Region g;
      g.kode = text(r[0]);
      g.level = parse_region_level(text(r[1])).value_or(RegionLevel::kelurahan);
      g.nama = text(r[2]);
      g.kode_bps = text(r[3]);
      g.lat = pg::real(r[4]);
      g.lng = pg::real(r[5]);
      out.push_back(std::move(g));
    }
    return out;
  }

  void put_region(const Region& g) override {
    const std::string parent = parent_code(g.kode);
    const bool no_point = g.lat == 0 && g.lng == 0;
    t_.exec(
        "INSERT INTO wilayah (kode, tingkat, nama, induk, kode_bps, lat, lng) VALUES ($1, $2, $3, $4, $5, $6, $7) "
        "ON CONFLICT (kode) DO UPDATE SET tingkat = excluded.tingkat, nama = excluded.nama, "
        "induk = excluded.induk, kode_bps = excluded.kode_bps, lat = excluded.lat, lng = excluded.lng",
        g.kode, std::string{to_string(g.level)}, g.nama, parent.empty() ? Param{} : Param{parent}, g.kode_bps,
        no_point ? Param{} : Param{pqxx::to_string(g.lat)}, no_point ? Param{} : Param{pqxx::to_string(g.lng)});
  }

  std::vector<RtRecord> rts(std::string_view area) override {
    const auto level = level_of_code(area);
    Sql q;
    q.add("SELECT kode, kode_kelurahan, nomor, nama_ketua FROM rt");
    if (area.empty()) {
      q.add(" ORDER BY kode");
    } else if (level == RegionLevel::kelurahan) {
      q.add(" WHERE kode_kelurahan = ").arg(std::string{area}).add(" ORDER BY kode");
    } else if (level == RegionLevel::rt) {
      q.add(" WHERE kode = ").arg(std::string{area});
    } else {
      const auto [lo, hi] = pg::below(area);
      q.add(" WHERE kode >= ").arg(lo).add(" AND kode < ").arg(hi).add(" ORDER BY kode");
    }
    std::vector<RtRecord> out;
    for (const auto& r : t_.exec(q)) out.push_back({text(r[0]), text(r[1]), static_cast<int>(int64(r[2])), text(r[3])});
    return out;
  }

  void put_rt(const RtRecord& rt) override {
    t_.exec(
        "INSERT INTO rt (kode, kode_kelurahan, nomor, nama_ketua) VALUES ($1, $2, $3, $4) "
        "ON CONFLICT (kode) DO UPDATE SET nama_ketua = excluded.nama_ketua",
        rt_code(rt.kode_kelurahan, rt.nomor), rt.kode_kelurahan, rt.nomor, rt.nama_ketua);
  }

  bool rt_exists(std::string_view kode_kelurahan, int nomor) override {
    return !t_.exec("SELECT 1 FROM rt WHERE kode_kelurahan = $1 AND nomor = $2", std::string{kode_kelurahan}, nomor)
                .empty();
  }

  std::vector<Potential> potentials() override {
    std::vector<Potential> out;
    for (const auto& r : t_.exec("SELECT kode, potensi, peserta_lain, sumber FROM potensi ORDER BY kode"))
      out.push_back({text(r[0]), int64(r[1]), int64(r[2]), text(r[3])});
    return out;
  }

  void put_potential(const Potential& p, std::string_view now) override {
    t_.exec(
        "INSERT INTO potensi (kode, potensi, peserta_lain, sumber, diperbarui) VALUES ($1, $2, $3, $4, $5) "
        "ON CONFLICT (kode) DO UPDATE SET potensi = excluded.potensi, peserta_lain = excluded.peserta_lain, "
        "sumber = excluded.sumber, diperbarui = excluded.diperbarui",
        p.kode, p.potensi, p.peserta_lain, p.sumber, std::string{now});
  }

  static constexpr const char* kWorkerColumns =
      "id, nik, nama, tanggal_lahir, jenis_kelamin, kode_kelurahan, rt, alamat, no_hp, pekerjaan, "
      "penghasilan, kategori, status, sumber_dana, kpj, alasan, persetujuan, dibuat, diperbarui, versi, dicatat_oleh";

  static Worker row_to_worker(const pqxx::row& r) {
    Worker w;
    w.id = int64(r[0]);
    w.nik = text(r[1]);
    w.nama = text(r[2]);
    w.tanggal_lahir = parse_iso_date(text(r[3]));
    w.jenis_kelamin = parse_sex(text(r[4]));
    w.kode_kelurahan = text(r[5]);
    w.rt = static_cast<int>(int64(r[6]));
    w.alamat = text(r[7]);
    w.no_hp = text(r[8]);
    w.pekerjaan = text(r[9]);
    w.penghasilan = int64(r[10]);
    w.kategori = text(r[11]);
    w.status = text(r[12]);
    w.sumber_dana = text(r[13]);
    w.kpj = text(r[14]);
    w.alasan = text(r[15]);
    w.persetujuan = pg::boolean(r[16]);
    w.created_at = text(r[17]);
    w.updated_at = text(r[18]);
    w.version = int64(r[19]);
    w.recorded_by = text(r[20]);
    return w;
  }

  // A worker with the heirs in the same round trip: a lookup is the API's most frequent request.
  static constexpr const char* kHeirsColumn =
      ", (SELECT json_agg(json_build_array(h.id, h.nama, h.hubungan, h.nik, h.tanggal_lahir) ORDER BY h.urutan) "
      "FROM ahli_waris h WHERE h.pekerja_id = pekerja.id)";

  static std::optional<Worker> worker_with_heirs(const pqxx::result& r) {
    if (r.empty()) return std::nullopt;
    Worker w = row_to_worker(r[0]);
    const std::string heirs = text(r[0][21]);
    if (!heirs.empty())
      for (const auto& h : nlohmann::json::parse(heirs))
        w.ahli_waris.push_back({h[0].get<std::int64_t>(), h[1].get<std::string>(), h[2].get<std::string>(),
                                h[3].get<std::string>(), parse_iso_date(h[4].get<std::string>())});
    return w;
  }

  std::optional<Worker> worker(std::int64_t id) override {
    return worker_with_heirs(
        t_.exec(std::string{"SELECT "} + kWorkerColumns + kHeirsColumn + " FROM pekerja WHERE id = $1", id));
  }

  std::optional<Worker> worker_by_nik(std::string_view nik) override {
    return worker_with_heirs(t_.exec(
        std::string{"SELECT "} + kWorkerColumns + kHeirsColumn + " FROM pekerja WHERE nik = $1", std::string{nik}));
  }

  Page<Worker> workers(const WorkerQuery& q) override {
    t_.needs_snapshot("workers");  // the count and the page must agree
    Sql where;
    where.add(" WHERE TRUE");
    if (!q.area.empty()) {
      const auto level = level_of_code(q.area);
      if (!level) throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + q.area + "' tidak valid", "wilayah");
      if (*level == RegionLevel::kelurahan) {
        where.add(" AND kode_kelurahan = ").arg(q.area);
      } else if (*level == RegionLevel::rt) {
        where.add(" AND kode_kelurahan = ").arg(parent_code(q.area)).add(" AND rt = ");
        where.arg(std::int64_t{std::stoi(q.area.substr(q.area.rfind('.') + 1))});
      } else {
        const auto [lo, hi] = pg::below(q.area);
        where.add(" AND kode_kelurahan >= ").arg(lo).add(" AND kode_kelurahan < ").arg(hi);
      }
    }
    if (!q.status.empty()) where.add(" AND status = ").arg(q.status);
    if (!q.kategori.empty()) where.add(" AND kategori = ").arg(q.kategori);
    if (!q.pekerjaan.empty()) where.add(" AND pekerjaan = ").arg(q.pekerjaan);
    if (!q.sumber_dana.empty()) where.add(" AND sumber_dana = ").arg(q.sumber_dana);
    if (!q.q.empty()) {
      if (q.q.find_first_not_of("0123456789") == std::string::npos) {
        // NIK prefix, served by the unique index.
        where.add(" AND nik >= ").arg(q.q).add(" AND nik < ").arg(q.q + ":");
      } else {
        std::string pattern = "%";
        for (char ch : q.q) {
          if (ch == '%' || ch == '_' || ch == '\\') pattern.push_back('\\');
          pattern.push_back(ch);
        }
        pattern += "%";
        // ILIKE: SQLite's LIKE ignores ASCII case too.
        where.add(" AND nama ILIKE ").arg(pattern).add(" ESCAPE '\\'");
      }
    }

    Page<Worker> page;
    Sql count = where;
    count.text = "SELECT count(*) FROM pekerja" + where.text;
    page.total = int64(t_.exec(count)[0][0]);

    std::string sort = q.sort.empty() ? "nama" : q.sort;
    const bool desc = sort[0] == '-';
    if (desc) sort = sort.substr(1);
    std::string order;
    if (sort == "nama")
      order = "lower(nama)";
    else if (sort == "nik")
      order = "nik";
    else if (sort == "status")
      order = "status";
    else if (sort == "dibuat")
      order = "dibuat";
    else if (sort == "rt")
      order = "kode_kelurahan, rt";
    else if (sort == "penghasilan")
      order = "penghasilan";
    else
      throw BadRequest("urutan_tidak_valid", "Urutan '" + q.sort + "' tidak dikenal", "sort");
    const std::string dir = desc ? " DESC" : " ASC";
    const std::string order_by = " ORDER BY " + order + dir + ", id" + dir;
    Sql page_q = where;
    page_q.text = std::string{"SELECT "} + kWorkerColumns + " FROM pekerja WHERE id IN (SELECT id FROM pekerja" +
                  where.text + order_by + " LIMIT ";
    page_q.arg(std::int64_t{q.limit}).add(" OFFSET ").arg(std::int64_t{q.offset}).add(")" + order_by);
    for (const auto& r : t_.exec(page_q)) page.items.push_back(row_to_worker(r));
    return page;
  }

  void put_heirs(const Worker& w, bool replace) {
    if (replace) t_.exec("DELETE FROM ahli_waris WHERE pekerja_id = $1", w.id);
    // By COPY with the transaction's other buffered rows (Tx::buffer): nothing needs their ids back.
    int order = 0;
    for (const Heir& h : w.ahli_waris)
      t_.buffer("ahli_waris", {"pekerja_id", "urutan", "nama", "hubungan", "nik", "tanggal_lahir"},
                {std::to_string(w.id), std::to_string(++order), h.nama, h.hubungan, h.nik, opt_date(h.tanggal_lahir)});
  }

  static std::string sex(const Worker& w) { return w.jenis_kelamin ? std::string{to_string(*w.jenis_kelamin)} : ""; }

  void insert_worker(Worker& w) override {
    const std::string now = now_utc();
    // ON CONFLICT (nik) DO NOTHING rather than a caught unique_violation: in PostgreSQL an error
    // aborts the whole transaction, and callers may go on after the Conflict (as on SQLite).
    const auto r = t_.exec(
        "INSERT INTO pekerja (nik, nama, tanggal_lahir, jenis_kelamin, kode_kelurahan, rt, alamat, no_hp, "
        "pekerjaan, penghasilan, kategori, status, sumber_dana, kpj, alasan, persetujuan, dibuat, diperbarui, "
        "dicatat_oleh, versi) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, "
        "$18, $19, 1) ON CONFLICT (nik) DO NOTHING RETURNING id",
        w.nik, w.nama, opt_date(w.tanggal_lahir), sex(w), w.kode_kelurahan, w.rt, w.alamat, w.no_hp, w.pekerjaan,
        w.penghasilan, w.kategori, w.status, w.sumber_dana, w.kpj, w.alasan, w.persetujuan, now, now, w.recorded_by);
    // No NIK, name or place: the service says more, within what the actor may see.
    if (r.empty()) throw Conflict("nik_sudah_ada", "NIK ini sudah terdaftar", "nik");
    w.id = int64(r[0][0]);
    w.version = 1;
    w.created_at = w.updated_at = now;
    put_heirs(w, false);
  }

  void update_worker(Worker& w) override {
    // Checked before the UPDATE for the same reason as in insert_worker; the writer lock keeps
    // another transaction from taking the NIK in between.
    if (!t_.exec("SELECT 1 FROM pekerja WHERE nik = $1 AND id <> $2", w.nik, w.id).empty())
      throw Conflict("nik_sudah_ada", "NIK ini sudah terdaftar untuk pekerja lain", "nik");
    const std::string now = now_utc();
    const auto r = t_.exec(
        "UPDATE pekerja SET nik = $1, nama = $2, tanggal_lahir = $3, jenis_kelamin = $4, kode_kelurahan = $5, "
        "rt = $6, alamat = $7, no_hp = $8, pekerjaan = $9, penghasilan = $10, kategori = $11, status = $12, "
        "sumber_dana = $13, kpj = $14, alasan = $15, persetujuan = $16, diperbarui = $17, versi = versi + 1 "
        "WHERE id = $18 AND versi = $19",
        w.nik, w.nama, opt_date(w.tanggal_lahir), sex(w), w.kode_kelurahan, w.rt, w.alamat, w.no_hp, w.pekerjaan,
        w.penghasilan, w.kategori, w.status, w.sumber_dana, w.kpj, w.alasan, w.persetujuan, now, w.id, w.version);
    if (r.affected_rows() == 0)
      throw Conflict("versi_berubah", "Data pekerja telah diubah orang lain; muat ulang lalu coba lagi", "versi");
    ++w.version;
    w.updated_at = now;
    put_heirs(w, true);
  }

  std::int64_t count_workers() override { return int64(t_.exec("SELECT count(*) FROM pekerja")[0][0]); }

  std::vector<StatusCount> status_counts(std::string_view area, bool by_rt) override {
    const auto level = level_of_code(area);
    if (!area.empty() && !level)
      throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + std::string{area} + "' tidak valid", "wilayah");
    // From the summaries migration 0011 keeps (one row per RT or kelurahan and status), not from
    // pekerja: the whole registry is ~34,000 kelurahan rows instead of 10 million workers. No
    // GROUP BY: each summary's primary key is already the row asked for (RT x status from
    // ringkasan_rt, kelurahan x status from ringkasan_kelurahan; for one RT per kelurahan, the
    // RT's rows are that kelurahan's). Grouping again cost a hash aggregate over every row read.
    const bool per_rt = by_rt || (level && *level == RegionLevel::rt);
    Sql q;
    q.add(by_rt ? "SELECT kode_kelurahan, rt, status, jumlah FROM ringkasan_rt"
                : std::string{"SELECT kode_kelurahan, 0, status, jumlah FROM "} +
                      (per_rt ? "ringkasan_rt" : "ringkasan_kelurahan"));
    q.add(" WHERE jumlah <> 0");
    if (area.empty()) {
    } else if (*level == RegionLevel::kelurahan) {
      q.add(" AND kode_kelurahan = ").arg(std::string{area});
    } else if (*level == RegionLevel::rt) {
      const std::string a{area};
      q.add(" AND kode_kelurahan = ").arg(parent_code(a)).add(" AND rt = ");
      q.arg(std::int64_t{std::stoi(a.substr(a.rfind('.') + 1))});
    } else {
      const auto [lo, hi] = pg::below(area);
      q.add(" AND kode_kelurahan >= ").arg(lo).add(" AND kode_kelurahan < ").arg(hi);
    }
    std::vector<StatusCount> out;
    for (const auto& r : t_.exec(q)) {
      const std::string kel = text(r[0]);
      out.push_back({by_rt ? rt_code(kel, static_cast<int>(int64(r[1]))) : kel, text(r[2]), int64(r[3])});
    }
    return out;
  }

  void write_audit(const AuditEntry& e) override { pg::append_audit(t_, e, audit_key_); }
  void scan_audit(const std::function<bool(const AuditEntry&)>& visit) override {
    t_.needs_snapshot("scan_audit");  // pages of the chain that must join up
    pg::scan_audit(t_, visit);
  }

  // The features' sessions are not sorted by statement count: only under a snapshot.
  IntakeSession& intake() override {
    t_.needs_snapshot("intake");
    if (!intake_) intake_ = make_pg_intake(t_);
    return *intake_;
  }

  // Jakon (issue 9), BPJS registration and cards (issue 4 items 4-5), claims (issue 5).
  // Billing (issue 4).
  BillingSession& billing() override {
    t_.needs_snapshot("billing");
    if (!billing_) billing_ = make_pg_billing(t_);
    return *billing_;
  }
  // Scale (issue 8): ids from the identity sequence in one round trip, the rows by one COPY; the
  // heirs follow in the transaction's buffer (after their workers, for the foreign key).
  // Coverage trend (issue 6)
  void insert_new_workers(std::vector<Worker>& ws) override {
    if (ws.empty()) return;
    t_.flush();  // whatever was buffered before keeps its place ahead of these rows
    const auto ids =
        t_.exec("SELECT nextval(pg_get_serial_sequence('pekerja', 'id')) FROM generate_series(1, $1) AS g ORDER BY 1",
                static_cast<std::int64_t>(ws.size()));
    const std::string now = now_utc();
    {
      pqxx::stream_to copy(
          t_.t, "pekerja",
          std::vector<std::string>{
              "id",     "nik",    "nama",        "tanggal_lahir", "jenis_kelamin", "kode_kelurahan", "rt",
              "alamat", "no_hp",  "pekerjaan",   "penghasilan",   "kategori",      "status",         "sumber_dana",
              "kpj",    "alasan", "persetujuan", "dibuat",        "diperbarui",    "dicatat_oleh",   "versi"});
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
  std::unique_ptr<rows::Db> new_rows() override { return pg::row_db(t_); }
  void needs_snapshot(const char* call) override { t_.needs_snapshot(call); }

 private:
  Tx& t_;
  std::string_view audit_key_;  // the Store's, which outlives every session
  std::unique_ptr<IntakeSession> intake_;
  std::unique_ptr<BillingSession> billing_;  // billing (issue 4)
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
      work(session);
      t.flush();
      tx.commit();
    });
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
        session.append_audit({0, text(row[1]), text(row[2]), text(row[3]), text(row[4]), text(row[5]), text(row[6]), "",
                              "", text(row[7])});
        ids += (ids.empty() ? "{" : ",") + std::to_string(int64(row[0]));
      }
      if (!ids.empty()) t.exec("DELETE FROM audit_antrian WHERE id = ANY($1::bigint[])", ids + "}");
      if (also) session.append_audit(*also);
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
