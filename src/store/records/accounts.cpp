#include "store/records/accounts.hpp"

#include "clock/clock.hpp"
#include "core/region.hpp"
#include "store/refusals.hpp"

namespace lindungi::store::records {

namespace {

using rows::Params;
using rows::Row;

std::string now_utc() { return clock::now_utc_iso(true); }

// The columns of pengguna but id.
struct UserFields {
  template <typename F, typename U>
  void operator()(F&& f, U& u) const {
    f("username", u.username);
    f("nama", u.nama);
    f("peran", u.peran);
    f("wilayah", u.wilayah);
    f("kohort", u.kohort);
    f("hash_sandi", u.hash_sandi);
    f("aktif", u.aktif);
    f("dibuat", u.dibuat);
    f("sandi_diganti", u.sandi_diganti);
    f("demo", u.demo);
    f("dibuat_oleh", u.dibuat_oleh);
  }
};

struct SessionFields {
  template <typename F, typename S>
  void operator()(F&& f, S& s) const {
    f("hash_token", s.hash_token);
    f("pengguna_id", s.pengguna_id);
    f("csrf", s.csrf);
    f("dibuat", s.dibuat);
    f("kedaluwarsa", s.kedaluwarsa);
  }
};

// The columns of pengguna_otp, keyed by pengguna_id.
struct OtpFields {
  template <typename F, typename O>
  void operator()(F&& f, O& o) const {
    f("pengguna_id", o.pengguna_id);
    f("rahasia", o.rahasia);
    f("aktif", o.aktif);
    f("langkah_terakhir", o.langkah_terakhir);
    f("dibuat", o.dibuat);
  }
};

const rows::Table<UserRecord, UserFields> kUsers{"pengguna"};
const auto kSessionNames = rows::field_names<SessionFields, SessionRecord>();
const auto kOtpNames = rows::field_names<OtpFields, OtpRecord>();

}  // namespace

std::optional<UserRecord> Accounts::user_by_username(std::string_view username) {
  // Usernames are unique whatever their case: SQLite's column is NOCASE, PostgreSQL has an index
  // on lower(username).
  return db().one(kUsers.select() + db().pick(" WHERE username = ?", " WHERE lower(username) = lower(?)"),
                  Params{username}, kUsers.reader());
}

std::optional<UserRecord> Accounts::user_by_id(std::int64_t id) {
  return db().one(kUsers.select() + " WHERE id = ?", Params{id}, kUsers.reader());
}

std::vector<UserRecord> Accounts::users(std::string_view area) {
  std::vector<UserRecord> out;
  db().run(kUsers.select() + " ORDER BY wilayah, username", {}, [&](Row& r) {
    UserRecord u = kUsers.read(r);
    if (code_within(u.wilayah, area)) out.push_back(std::move(u));
  });
  return out;
}

Page<UserRecord> Accounts::users_page(std::string_view area, int offset, int limit) {
  // What code_within(wilayah, area) says, as a condition the database can count and page: the
  // area itself or a code below it ('/' sorts right after '.', the columns compare bytewise).
  Params p;
  std::string where;
  if (!area.empty()) {
    where = " WHERE (wilayah = ? OR (wilayah >= ? AND wilayah < ?))";
    p << area << std::string{area} + "." << std::string{area} + "/";
  }
  Page<UserRecord> out;
  out.total = db().first_int("SELECT count(*) FROM pengguna" + where, p).value_or(0);
  out.items = db().all(kUsers.select() + where + " ORDER BY wilayah, username LIMIT ? OFFSET ?",
                       Params{p} << limit << offset, [](Row& r) { return kUsers.read(r); });
  return out;
}

void Accounts::insert_user(UserRecord& u) {
  // ON CONFLICT DO NOTHING instead of catching the violation: an error would abort the whole
  // transaction in PostgreSQL, while the caller may go on after a UniqueViolation.
  const std::string now = now_utc();
  UserRecord row = u;
  row.dibuat = row.sandi_diganti = now;
  const auto id = kUsers.insert(
      db(), row, db().pick(" ON CONFLICT (username) DO NOTHING", " ON CONFLICT ((lower(username))) DO NOTHING"));
  if (!id) throw UniqueViolation("pengguna", u.username);
  u.id = *id;
  u.dibuat = u.sandi_diganti = now;
}

void Accounts::update_user(const UserRecord& u) {
  if (db().exec("UPDATE pengguna SET nama = ?, peran = ?, wilayah = ?, kohort = ?, hash_sandi = ?, aktif = ?, "
                "sandi_diganti = ? WHERE id = ?",
                Params{u.nama, u.peran, u.wilayah, u.kohort, u.hash_sandi, u.aktif, u.sandi_diganti, u.id}) == 0)
    throw MissingRow("pengguna");
}

void Accounts::put_session(const SessionRecord& x) {
  static const std::string sql =
      "INSERT INTO sesi (" + rows::list(kSessionNames) + ") VALUES (" + rows::marks(kSessionNames.size()) + ")";
  SessionRecord row = x;
  if (row.dibuat.empty()) row.dibuat = now_utc();
  db().exec(sql, rows::params_of<SessionFields>(row));
}

std::optional<SessionRecord> Accounts::session_by_hash(std::string_view hash_token) {
  return db().one("SELECT " + rows::list(kSessionNames) + " FROM sesi WHERE hash_token = ?", Params{hash_token},
                  rows::read_record<SessionRecord, SessionFields>);
}

void Accounts::delete_session(std::string_view hash_token) {
  db().exec("DELETE FROM sesi WHERE hash_token = ?", Params{hash_token});
}

void Accounts::delete_sessions_of(std::int64_t pengguna_id) {
  db().exec("DELETE FROM sesi WHERE pengguna_id = ?", Params{pengguna_id});
}

void Accounts::delete_expired_sessions(std::string_view now) {
  db().exec("DELETE FROM sesi WHERE kedaluwarsa < ?", Params{now});
}

std::int64_t Accounts::count_live_sessions(std::string_view now) {
  return db().first_int("SELECT count(*) FROM sesi WHERE kedaluwarsa >= ?", Params{now}).value_or(0);
}

std::vector<SessionRecord> Accounts::live_sessions(std::string_view now) {
  return db().all("SELECT " + rows::list(kSessionNames) + " FROM sesi WHERE kedaluwarsa >= ? ORDER BY dibuat",
                  Params{now}, rows::read_record<SessionRecord, SessionFields>);
}

std::optional<OtpRecord> Accounts::otp_of(std::int64_t pengguna_id) {
  return db().one("SELECT " + rows::list(kOtpNames) + " FROM pengguna_otp WHERE pengguna_id = ?", Params{pengguna_id},
                  rows::read_record<OtpRecord, OtpFields>);
}

void Accounts::put_otp(const OtpRecord& o) {
  static const std::string sql = rows::upsert("pengguna_otp", kOtpNames);
  OtpRecord row = o;
  if (row.dibuat.empty()) row.dibuat = now_utc();
  db().exec(sql, rows::params_of<OtpFields>(row));
}

void Accounts::delete_otp(std::int64_t pengguna_id) {
  db().exec("DELETE FROM kode_pemulihan WHERE pengguna_id = ?", Params{pengguna_id});
  db().exec("DELETE FROM pengguna_otp WHERE pengguna_id = ?", Params{pengguna_id});
}

void Accounts::replace_recovery_codes(std::int64_t pengguna_id, const std::vector<std::string>& hashes) {
  db().exec("DELETE FROM kode_pemulihan WHERE pengguna_id = ?", Params{pengguna_id});
  for (const auto& h : hashes)
    db().exec("INSERT INTO kode_pemulihan (pengguna_id, hash_kode) VALUES (?, ?)", Params{pengguna_id, h});
}

bool Accounts::use_recovery_code(std::int64_t pengguna_id, std::string_view hash, std::string_view now) {
  return db().exec("UPDATE kode_pemulihan SET dipakai = ? WHERE pengguna_id = ? AND hash_kode = ? AND dipakai = ''",
                   Params{now, pengguna_id, hash}) == 1;
}

int Accounts::unused_recovery_codes(std::int64_t pengguna_id) {
  return static_cast<int>(
      db().first_int("SELECT count(*) FROM kode_pemulihan WHERE pengguna_id = ? AND dipakai = ''", Params{pengguna_id})
          .value_or(0));
}

}  // namespace lindungi::store::records
