#include "services/auth_service.hpp"

#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <nlohmann/json.hpp>
#include <semaphore>
#include <stdexcept>

#include "clock/clock.hpp"
#include "core/errors.hpp"
#include "formats/worker_json.hpp"

namespace lindungi::services {

namespace {

// Each argon2id hash takes 64 MiB and ~75 ms of a core: at most two at a time.
std::counting_semaphore<2> hashing_slots{2};

struct HashingSlot {
  HashingSlot() { hashing_slots.acquire(); }
  ~HashingSlot() { hashing_slots.release(); }
};

void ensure_sodium() {
  static const int ok = sodium_init();
  if (ok < 0) throw std::runtime_error("libsodium could not be initialised");
}

std::string random_token() {
  ensure_sodium();
  unsigned char bytes[32];  // 256 bits
  randombytes_buf(bytes, sizeof bytes);
  char out[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(out, sizeof out, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return out;
}

std::string iso_utc(clock::TimePoint t) { return clock::utc_iso(t); }

// Sessions measure real elapsed time, not the business date: a training server on a fixed date
// (LINDUNGI_TODAY, issue 15) must not keep a session for ever or end it when a test moves the day.
clock::TimePoint real_now() { return std::chrono::system_clock::now(); }

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// A fixed hash to verify against when the user does not exist, so that the answer takes as long
// for an unknown name as for a wrong password.
const std::string& dummy_hash() {
  static const std::string h = AuthService::hash_password("tidak-ada-pengguna-ini");
  return h;
}

}  // namespace

std::string AuthService::hash_password(const std::string& password) {
  ensure_sodium();
  HashingSlot slot;
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    throw std::runtime_error("out of memory while hashing a password");
  return out;
}

bool AuthService::verify_password(const std::string& hash, const std::string& password) {
  ensure_sodium();
  HashingSlot slot;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string AuthService::hash_token(const std::string& token) {
  ensure_sodium();
  unsigned char out[32];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr, 0);
  char hex[65];
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  return hex;
}

UserView AuthService::view(const store::UserRecord& u) const {
  UserView v;
  v.id = u.id;
  v.username = u.username;
  v.nama = u.nama;
  v.role = parse_role(u.peran).value_or(Role::publik);
  v.area = u.wilayah;
  v.kohort = u.kohort;
  v.aktif = u.aktif;
  if (const Region* r = app_.regions().find(u.wilayah)) {
    v.area_nama = r->nama;
  } else if (level_of_code(u.wilayah) == RegionLevel::rt) {
    const Region* kel = app_.regions().find(parent_code(u.wilayah));
    v.area_nama = "RT " + u.wilayah.substr(u.wilayah.size() - 3) + (kel ? " " + kel->nama : "");
  }
  return v;
}

LoginResult AuthService::login(const std::string& username, const std::string& password, const std::string& client) {
  const std::vector<std::string> keys = {"u:" + lower(username), "c:" + client};
  if (const auto wait = app_.login_throttle().wait_seconds(keys); wait > 0)
    throw TooManyAttempts("terlalu_banyak_percobaan",
                          "Terlalu banyak percobaan masuk yang gagal; coba lagi dalam " + std::to_string((wait + 59) / 60) +
                              " menit");
  std::optional<store::UserRecord> user;
  if (username.size() <= 100) app_.store().read([&](store::Session& s) { user = s.user_by_username(username); });
  const bool ok = verify_password(user ? user->hash_sandi : dummy_hash(), password.substr(0, 1024)) && user &&
                  user->aktif;
  if (!ok) {
    app_.login_throttle().failed(keys);
    throw Unauthorized("login_gagal", "Nama pengguna atau kata sandi salah");
  }
  app_.login_throttle().succeeded(keys);

  LoginResult result;
  result.token = random_token();
  result.csrf = random_token();
  result.user = view(*user);
  const auto now = real_now();
  app_.store().write([&](store::Session& s) {
    s.delete_expired_sessions(iso_utc(now));
    s.put_session({hash_token(result.token), user->id, result.csrf, iso_utc(now), iso_utc(now + kSessionLifetime)});
    s.append_audit({0, "", user->username, "masuk", "pengguna", std::to_string(user->id), "{}"});
  });
  return result;
}

std::optional<AuthenticatedSession> AuthService::authenticate(const std::string& token) {
  if (token.empty() || token.size() > 100) return std::nullopt;
  const std::string hashed = hash_token(token);
  const std::string now = iso_utc(real_now());
  if (auto cached = app_.session_cache().find(hashed); cached && cached->expires_utc >= now) {
    AuthenticatedSession out;
    out.actor = cached->actor;
    out.csrf = cached->csrf;
    out.user.id = cached->user_id;
    out.user.username = cached->actor.username;
    out.user.role = cached->actor.role;
    out.user.area = cached->actor.area;
    out.user.kohort = cached->actor.cohort;
    return out;
  }
  std::optional<store::SessionRecord> session;
  std::optional<store::UserRecord> user;
  // Two statements without a snapshot: the account is read after the session, so it is at least
  // as new; a logout or deactivation in between is seen as of the later read, never missed.
  app_.store().read_current([&](store::Session& s) {
    session = s.session_by_hash(hashed);
    if (session) user = s.user_by_id(session->pengguna_id);
  });
  if (!session || !user || !user->aktif || session->kedaluwarsa < now) return std::nullopt;
  AuthenticatedSession out;
  out.user = view(*user);
  out.csrf = session->csrf;
  out.actor = Actor{user->username, out.user.role, user->wilayah, user->kohort};
  app_.session_cache().put(hashed, {out.actor, out.csrf, user->id, session->kedaluwarsa});
  return out;
}

// The full account, for /auth/me: always from the database.
std::optional<AuthenticatedSession> AuthService::current(const std::string& token) {
  app_.session_cache().forget(hash_token(token));
  return authenticate(token);
}

void AuthService::logout(const std::string& token, const Actor& actor) {
  app_.session_cache().forget(hash_token(token));
  app_.store().write([&](store::Session& s) {
    s.delete_session(hash_token(token));
    s.append_audit({0, "", actor.username, "keluar", "pengguna", actor.username, "{}"});
  });
}

void AuthService::change_password(const Actor& actor, const std::string& old_password, const std::string& new_password) {
  std::optional<store::UserRecord> user;
  app_.store().read([&](store::Session& s) { user = s.user_by_username(actor.username); });
  if (!user) throw Unauthorized("belum_masuk", "Silakan masuk terlebih dahulu");
  if (!verify_password(user->hash_sandi, old_password))
    throw ValidationError("password_lama", "sandi_lama_salah", "Kata sandi lama salah");
  if (const auto problem = password_problem(new_password, user->username))
    throw ValidationError("password_baru", "sandi_lemah", *problem);
  user->hash_sandi = hash_password(new_password);
  user->sandi_diganti = iso_utc(real_now());
  app_.store().write([&](store::Session& s) {
    s.update_user(*user);
    s.delete_sessions_of(user->id);  // every other device has to log in again
    app_.session_cache().clear();
    s.append_audit({0, "", actor.username, "ganti_sandi", "pengguna", std::to_string(user->id), "{}"});
  });
}

UserView AuthService::create_user(const Actor& actor, const NewUser& in) {
  if (!actor.can(Permission::manage_users))
    throw Forbidden("tidak_berwenang", "Anda tidak berwenang mengelola pengguna");
  std::vector<FieldError> errors;
  const auto role = parse_role(in.role);
  if (in.username.size() < 3 || in.username.size() > 64 ||
      in.username.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") !=
          std::string::npos)
    errors.push_back({"username", "username_tidak_valid", "Nama pengguna 3-64 karakter: huruf, angka, titik, garis"});
  if (in.nama.empty()) errors.push_back({"nama", "wajib_diisi", "Nama lengkap wajib diisi"});
  if (!role || *role == Role::sistem || *role == Role::publik) {
    errors.push_back({"role", "peran_tidak_dikenal", "Peran '" + in.role + "' tidak dikenal"});
  } else if (const auto problem = role_area_problem(*role, in.area)) {
    errors.push_back({"area", "wilayah_tidak_sesuai", *problem});
  } else if (!can_access_area(actor, in.area)) {
    errors.push_back({"area", "di_luar_wilayah", "Wilayah " + in.area + " di luar kewenangan Anda"});
  }
  if (role == Role::admin_kota && actor.role != Role::sistem && actor.area != in.area)
    errors.push_back({"role", "tidak_berwenang", "Hanya admin kota yang sama yang dapat membuat admin kota"});
  // Issue 16 item 4: BPJS's answers, claim decisions and payouts are not the city's; an admin who
  // could make BPJS officers' accounts would hold both sides through them.
  if (role == Role::petugas_bpjs && actor.role != Role::sistem)
    errors.push_back({"role", "tidak_berwenang",
                      "Akun petugas BPJS dibuat oleh operator sistem (lindungi user add), bukan oleh admin: jawaban "
                      "BPJS, keputusan dan pembayaran klaim bukan wewenang pengelola program"});
  if (const auto problem = password_problem(in.password, in.username))
    errors.push_back({"password", "sandi_lemah", *problem});
  if (!errors.empty()) throw ValidationError(std::move(errors));

  store::UserRecord u;
  u.username = in.username;
  u.nama = in.nama;
  u.peran = in.role;
  u.wilayah = in.area;
  u.kohort = in.kohort;
  u.hash_sandi = hash_password(in.password);
  // Issue 16 item 4: an account an admin creates counts as that admin for two-person rules. The
  // machine's operator (CLI, demo) creates people of their own.
  u.dibuat_oleh = actor.role == Role::sistem ? "" : actor.username;
  app_.store().write([&](store::Session& s) {
    s.insert_user(u);
    const nlohmann::json changes = {{"username", {nullptr, u.username}}, {"nama", {nullptr, u.nama}},
                                    {"peran", {nullptr, u.peran}},       {"wilayah", {nullptr, u.wilayah}},
                                    {"kohort", {nullptr, u.kohort}}};
    s.append_audit({0, "", actor.username, "buat", "pengguna", std::to_string(u.id), formats::json_text(changes)});
  });
  return view(u);
}

std::vector<UserView> AuthService::list_users(const Actor& actor) {
  if (!actor.can(Permission::manage_users) && !actor.can(Permission::view_audit))
    throw Forbidden("tidak_berwenang", "Anda tidak berwenang melihat daftar pengguna");
  std::vector<store::UserRecord> users;
  app_.store().read([&](store::Session& s) { users = s.users(actor.area); });
  std::vector<UserView> out;
  for (const auto& u : users) out.push_back(view(u));
  return out;
}

void AuthService::set_active(const Actor& actor, std::int64_t user_id, bool active) {
  if (!actor.can(Permission::manage_users))
    throw Forbidden("tidak_berwenang", "Anda tidak berwenang mengelola pengguna");
  app_.store().write([&](store::Session& s) {
    auto u = s.user_by_id(user_id);
    if (!u || !can_access_area(actor, u->wilayah))
      throw NotFound("pengguna_tidak_ada", "Pengguna tidak ditemukan");
    if (u->username == actor.username) throw Conflict("akun_sendiri", "Anda tidak dapat menonaktifkan akun sendiri");
    if (u->aktif == active) return;
    u->aktif = active;
    s.update_user(*u);
    if (!active) {
      s.delete_sessions_of(u->id);
      app_.session_cache().clear();
    }
    s.append_audit({0, "", actor.username, active ? "aktifkan" : "nonaktifkan", "pengguna", std::to_string(u->id),
                    formats::json_text(nlohmann::json{{"aktif", {!active, active}}})});
  });
}

}  // namespace lindungi::services
