#include "store/sqlite/sqlite_accounts.hpp"

#include <sqlite3.h>

#include "core/errors.hpp"
#include "core/region.hpp"
#include "store/audit_chain.hpp"

namespace lindungi::store::sqlite {

namespace {

constexpr const char* kUserColumns =
    "id, username, nama, peran, wilayah, kohort, hash_sandi, aktif, dibuat, sandi_diganti, demo, dibuat_oleh";

UserRecord row_to_user(SQLite::Statement& s) {
  return {s.getColumn(0).getInt64(),  s.getColumn(1).getString(),   s.getColumn(2).getString(),
          s.getColumn(3).getString(), s.getColumn(4).getString(),   s.getColumn(5).getString(),
          s.getColumn(6).getString(), s.getColumn(7).getInt() != 0, s.getColumn(8).getString(),
          s.getColumn(9).getString(), s.getColumn(10).getInt() != 0, s.getColumn(11).getString()};
}

}  // namespace

std::optional<UserRecord> user_by_username(Connection& c, std::string_view username) {
  auto& s = c.prepare(std::string{"SELECT "} + kUserColumns + " FROM pengguna WHERE username = ?");
  ResetOnExit r{s};
  s.bind(1, std::string{username});
  if (!s.executeStep()) return std::nullopt;
  return row_to_user(s);
}

std::optional<UserRecord> user_by_id(Connection& c, std::int64_t id) {
  auto& s = c.prepare(std::string{"SELECT "} + kUserColumns + " FROM pengguna WHERE id = ?");
  ResetOnExit r{s};
  s.bind(1, id);
  if (!s.executeStep()) return std::nullopt;
  return row_to_user(s);
}

std::vector<UserRecord> users(Connection& c, std::string_view area) {
  auto& s = c.prepare(std::string{"SELECT "} + kUserColumns + " FROM pengguna ORDER BY wilayah, username");
  ResetOnExit r{s};
  std::vector<UserRecord> out;
  while (s.executeStep()) {
    UserRecord u = row_to_user(s);
    if (code_within(u.wilayah, area)) out.push_back(std::move(u));
  }
  return out;
}

void insert_user(Connection& c, UserRecord& u) {
  auto& s = c.prepare(
      "INSERT INTO pengguna (username, nama, peran, wilayah, kohort, hash_sandi, aktif, dibuat, sandi_diganti, demo, "
      "dibuat_oleh) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  const std::string now = now_utc();
  {
    ResetOnExit r{s};
    s.bind(1, u.username);
    s.bind(2, u.nama);
    s.bind(3, u.peran);
    s.bind(4, u.wilayah);
    s.bind(5, u.kohort);
    s.bind(6, u.hash_sandi);
    s.bind(7, u.aktif ? 1 : 0);
    s.bind(8, now);
    s.bind(9, now);
    s.bind(10, u.demo ? 1 : 0);
    s.bind(11, u.dibuat_oleh);
    try {
      s.exec();
    } catch (const SQLite::Exception& e) {
      if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)
        throw Conflict("username_sudah_ada", "Nama pengguna '" + u.username + "' sudah dipakai", "username");
      throw;
    }
  }
  u.id = c.db().getLastInsertRowid();
  u.dibuat = u.sandi_diganti = now;
}

void update_user(Connection& c, const UserRecord& u) {
  auto& s = c.prepare(
      "UPDATE pengguna SET nama = ?, peran = ?, wilayah = ?, kohort = ?, hash_sandi = ?, aktif = ?, "
      "sandi_diganti = ? WHERE id = ?");
  ResetOnExit r{s};
  s.bind(1, u.nama);
  s.bind(2, u.peran);
  s.bind(3, u.wilayah);
  s.bind(4, u.kohort);
  s.bind(5, u.hash_sandi);
  s.bind(6, u.aktif ? 1 : 0);
  s.bind(7, u.sandi_diganti);
  s.bind(8, u.id);
  if (s.exec() == 0) throw NotFound("pengguna_tidak_ada", "Pengguna tidak ditemukan");
}

void put_session(Connection& c, const SessionRecord& x) {
  auto& s = c.prepare("INSERT INTO sesi (hash_token, pengguna_id, csrf, dibuat, kedaluwarsa) VALUES (?, ?, ?, ?, ?)");
  ResetOnExit r{s};
  s.bind(1, x.hash_token);
  s.bind(2, x.pengguna_id);
  s.bind(3, x.csrf);
  s.bind(4, x.dibuat.empty() ? now_utc() : x.dibuat);
  s.bind(5, x.kedaluwarsa);
  s.exec();
}

std::optional<SessionRecord> session_by_hash(Connection& c, std::string_view hash_token) {
  auto& s = c.prepare("SELECT hash_token, pengguna_id, csrf, dibuat, kedaluwarsa FROM sesi WHERE hash_token = ?");
  ResetOnExit r{s};
  s.bind(1, std::string{hash_token});
  if (!s.executeStep()) return std::nullopt;
  return SessionRecord{s.getColumn(0).getString(), s.getColumn(1).getInt64(), s.getColumn(2).getString(),
                       s.getColumn(3).getString(), s.getColumn(4).getString()};
}

void delete_session(Connection& c, std::string_view hash_token) {
  auto& s = c.prepare("DELETE FROM sesi WHERE hash_token = ?");
  ResetOnExit r{s};
  s.bind(1, std::string{hash_token});
  s.exec();
}

void delete_sessions_of(Connection& c, std::int64_t pengguna_id) {
  auto& s = c.prepare("DELETE FROM sesi WHERE pengguna_id = ?");
  ResetOnExit r{s};
  s.bind(1, pengguna_id);
  s.exec();
}

void delete_expired_sessions(Connection& c, std::string_view now) {
  auto& s = c.prepare("DELETE FROM sesi WHERE kedaluwarsa < ?");
  ResetOnExit r{s};
  s.bind(1, std::string{now});
  s.exec();
}

std::int64_t count_live_sessions(Connection& c, std::string_view now) {
  auto& s = c.prepare("SELECT count(*) FROM sesi WHERE kedaluwarsa >= ?");
  ResetOnExit r{s};
  s.bind(1, std::string{now});
  s.executeStep();
  return s.getColumn(0).getInt64();
}

std::optional<OtpRecord> otp_of(Connection& c, std::int64_t pengguna_id) {
  auto& s =
      c.prepare("SELECT pengguna_id, rahasia, aktif, langkah_terakhir, dibuat FROM pengguna_otp WHERE pengguna_id = ?");
  ResetOnExit r{s};
  s.bind(1, pengguna_id);
  if (!s.executeStep()) return std::nullopt;
  return OtpRecord{s.getColumn(0).getInt64(), s.getColumn(1).getString(), s.getColumn(2).getInt() != 0,
                   s.getColumn(3).getInt64(), s.getColumn(4).getString()};
}

void put_otp(Connection& c, const OtpRecord& o) {
  auto& s = c.prepare(
      "INSERT INTO pengguna_otp (pengguna_id, rahasia, aktif, langkah_terakhir, dibuat) VALUES (?, ?, ?, ?, ?) "
      "ON CONFLICT (pengguna_id) DO UPDATE SET rahasia = excluded.rahasia, aktif = excluded.aktif, "
      "langkah_terakhir = excluded.langkah_terakhir, dibuat = excluded.dibuat");
  ResetOnExit r{s};
  s.bind(1, o.pengguna_id);
  s.bind(2, o.rahasia);
  s.bind(3, o.aktif ? 1 : 0);
  s.bind(4, o.langkah_terakhir);
  s.bind(5, o.dibuat.empty() ? now_utc() : o.dibuat);
  s.exec();
}

void delete_otp(Connection& c, std::int64_t pengguna_id) {
  for (const char* sql :
       {"DELETE FROM kode_pemulihan WHERE pengguna_id = ?", "DELETE FROM pengguna_otp WHERE pengguna_id = ?"}) {
    auto& s = c.prepare(sql);
    ResetOnExit r{s};
    s.bind(1, pengguna_id);
    s.exec();
  }
}

void replace_recovery_codes(Connection& c, std::int64_t pengguna_id, const std::vector<std::string>& hashes) {
  {
    auto& s = c.prepare("DELETE FROM kode_pemulihan WHERE pengguna_id = ?");
    ResetOnExit r{s};
    s.bind(1, pengguna_id);
    s.exec();
  }
  auto& s = c.prepare("INSERT INTO kode_pemulihan (pengguna_id, hash_kode) VALUES (?, ?)");
  for (const auto& h : hashes) {
    ResetOnExit r{s};
    s.bind(1, pengguna_id);
    s.bind(2, h);
    s.exec();
  }
}

bool use_recovery_code(Connection& c, std::int64_t pengguna_id, std::string_view hash, std::string_view now) {
  auto& s = c.prepare("UPDATE kode_pemulihan SET dipakai = ? WHERE pengguna_id = ? AND hash_kode = ? AND dipakai = ''");
  ResetOnExit r{s};
  s.bind(1, std::string{now});
  s.bind(2, pengguna_id);
  s.bind(3, std::string{hash});
  return s.exec() == 1;
}

int unused_recovery_codes(Connection& c, std::int64_t pengguna_id) {
  auto& s = c.prepare("SELECT count(*) FROM kode_pemulihan WHERE pengguna_id = ? AND dipakai = ''");
  ResetOnExit r{s};
  s.bind(1, pengguna_id);
  s.executeStep();
  return s.getColumn(0).getInt();
}

void append_audit(Connection& c, const AuditEntry& entry, std::string_view key) {
  AuditEntry e = entry;
  if (e.waktu.empty()) e.waktu = now_utc();
  {
    // Writers are serialised (BEGIN IMMEDIATE), so the last hash cannot change under us.
    auto& last = c.prepare("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
    ResetOnExit r{last};
    e.hash_sebelum = last.executeStep() ? last.getColumn(0).getString() : "";
  }
  e.hash = audit_hash(e, key);
  auto& s = c.prepare(
      "INSERT INTO audit_log (waktu, pelaku, aksi, entitas, entitas_id, perubahan, hash_sebelum, hash, wilayah) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  ResetOnExit r{s};
  s.bind(1, e.waktu);
  s.bind(2, e.pelaku);
  s.bind(3, e.aksi);
  s.bind(4, e.entitas);
  s.bind(5, e.entitas_id);
  s.bind(6, e.perubahan);
  s.bind(7, e.hash_sebelum);
  s.bind(8, e.hash);
  s.bind(9, e.wilayah);
  s.exec();
}

namespace {
constexpr const char* kAuditColumns =
    "id, waktu, pelaku, aksi, entitas, entitas_id, perubahan, hash_sebelum, hash, wilayah";
AuditEntry row_to_audit(SQLite::Statement& s) {
  return {s.getColumn(0).getInt64(),  s.getColumn(1).getString(), s.getColumn(2).getString(),
          s.getColumn(3).getString(), s.getColumn(4).getString(), s.getColumn(5).getString(),
          s.getColumn(6).getString(), s.getColumn(7).getString(), s.getColumn(8).getString(),
          s.getColumn(9).getString()};
}
}  // namespace

void scan_audit(Connection& c, const std::function<bool(const AuditEntry&)>& visit) {
  auto& s = c.prepare(std::string{"SELECT "} + kAuditColumns + " FROM audit_log ORDER BY id");
  ResetOnExit r{s};
  while (s.executeStep())
    if (!visit(row_to_audit(s))) break;
}

Page<AuditEntry> audit_entries(Connection& c, std::string_view entitas, std::string_view entitas_id, int offset,
                               int limit, std::string_view area) {
  std::string where = entitas.empty()      ? ""
                      : entitas_id.empty() ? " WHERE entitas = ?1"
                                           : " WHERE entitas = ?1 AND entitas_id = ?2";
  // Within the actor's area: its own code or below it (codes are dot-separated, no LIKE wildcards).
  if (!area.empty())
    where += std::string{where.empty() ? " WHERE" : " AND"} + " (wilayah = ?5 OR wilayah LIKE ?5 || '.%')";
  auto bind = [&](SQLite::Statement& s) {
    if (!entitas.empty()) s.bind(1, std::string{entitas});
    if (!entitas.empty() && !entitas_id.empty()) s.bind(2, std::string{entitas_id});
    if (!area.empty()) s.bind(5, std::string{area});
  };
  Page<AuditEntry> page;
  {
    auto& s = c.prepare("SELECT count(*) FROM audit_log" + where);
    ResetOnExit r{s};
    bind(s);
    s.executeStep();
    page.total = s.getColumn(0).getInt64();
  }
  auto& s = c.prepare(std::string{"SELECT "} + kAuditColumns + " FROM audit_log" + where +
                      " ORDER BY id DESC LIMIT ?3 OFFSET ?4");
  ResetOnExit r{s};
  bind(s);
  s.bind(3, limit);
  s.bind(4, offset);
  while (s.executeStep()) page.items.push_back(row_to_audit(s));
  return page;
}

}  // namespace lindungi::store::sqlite
