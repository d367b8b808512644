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
#include "store/records/bpjs.hpp"    // BPJS registration and cards
#include "store/records/claims.hpp"  // claims (issue 5)
#include "store/records/jakon.hpp"   // Jakon (issue 9)
#include "store/records/session.hpp"
#include "store/sqlite/sqlite_accounts.hpp"
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

std::string opt_date(const std::optional<Date>& d) { return d ? d->iso() : std::string{}; }

// Half-open range [lo, hi) of codes below `area`: "15.71.01" -> ["15.71.01.", "15.71.01/").
std::pair<std::string, std::string> below(std::string_view area) {
  return {std::string{area} + ".", std::string{area} + "/"};
}

// The calls written once for both databases come from records::SessionBase.
class SqliteSession final : public records::SessionBase {
 public:
  SqliteSession(Connection& c, std::string_view audit_key)
      : SessionBase(sqlite::row_db(c)), c_(c), audit_key_(audit_key) {}

  std::vector<Region> regions() override {
    auto& s = c_.prepare(
        "SELECT kode, tingkat, nama, kode_bps, coalesce(lat, 0), coalesce(lng, 0) FROM wilayah ORDER BY kode");
    ResetOnExit r{s};
    std::vector<Region> out;
    while (s.executeStep()) {
      Region g;
      g.kode = s.getColumn(0).getString();
      g.level = parse_region_level(s.getColumn(1).getString()).value_or(RegionLevel::kelurahan);
      g.nama = s.getColumn(2).getString();
      g.kode_bps = s.getColumn(3).getString();
      g.lat = s.getColumn(4).getDouble();
      g.lng = s.getColumn(5).getDouble();
      out.push_back(std::move(g));
    }
    return out;
  }

  void put_region(const Region& g) override {
    auto& s = c_.prepare(
        "INSERT INTO wilayah (kode, tingkat, nama, induk, kode_bps, lat, lng) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (kode) DO UPDATE SET tingkat = excluded.tingkat, nama = excluded.nama, "
        "induk = excluded.induk, kode_bps = excluded.kode_bps, lat = excluded.lat, lng = excluded.lng");
    ResetOnExit r{s};
    const std::string parent = parent_code(g.kode);
    s.bind(1, g.kode);
    s.bind(2, std::string{to_string(g.level)});
    s.bind(3, g.nama);
    if (parent.empty())
      s.bind(4);
    else
      s.bind(4, parent);
    s.bind(5, g.kode_bps);
    if (g.lat == 0 && g.lng == 0) {
      s.bind(6);
      s.bind(7);
    } else {
      s.bind(6, g.lat);
      s.bind(7, g.lng);
    }
    s.exec();
  }

  std::vector<RtRecord> rts(std::string_view area) override {
    const auto level = level_of_code(area);
    std::string sql = "SELECT kode, kode_kelurahan, nomor, nama_ketua FROM rt";
    if (area.empty())
      sql += " ORDER BY kode";
    else if (level == RegionLevel::kelurahan)
      sql += " WHERE kode_kelurahan = ? ORDER BY kode";
    else if (level == RegionLevel::rt)
      sql += " WHERE kode = ?";
    else
      sql += " WHERE kode >= ? AND kode < ? ORDER BY kode";
    auto& s = c_.prepare(sql);
    ResetOnExit r{s};
    if (!area.empty()) {
      if (level == RegionLevel::kelurahan || level == RegionLevel::rt) {
        s.bind(1, std::string{area});
      } else {
        const auto [lo, hi] = below(area);
        s.bind(1, lo);
        s.bind(2, hi);
      }
    }
    std::vector<RtRecord> out;
    while (s.executeStep())
      out.push_back({s.getColumn(0).getString(), s.getColumn(1).getString(), s.getColumn(2).getInt(),
                     s.getColumn(3).getString()});
    return out;
  }

  void put_rt(const RtRecord& rt) override {
    auto& s = c_.prepare(
        "INSERT INTO rt (kode, kode_kelurahan, nomor, nama_ketua) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (kode) DO UPDATE SET nama_ketua = excluded.nama_ketua");
    ResetOnExit r{s};
    s.bind(1, rt_code(rt.kode_kelurahan, rt.nomor));
    s.bind(2, rt.kode_kelurahan);
    s.bind(3, rt.nomor);
    s.bind(4, rt.nama_ketua);
    s.exec();
  }

  bool rt_exists(std::string_view kode_kelurahan, int nomor) override {
    auto& s = c_.prepare("SELECT 1 FROM rt WHERE kode_kelurahan = ? AND nomor = ?");
    ResetOnExit r{s};
    s.bind(1, std::string{kode_kelurahan});
    s.bind(2, nomor);
    return s.executeStep();
  }

  std::vector<Potential> potentials() override {
    auto& s = c_.prepare("SELECT kode, potensi, peserta_lain, sumber FROM potensi ORDER BY kode");
    ResetOnExit r{s};
    std::vector<Potential> out;
    while (s.executeStep())
      out.push_back({s.getColumn(0).getString(), s.getColumn(1).getInt64(), s.getColumn(2).getInt64(),
                     s.getColumn(3).getString()});
    return out;
  }

  void put_potential(const Potential& p, std::string_view now) override {
    auto& s = c_.prepare(
        "INSERT INTO potensi (kode, potensi, peserta_lain, sumber, diperbarui) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (kode) DO UPDATE SET potensi = excluded.potensi, peserta_lain = excluded.peserta_lain, "
        "sumber = excluded.sumber, diperbarui = excluded.diperbarui");
    ResetOnExit r{s};
    s.bind(1, p.kode);
    s.bind(2, p.potensi);
    s.bind(3, p.peserta_lain);
    s.bind(4, p.sumber);
    s.bind(5, std::string{now});
    s.exec();
  }

  static constexpr const char* kWorkerColumns =
      "id, nik, nama, tanggal_lahir, jenis_kelamin, kode_kelurahan, rt, alamat, no_hp, pekerjaan, "
      "penghasilan, kategori, status, sumber_dana, kpj, alasan, persetujuan, dibuat, diperbarui, versi, dicatat_oleh";

  static Worker row_to_worker(SQLite::Statement& s) {
    Worker w;
    w.id = s.getColumn(0).getInt64();
    w.nik = s.getColumn(1).getString();
    w.nama = s.getColumn(2).getString();
    w.tanggal_lahir = parse_iso_date(s.getColumn(3).getString());
    w.jenis_kelamin = parse_sex(s.getColumn(4).getString());
    w.kode_kelurahan = s.getColumn(5).getString();
    w.rt = s.getColumn(6).getInt();
    w.alamat = s.getColumn(7).getString();
    w.no_hp = s.getColumn(8).getString();
    w.pekerjaan = s.getColumn(9).getString();
    w.penghasilan = s.getColumn(10).getInt64();
    w.kategori = s.getColumn(11).getString();
    w.status = s.getColumn(12).getString();
    w.sumber_dana = s.getColumn(13).getString();
    w.kpj = s.getColumn(14).getString();
    w.alasan = s.getColumn(15).getString();
    w.persetujuan = s.getColumn(16).getInt() != 0;
    w.created_at = s.getColumn(17).getString();
    w.updated_at = s.getColumn(18).getString();
    w.version = s.getColumn(19).getInt64();
    w.recorded_by = s.getColumn(20).getString();
    return w;
  }

  std::vector<Heir> heirs(std::int64_t worker_id) {
    static const std::string sql =
        "SELECT id, nama, hubungan, nik, tanggal_lahir FROM ahli_waris WHERE pekerja_id = ? ORDER BY urutan";
    auto& s = c_.prepare(sql);
    ResetOnExit r{s};
    s.bind(1, worker_id);
    std::vector<Heir> out;
    while (s.executeStep())
      out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getString(), s.getColumn(2).getString(),
                     s.getColumn(3).getString(), parse_iso_date(s.getColumn(4).getString())});
    return out;
  }

  std::optional<Worker> worker(std::int64_t id) override {
    auto& s = c_.prepare(std::string{"SELECT "} + kWorkerColumns + " FROM pekerja WHERE id = ?");
    std::optional<Worker> w;
    {
      ResetOnExit r{s};
      s.bind(1, id);
      if (s.executeStep()) w = row_to_worker(s);
    }
    if (w) w->ahli_waris = heirs(w->id);
    return w;
  }

  std::optional<Worker> worker_by_nik(std::string_view nik) override {
    static const std::string sql = std::string{"SELECT "} + kWorkerColumns + " FROM pekerja WHERE nik = ?";
    auto& s = c_.prepare(sql);
    std::optional<Worker> w;
    {
      ResetOnExit r{s};
      s.bind(1, std::string{nik});
      if (s.executeStep()) w = row_to_worker(s);
    }
    if (w) w->ahli_waris = heirs(w->id);
    return w;
  }

  Page<Worker> workers(const WorkerQuery& q) override {
    std::string where = " WHERE 1 = 1";
    std::vector<std::string> args;
    int rt_number = -1;
    if (!q.area.empty()) {
      const auto level = level_of_code(q.area);
      if (!level) throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + q.area + "' tidak valid", "wilayah");
      if (*level == RegionLevel::kelurahan) {
        where += " AND kode_kelurahan = ?";
        args.push_back(q.area);
      } else if (*level == RegionLevel::rt) {
        where += " AND kode_kelurahan = ? AND rt = ?";
        args.push_back(parent_code(q.area));
        rt_number = std::stoi(q.area.substr(q.area.rfind('.') + 1));
      } else {
        const auto [lo, hi] = below(q.area);
        where += " AND kode_kelurahan >= ? AND kode_kelurahan < ?";
        args.push_back(lo);
        args.push_back(hi);
      }
    }
    if (!q.status.empty()) {
      where += " AND status = ?";
      args.push_back(q.status);
    }
    if (!q.kategori.empty()) {
      where += " AND kategori = ?";
      args.push_back(q.kategori);
    }
    if (!q.pekerjaan.empty()) {
      where += " AND pekerjaan = ?";
      args.push_back(q.pekerjaan);
    }
    if (!q.sumber_dana.empty()) {
      where += " AND sumber_dana = ?";
      args.push_back(q.sumber_dana);
    }
    if (!q.q.empty()) {
      if (q.q.find_first_not_of("0123456789") == std::string::npos) {
        where += " AND nik >= ? AND nik < ?";  // NIK prefix, served by the unique index
        args.push_back(q.q);
        args.push_back(q.q + ":");
      } else {
        std::string pattern = "%";
        for (char ch : q.q) {
          if (ch == '%' || ch == '_' || ch == '\\') pattern.push_back('\\');
          pattern.push_back(ch);
        }
        pattern += "%";
        where += " AND nama LIKE ? ESCAPE '\\'";
        args.push_back(pattern);
      }
    }
    auto bind_all = [&](SQLite::Statement& s) {
      int i = 1;
      std::size_t a = 0;
      if (rt_number >= 0) {
        s.bind(i++, args[a++]);
        s.bind(i++, rt_number);
      }
      for (; a < args.size(); ++a) s.bind(i++, args[a]);
    };

    Page<Worker> page;
    {
      auto& s = c_.prepare("SELECT count(*) FROM pekerja" + where);
      ResetOnExit r{s};
      bind_all(s);
      if (s.executeStep()) page.total = s.getColumn(0).getInt64();
    }
    std::string sort = q.sort.empty() ? "nama" : q.sort;
    const bool desc = sort[0] == '-';
    if (desc) sort = sort.substr(1);
    std::string order;
    if (sort == "nama")
      order = "nama COLLATE NOCASE";
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
    // Page the ids first (the sort then handles small index tuples), then read the 50 rows.
    const std::string order_by = " ORDER BY " + order + dir + ", id" + dir;
    auto& s = c_.prepare(std::string{"SELECT "} + kWorkerColumns + " FROM pekerja WHERE id IN (SELECT id FROM pekerja" +
                         where + order_by + " LIMIT ? OFFSET ?)" + order_by);
    ResetOnExit r{s};
    bind_all(s);
    const int n = static_cast<int>(args.size()) + (rt_number >= 0 ? 1 : 0);
    s.bind(n + 1, q.limit);
    s.bind(n + 2, q.offset);
    while (s.executeStep()) page.items.push_back(row_to_worker(s));
    return page;
  }

  void bind_worker(SQLite::Statement& s, const Worker& w) {
    s.bind(1, w.nik);
    s.bind(2, w.nama);
    s.bind(3, opt_date(w.tanggal_lahir));
    s.bind(4, w.jenis_kelamin ? std::string{to_string(*w.jenis_kelamin)} : std::string{});
    s.bind(5, w.kode_kelurahan);
    s.bind(6, w.rt);
    s.bind(7, w.alamat);
    s.bind(8, w.no_hp);
    s.bind(9, w.pekerjaan);
    s.bind(10, w.penghasilan);
    s.bind(11, w.kategori);
    s.bind(12, w.status);
    s.bind(13, w.sumber_dana);
    s.bind(14, w.kpj);
    s.bind(15, w.alasan);
    s.bind(16, w.persetujuan ? 1 : 0);
  }

  void put_heirs(const Worker& w, bool replace) {
    if (replace) {
      auto& d = c_.prepare("DELETE FROM ahli_waris WHERE pekerja_id = ?");
      ResetOnExit r{d};
      d.bind(1, w.id);
      d.exec();
    }
    static const std::string sql =
        "INSERT INTO ahli_waris (pekerja_id, urutan, nama, hubungan, nik, tanggal_lahir) VALUES (?, ?, ?, ?, ?, ?)";
    auto& s = c_.prepare(sql);
    int order = 0;
    for (const Heir& h : w.ahli_waris) {
      ResetOnExit r{s};
      s.bind(1, w.id);
      s.bind(2, ++order);
      s.bind(3, h.nama);
      s.bind(4, h.hubungan);
      s.bind(5, h.nik);
      s.bind(6, opt_date(h.tanggal_lahir));
      s.exec();
    }
  }

  void insert_worker(Worker& w) override {
    static const std::string sql =
        "INSERT INTO pekerja (nik, nama, tanggal_lahir, jenis_kelamin, kode_kelurahan, rt, alamat, no_hp, "
        "pekerjaan, penghasilan, kategori, status, sumber_dana, kpj, alasan, persetujuan, dibuat, diperbarui, "
        "dicatat_oleh, versi) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
    auto& s = c_.prepare(sql);
    const std::string now = now_utc();
    {
      ResetOnExit r{s};
      bind_worker(s, w);
      s.bind(17, now);
      s.bind(18, now);
      s.bind(19, w.recorded_by);
      try {
        s.exec();
      } catch (const SQLite::Exception& e) {
        if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)
          // No NIK, name or place: the service says more, within what the actor may see.
          throw Conflict("nik_sudah_ada", "NIK ini sudah terdaftar", "nik");
        throw;
      }
    }
    w.id = c_.db().getLastInsertRowid();
    w.version = 1;
    w.created_at = w.updated_at = now;
    put_heirs(w, false);
  }

  void update_worker(Worker& w) override {
    auto& s = c_.prepare(
        "UPDATE pekerja SET nik = ?, nama = ?, tanggal_lahir = ?, jenis_kelamin = ?, kode_kelurahan = ?, rt = ?, "
        "alamat = ?, no_hp = ?, pekerjaan = ?, penghasilan = ?, kategori = ?, status = ?, sumber_dana = ?, "
        "kpj = ?, alasan = ?, persetujuan = ?, diperbarui = ?, versi = versi + 1 WHERE id = ? AND versi = ?");
    const std::string now = now_utc();
    int changed = 0;
    {
      ResetOnExit r{s};
      bind_worker(s, w);
      s.bind(17, now);
      s.bind(18, w.id);
      s.bind(19, w.version);
      try {
        changed = s.exec();
      } catch (const SQLite::Exception& e) {
        if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)
          throw Conflict("nik_sudah_ada", "NIK ini sudah terdaftar untuk pekerja lain", "nik");
        throw;
      }
    }
    if (changed == 0)
      throw Conflict("versi_berubah", "Data pekerja telah diubah orang lain; muat ulang lalu coba lagi", "versi");
    ++w.version;
    w.updated_at = now;
    put_heirs(w, true);
  }

  std::int64_t count_workers() override {
    auto& s = c_.prepare("SELECT count(*) FROM pekerja");
    ResetOnExit r{s};
    s.executeStep();
    return s.getColumn(0).getInt64();
  }

  std::vector<StatusCount> status_counts(std::string_view area, bool by_rt) override {
    const auto level = level_of_code(area);
    if (!area.empty() && !level)
      throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + std::string{area} + "' tidak valid", "wilayah");
    // From the summaries migration 0011 keeps (one row per RT or kelurahan and status), not from
    // pekerja: reading every worker of the area grows with the registry. No GROUP BY: each
    // summary's primary key is already the row asked for (for one RT per kelurahan, the RT's rows
    // are that kelurahan's).
    const bool per_rt = by_rt || (level && *level == RegionLevel::rt);
    std::string sql = by_rt ? "SELECT kode_kelurahan, rt, status, jumlah FROM ringkasan_rt"
                            : std::string{"SELECT kode_kelurahan, 0, status, jumlah FROM "} +
                                  (per_rt ? "ringkasan_rt" : "ringkasan_kelurahan");
    sql += " WHERE jumlah <> 0";
    if (area.empty()) {
    } else if (*level == RegionLevel::kelurahan) {
      sql += " AND kode_kelurahan = ?1";
    } else if (*level == RegionLevel::rt) {
      sql += " AND kode_kelurahan = ?1 AND rt = ?2";
    } else {
      sql += " AND kode_kelurahan >= ?1 AND kode_kelurahan < ?2";
    }
    auto& s = c_.prepare(sql);
    ResetOnExit r{s};
    if (!area.empty()) {
      if (*level == RegionLevel::kelurahan) {
        s.bind(1, std::string{area});
      } else if (*level == RegionLevel::rt) {
        const std::string a{area};
        s.bind(1, parent_code(a));
        s.bind(2, std::stoi(a.substr(a.rfind('.') + 1)));
      } else {
        const auto [lo, hi] = below(area);
        s.bind(1, lo);
        s.bind(2, hi);
      }
    }
    std::vector<StatusCount> out;
    while (s.executeStep()) {
      const std::string kel = s.getColumn(0).getString();
      out.push_back(
          {by_rt ? rt_code(kel, s.getColumn(1).getInt()) : kel, s.getColumn(2).getString(), s.getColumn(3).getInt64()});
    }
    return out;
  }

  void write_audit(const AuditEntry& e) override { sqlite::append_audit(c_, e, audit_key_); }
  void scan_audit(const std::function<bool(const AuditEntry&)>& visit) override { sqlite::scan_audit(c_, visit); }

  IntakeSession& intake() override {
    if (!intake_) intake_ = make_sqlite_intake(c_);
    return *intake_;
  }
  // BPJS registration batches and member cards (issue 4 items 4-5).

  BillingSession& billing() override {
    if (!billing_) billing_ = make_sqlite_billing(c_);
    return *billing_;
  }
  // Scale (issue 8): SQLite keeps one prepared INSERT per row (no round trips to save).
  // Coverage trend (issue 6)
  void insert_new_workers(std::vector<Worker>& workers) override {
    for (Worker& w : workers) insert_worker(w);
  }

  // Jakon (issue 9): construction projects.

  // Claims (issue 5).

 protected:
  std::unique_ptr<rows::Db> new_rows() override { return sqlite::row_db(c_); }

 private:
  Connection& c_;
  std::string_view audit_key_;  // the Store's, which outlives every session
  std::unique_ptr<IntakeSession> intake_;
  std::unique_ptr<BillingSession> billing_;
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
          for (const auto& [id, e] : pending) session.append_audit(e);
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
      if (also) session.append_audit(*also);
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
    run(work, "BEGIN IMMEDIATE", false);
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
