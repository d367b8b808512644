#include "store/postgres/pg_accounts.hpp"

#include "core/errors.hpp"
#include "core/region.hpp"
#include "store/audit_chain.hpp"

namespace lindungi::store::pg {

namespace {

constexpr const char* kUserColumns =
    "id, username, nama, peran, wilayah, kohort, hash_sandi, aktif, dibuat, sandi_diganti, demo, dibuat_oleh";

UserRecord row_to_user(const pqxx::row& r) {
  return {int64(r[0]), text(r[1]),    text(r[2]), text(r[3]),     text(r[4]),  text(r[5]),
          text(r[6]),  boolean(r[7]), text(r[8]), text(r[9]), boolean(r[10]), text(r[11])};
}

std::optional<UserRecord> first_user(const pqxx::result& r) {
  if (r.empty()) return std::nullopt;
  return row_to_user(r[0]);
}

}  // namespace

std::optional<UserRecord> user_by_username(Tx& t, std::string_view username) {
  // Usernames are unique whatever their case (the lower(username) index), as in SQLite's NOCASE.
  return first_user(t.exec(std::string{"SELECT "} + kUserColumns + " FROM pengguna WHERE lower(username) = lower($1)",
                           std::string{username}));
}

std::optional<UserRecord> user_by_id(Tx& t, std::int64_t id) {
  return first_user(t.exec(std::string{"SELECT "} + kUserColumns + " FROM pengguna WHERE id = $1", id));
}

std::vector<UserRecord> users(Tx& t, std::string_view area) {
  std::vector<UserRecord> out;
  for (const auto& row : t.exec(std::string{"SELECT "} + kUserColumns + " FROM pengguna ORDER BY wilayah, username")) {
    UserRecord u = row_to_user(row);
    if (code_within(u.wilayah, area)) out.push_back(std::move(u));
  }
  return out;
}

void insert_user(Tx& t, UserRecord& u) {
  const std::string now = now_utc();
  // ON CONFLICT DO NOTHING instead of catching the violation: an error would abort the whole
  // transaction in PostgreSQL, while the caller may go on after a Conflict (as on SQLite).
  const auto r = t.exec(
      "INSERT INTO pengguna (username, nama, peran, wilayah, kohort, hash_sandi, aktif, dibuat, sandi_diganti, demo, "
      "dibuat_oleh) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT ((lower(username))) DO NOTHING RETURNING id",
      u.username, u.nama, u.peran, u.wilayah, u.kohort, u.hash_sandi, u.aktif, now, now, u.demo, u.dibuat_oleh);
  if (r.empty()) throw Conflict("username_sudah_ada", "Nama pengguna '" + u.username + "' sudah dipakai", "username");
  u.id = int64(r[0][0]);
  u.dibuat = u.sandi_diganti = now;
}

void update_user(Tx& t, const UserRecord& u) {
  const auto r = t.exec(
      "UPDATE pengguna SET nama = $1, peran = $2, wilayah = $3, kohort = $4, hash_sandi = $5, aktif = $6, "
      "sandi_diganti = $7 WHERE id = $8",
      u.nama, u.peran, u.wilayah, u.kohort, u.hash_sandi, u.aktif, u.sandi_diganti, u.id);
  if (r.affected_rows() == 0) throw NotFound("pengguna_tidak_ada", "Pengguna tidak ditemukan");
}

void put_session(Tx& t, const SessionRecord& x) {
  t.exec("INSERT INTO sesi (hash_token, pengguna_id, csrf, dibuat, kedaluwarsa) VALUES ($1, $2, $3, $4, $5)",
         x.hash_token, x.pengguna_id, x.csrf, x.dibuat.empty() ? now_utc() : x.dibuat, x.kedaluwarsa);
}

std::optional<SessionRecord> session_by_hash(Tx& t, std::string_view hash_token) {
  const auto r = t.exec("SELECT hash_token, pengguna_id, csrf, dibuat, kedaluwarsa FROM sesi WHERE hash_token = $1",
                        std::string{hash_token});
  if (r.empty()) return std::nullopt;
  return SessionRecord{text(r[0][0]), int64(r[0][1]), text(r[0][2]), text(r[0][3]), text(r[0][4])};
}

void delete_session(Tx& t, std::string_view hash_token) {
  t.exec("DELETE FROM sesi WHERE hash_token = $1", std::string{hash_token});
}

void delete_sessions_of(Tx& t, std::int64_t pengguna_id) {
  t.exec("DELETE FROM sesi WHERE pengguna_id = $1", pengguna_id);
}

void delete_expired_sessions(Tx& t, std::string_view now) {
  t.exec("DELETE FROM sesi WHERE kedaluwarsa < $1", std::string{now});
}

std::int64_t count_live_sessions(Tx& t, std::string_view now) {
  return int64(t.exec("SELECT count(*) FROM sesi WHERE kedaluwarsa >= $1", std::string{now})[0][0]);
}

std::optional<OtpRecord> otp_of(Tx& t, std::int64_t pengguna_id) {
  const auto r =
      t.exec("SELECT pengguna_id, rahasia, aktif, langkah_terakhir, dibuat FROM pengguna_otp WHERE pengguna_id = $1",
             pengguna_id);
  if (r.empty()) return std::nullopt;
  return OtpRecord{int64(r[0][0]), text(r[0][1]), boolean(r[0][2]), int64(r[0][3]), text(r[0][4])};
}

void put_otp(Tx& t, const OtpRecord& o) {
  t.exec(
      "INSERT INTO pengguna_otp (pengguna_id, rahasia, aktif, langkah_terakhir, dibuat) VALUES ($1, $2, $3, $4, $5) "
      "ON CONFLICT (pengguna_id) DO UPDATE SET rahasia = excluded.rahasia, aktif = excluded.aktif, "
      "langkah_terakhir = excluded.langkah_terakhir, dibuat = excluded.dibuat",
      o.pengguna_id, o.rahasia, o.aktif, o.langkah_terakhir, o.dibuat.empty() ? now_utc() : o.dibuat);
}

void delete_otp(Tx& t, std::int64_t pengguna_id) {
  t.exec("DELETE FROM kode_pemulihan WHERE pengguna_id = $1", pengguna_id);
  t.exec("DELETE FROM pengguna_otp WHERE pengguna_id = $1", pengguna_id);
}

void replace_recovery_codes(Tx& t, std::int64_t pengguna_id, const std::vector<std::string>& hashes) {
  t.exec("DELETE FROM kode_pemulihan WHERE pengguna_id = $1", pengguna_id);
  for (const auto& h : hashes)
    t.exec("INSERT INTO kode_pemulihan (pengguna_id, hash_kode) VALUES ($1, $2)", pengguna_id, h);
}

bool use_recovery_code(Tx& t, std::int64_t pengguna_id, std::string_view hash, std::string_view now) {
  const auto r =
      t.exec("UPDATE kode_pemulihan SET dipakai = $1 WHERE pengguna_id = $2 AND hash_kode = $3 AND dipakai = ''",
             std::string{now}, pengguna_id, std::string{hash});
  return r.affected_rows() == 1;
}

int unused_recovery_codes(Tx& t, std::int64_t pengguna_id) {
  const auto r = t.exec("SELECT count(*) FROM kode_pemulihan WHERE pengguna_id = $1 AND dipakai = ''", pengguna_id);
  return static_cast<int>(int64(r[0][0]));
}

void append_audit(Tx& t, const AuditEntry& entry, std::string_view key) {
  AuditEntry e = entry;
  if (e.waktu.empty()) e.waktu = now_utc();
  // Every write transaction holds the store's writer lock (PgStore::write), so the last hash
  // cannot change before this entry commits, also with other processes on the same database:
  // it is read once per transaction, and the entries go in by COPY (Tx::buffer), in order.
  if (!t.last_audit_hash) {
    const auto last = t.exec("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
    t.last_audit_hash = last.empty() ? "" : text(last[0][0]);
  }
  e.hash_sebelum = *t.last_audit_hash;
  e.hash = audit_hash(e, key);
  t.last_audit_hash = e.hash;
  t.buffer("audit_log",
           {"waktu", "pelaku", "aksi", "entitas", "entitas_id", "perubahan", "hash_sebelum", "hash", "wilayah"},
           {e.waktu, e.pelaku, e.aksi, e.entitas, e.entitas_id, e.perubahan, e.hash_sebelum, e.hash, e.wilayah});
}

namespace {
constexpr const char* kAuditColumns =
    "id, waktu, pelaku, aksi, entitas, entitas_id, perubahan, hash_sebelum, hash, wilayah";
AuditEntry row_to_audit(const pqxx::row& r) {
  return {int64(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4]),
          text(r[5]),  text(r[6]), text(r[7]), text(r[8]), text(r[9])};
}
}  // namespace

void scan_audit(Tx& t, const std::function<bool(const AuditEntry&)>& visit) {
  // In pages by id: the log grows without bound and a result is held in memory whole.
  std::int64_t after = 0;
  for (;;) {
    const auto r =
        t.exec(std::string{"SELECT "} + kAuditColumns + " FROM audit_log WHERE id > $1 ORDER BY id LIMIT 10000", after);
    for (const auto& row : r) {
      const AuditEntry e = row_to_audit(row);
      after = e.id;
      if (!visit(e)) return;
    }
    if (r.size() < 10000) return;
  }
}

Page<AuditEntry> audit_entries(Tx& t, std::string_view entitas, std::string_view entitas_id, int offset, int limit,
                               std::string_view area) {
  Sql where;
  if (!entitas.empty()) where.add(" WHERE entitas = ").arg(std::string{entitas});
  if (!entitas.empty() && !entitas_id.empty()) where.add(" AND entitas_id = ").arg(std::string{entitas_id});
  // Within the actor's area: its own code or below it (codes are dot-separated, no LIKE wildcards).
  if (!area.empty()) {
    where.add(entitas.empty() ? " WHERE (wilayah = " : " AND (wilayah = ").arg(std::string{area});
    where.add(" OR wilayah LIKE ").arg(std::string{area} + ".%").add(")");
  }
  Page<AuditEntry> page;
  Sql count = where;
  count.text = "SELECT count(*) FROM audit_log" + where.text;
  page.total = int64(t.exec(count)[0][0]);
  Sql q = where;
  q.text = std::string{"SELECT "} + kAuditColumns + " FROM audit_log" + where.text + " ORDER BY id DESC LIMIT ";
  q.arg(std::int64_t{limit}).add(" OFFSET ").arg(std::int64_t{offset});
  for (const auto& row : t.exec(q)) page.items.push_back(row_to_audit(row));
  return page;
}

}  // namespace lindungi::store::pg
