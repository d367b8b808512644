#include "services/auth_service.hpp"

#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <nlohmann/json.hpp>
#include <semaphore>
#include <stdexcept>

#include "clock/clock.hpp"
#include "core/errors.hpp"
#include "formats/record_json.hpp"
#include "services/checks.hpp"
#include "services/otp_secret.hpp"
#include "services/session_idle.hpp"
#include "services/totp.hpp"
#include "store/accounts_store.hpp"
#include "store/audit_store.hpp"
#include "store/refusals.hpp"

namespace lindungi::services {

namespace {

// Stores the account (NotFound "pengguna_tidak_ada" when it is gone).
void save_user(store::Session& s, const store::UserRecord& u) {
  try {
    s.accounts().update_user(u);
  } catch (const store::MissingRow&) {
    throw NotFound("pengguna_tidak_ada", "Pengguna tidak ditemukan");
  }
}

// TOTP secrets are sealed at rest with a key kept outside the database (services/otp_secret.hpp).
std::string secret_of(const App& app, const store::OtpRecord& r) {
  return otp_secret::open(app.audit_key().key, r.pengguna_id, r.rahasia);
}
// Seals a secret still in clear (a new one, or one stored before secrets were sealed) and stores it.
void store_otp(store::Session& s, const App& app, store::OtpRecord r) {
  if (!otp_secret::sealed(r.rahasia)) r.rahasia = otp_secret::seal(app.audit_key().key, r.pengguna_id, r.rahasia);
  s.accounts().put_otp(r);
}

// Each argon2id hash takes 64 MiB and ~75 ms of a core: at most two at a time.
std::counting_semaphore<2> hashing_slots{2};

std::atomic<bool> minimum_hash_cost{false};  // only the test programs set it

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

// "2026-12-05T02:03:04Z" (as iso_utc writes it) back to a time point; the epoch if unreadable,
// which ends the session rather than keeping it.
clock::TimePoint parse_utc_iso(const std::string& s) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, se = 0;
  if (std::sscanf(s.c_str(), "%d-%d-%dT%d:%d:%d", &y, &mo, &d, &h, &mi, &se) != 6) return {};
  const std::chrono::year_month_day day{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(mo)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  if (!day.ok()) return {};
  return std::chrono::sys_days{day} + std::chrono::hours{h} + std::chrono::minutes{mi} + std::chrono::seconds{se};
}

// Sessions measure real elapsed time, not the business date: a training server on a fixed date
// (LINDUNGI_TODAY, issue 15) must not keep a session for ever or end it when a test moves the day.
clock::TimePoint real_now() { return std::chrono::system_clock::now(); }

// A fixed hash to verify against when the user does not exist, so that the answer takes as long
// for an unknown name as for a wrong password.
const std::string& dummy_hash() {
  static const std::string h = AuthService::hash_password("tidak-ada-pengguna-ini");
  return h;
}

std::int64_t unix_now() {
  return std::chrono::duration_cast<std::chrono::seconds>(real_now().time_since_epoch()).count();
}

// Whether this account must present a second factor before it may do anything but enrol.
bool otp_required(const store::UserRecord& u) {
  return !u.demo && AuthService::role_requires_otp(parse_role(u.peran).value_or(Role::publik));
}

// Recovery codes: 10 characters from 31 that cannot be misread (no i, l, o, 0, 1), about 50 bits,
// shown as xxxxx-xxxxx. Typed back in any case, with or without the dash.
std::string normalise_recovery_code(const std::string& code) {
  std::string out;
  for (unsigned char c : code)
    if (c != '-' && c != ' ') out += static_cast<char>(std::tolower(c));
  return out;
}

std::string recovery_code_hash(std::int64_t user_id, const std::string& code) {
  // Per account, so that one code's hash says nothing about another account's.
  return AuthService::hash_token("pemulihan:" + std::to_string(user_id) + ":" + normalise_recovery_code(code));
}

std::vector<std::string> new_recovery_codes() {
  ensure_sodium();
  static constexpr char kAlphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
  std::vector<std::string> codes;
  for (int i = 0; i < AuthService::kRecoveryCodes; ++i) {
    std::string code;
    for (int j = 0; j < 10; ++j) {
      if (j == 5) code += '-';
      code += kAlphabet[randombytes_uniform(sizeof kAlphabet - 1)];
    }
    codes.push_back(code);
  }
  return codes;
}

std::string trimmed_code(const std::string& code) {
  std::string out;
  for (char c : code)
    if (c != ' ') out += c;
  return out;
}

}  // namespace

bool AuthService::role_requires_otp(Role role) {
  return role == Role::admin_kota || role == Role::auditor || role == Role::petugas_bpjs;
}

std::string AuthService::hash_password(const std::string& password) {
  ensure_sodium();
  HashingSlot slot;
  char out[crypto_pwhash_STRBYTES];
  const bool minimum = minimum_hash_cost.load(std::memory_order_relaxed);
  if (crypto_pwhash_str(out, password.data(), password.size(),
                        minimum ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        minimum ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    throw std::runtime_error("out of memory while hashing a password");
  return out;
}

void AuthService::use_minimum_hash_cost_for_tests() { minimum_hash_cost.store(true, std::memory_order_relaxed); }

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

LoginResult AuthService::login(const std::string& username, const std::string& password, const std::string& client,
                               const std::string& kode_otp, const std::string& kode_pemulihan) {
  // See LoginThrottle: the account from this client, this client, and the account from anywhere
  // (the last with a short cap, so that failing on someone's behalf only slows them down).
  const std::string user_key = lower(username.substr(0, 100));
  const std::vector<std::string> keys = {"uc:" + user_key + "|" + client, "c:" + client, "u:" + user_key};
  if (const auto wait = app_.login_throttle().wait_seconds(keys); wait > 0)
    throw TooManyAttempts("terlalu_banyak_percobaan", "Terlalu banyak percobaan masuk yang gagal; coba lagi dalam " +
                                                          (wait < 60 ? std::to_string(wait) + " detik"
                                                                     : std::to_string((wait + 59) / 60) + " menit"));
  std::optional<store::UserRecord> user;
  if (username.size() <= 100)
    app_.store().read([&](store::Session& s) { user = s.accounts().user_by_username(username); });
  const bool ok =
      verify_password(user ? user->hash_sandi : dummy_hash(), password.substr(0, 1024)) && user && user->aktif;
  if (!ok) {
    app_.login_throttle().failed(keys);
    throw Unauthorized("login_gagal", "Nama pengguna atau kata sandi salah");
  }
  std::optional<store::OtpRecord> otp;
  app_.store().read([&](store::Session& s) { otp = s.accounts().otp_of(user->id); });
  const bool second_factor = otp && otp->aktif;
  if (second_factor && trimmed_code(kode_otp).empty() && trimmed_code(kode_pemulihan).empty())
    // Not a failure: the password was right and the client now asks for the code.
    throw Unauthorized("perlu_kode_otp",
                       "Masukkan kode 6 angka dari aplikasi autentikator Anda, atau salah satu kode pemulihan");

  LoginResult result;
  result.token = random_token();
  result.csrf = random_token();
  result.user = view(*user);
  result.otp.wajib = otp_required(*user);
  result.otp.aktif = second_factor;
  result.terbatas = result.otp.wajib && !second_factor;
  const auto now = real_now();
  bool accepted = true;
  app_.store().write([&](store::Session& s) {
    const char* factor = "sandi";
    if (second_factor) {
      // Checked again under the writer lock: two logins with the same code cannot both pass.
      auto current = s.accounts().otp_of(user->id);
      accepted = false;
      if (current && current->aktif && !trimmed_code(kode_otp).empty()) {
        const auto step = totp::matching_step(secret_of(app_, *current), trimmed_code(kode_otp), unix_now());
        if (step && *step > current->langkah_terakhir) {
          current->langkah_terakhir = *step;
          store_otp(s, app_, *current);
          accepted = true;
          factor = "otp";
        }
      } else if (current && current->aktif) {
        accepted = s.accounts().use_recovery_code(user->id, recovery_code_hash(user->id, kode_pemulihan), iso_utc(now));
        factor = "kode_pemulihan";
      }
      if (!accepted) return;
      result.otp.sisa_kode_pemulihan = s.accounts().unused_recovery_codes(user->id);
    }
    // Sessions ended by idleness are kept for one lifetime more, so that their owner is told why
    // at the login screen (why_session_refused); then they go.
    s.accounts().delete_expired_sessions(iso_utc(now - kSessionLifetime));
    s.accounts().put_session(
        {hash_token(result.token), user->id, result.csrf, iso_utc(now), iso_utc(now + kIdleTimeout)});
    s.audit().append({0, "", user->username, "masuk", "pengguna", std::to_string(user->id),
                      formats::json_text(nlohmann::json{{"faktor", factor}, {"terbatas", result.terbatas}})});
  });
  if (!accepted) {
    app_.login_throttle().failed(keys);
    throw Unauthorized("kode_otp_salah", "Kode verifikasi salah atau sudah pernah dipakai");
  }
  app_.login_throttle().succeeded(keys);
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
    out.terbatas = cached->terbatas;
    return out;
  }
  std::optional<store::SessionRecord> session;
  std::optional<store::UserRecord> user;
  std::optional<store::OtpRecord> otp;
  // Statements without a snapshot: the account is read after the session, so it is at least as
  // new; a logout or deactivation in between is seen as of the later read, never missed. The
  // factor is read last: a reset deletes the sessions first, so a stale "confirmed" is never seen
  // with a live session.
  app_.store().read_current([&](store::Session& s) {
    session = s.accounts().session_by_hash(hashed);
    if (session) user = s.accounts().user_by_id(session->pengguna_id);
    if (user && otp_required(*user)) otp = s.accounts().otp_of(user->id);
  });
  // `kedaluwarsa` is the idle end (issue 16 item 8): the last use plus kIdleTimeout, never past
  // the absolute end `dibuat` + kSessionLifetime. Each use moves it, so it records the last use.
  if (!session || !user || !user->aktif || session->kedaluwarsa < now) return std::nullopt;
  const auto real = real_now();
  const auto absolute_end = parse_utc_iso(session->dibuat) + kSessionLifetime;
  if (absolute_end <= real) return std::nullopt;
  // At most one write a minute per session: enough for a 30-minute timeout, cheap for a burst.
  const auto idle_end = std::min(real + kIdleTimeout, absolute_end);
  if (session->kedaluwarsa < iso_utc(idle_end - std::chrono::minutes(1))) {
    session->kedaluwarsa = iso_utc(idle_end);
    app_.store().write([&](store::Session& s) {
      // Re-read inside the transaction: a logout in between must not be undone.
      auto fresh = s.accounts().session_by_hash(hashed);
      if (!fresh) return;
      s.accounts().delete_session(hashed);
      fresh->kedaluwarsa = session->kedaluwarsa;
      s.accounts().put_session(*fresh);
    });
  }
  AuthenticatedSession out;
  out.user = view(*user);
  out.csrf = session->csrf;
  out.actor = Actor{user->username, out.user.role, user->wilayah, user->kohort};
  out.terbatas = otp_required(*user) && !(otp && otp->aktif);
  app_.session_cache().put(hashed, {out.actor, out.csrf, user->id, session->kedaluwarsa, out.terbatas});
  return out;
}

SessionEnd why_session_refused(App& app, const std::string& token) {
  if (token.empty() || token.size() > 100) return SessionEnd::unknown;
  std::optional<store::SessionRecord> session;
  app.store().read_current(
      [&](store::Session& s) { session = s.accounts().session_by_hash(AuthService::hash_token(token)); });
  if (!session) return SessionEnd::unknown;
  const auto now = real_now();
  if (parse_utc_iso(session->dibuat) + AuthService::kSessionLifetime <= now) return SessionEnd::expired;
  return session->kedaluwarsa < iso_utc(now) ? SessionEnd::idle : SessionEnd::unknown;
}

// The full account, for /auth/me: always from the database.
std::optional<AuthenticatedSession> AuthService::current(const std::string& token) {
  app_.session_cache().forget(hash_token(token));
  return authenticate(token);
}

void AuthService::logout(const std::string& token, const Actor& actor) {
  app_.session_cache().forget(hash_token(token));
  app_.store().write([&](store::Session& s) {
    s.accounts().delete_session(hash_token(token));
    s.audit().append({0, "", actor.username, "keluar", "pengguna", actor.username, "{}"});
  });
}

void AuthService::change_password(const Actor& actor, const std::string& old_password,
                                  const std::string& new_password) {
  std::optional<store::UserRecord> user;
  app_.store().read([&](store::Session& s) { user = s.accounts().user_by_username(actor.username); });
  if (!user) throw Unauthorized("belum_masuk", "Silakan masuk terlebih dahulu");
  if (!verify_password(user->hash_sandi, old_password))
    throw ValidationError("password_lama", "sandi_lama_salah", "Kata sandi lama salah");
  if (const auto problem = password_problem(new_password, user->username))
    throw ValidationError("password_baru", "sandi_lemah", *problem);
  user->hash_sandi = hash_password(new_password);
  user->sandi_diganti = iso_utc(real_now());
  app_.store().write([&](store::Session& s) {
    save_user(s, *user);
    s.accounts().delete_sessions_of(user->id);  // every other device has to log in again
    app_.session_cache().clear();
    s.audit().append({0, "", actor.username, "ganti_sandi", "pengguna", std::to_string(user->id), "{}"});
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
  u.demo = in.demo && actor.role == Role::sistem;  // never through the API
  // Issue 16 item 4: an account an admin creates counts as that admin for two-person rules. The
  // machine's operator (CLI, demo) creates people of their own.
  u.dibuat_oleh = actor.role == Role::sistem ? "" : actor.username;
  app_.store().write([&](store::Session& s) {
    try {
      s.accounts().insert_user(u);
    } catch (const store::UniqueViolation&) {
      throw Conflict("username_sudah_ada", "Nama pengguna '" + u.username + "' sudah dipakai", "username");
    }
    const nlohmann::json changes = {{"username", {nullptr, u.username}},
                                    {"nama", {nullptr, u.nama}},
                                    {"peran", {nullptr, u.peran}},
                                    {"wilayah", {nullptr, u.wilayah}},
                                    {"kohort", {nullptr, u.kohort}}};
    s.audit().append({0, "", actor.username, "buat", "pengguna", std::to_string(u.id), formats::json_text(changes)});
  });
  return view(u);
}

store::Page<UserView> AuthService::list_users(const Actor& actor, int offset, int limit) {
  if (!actor.can(Permission::manage_users) && !actor.can(Permission::view_audit))
    throw Forbidden("tidak_berwenang", "Anda tidak berwenang melihat daftar pengguna");
  store::Page<store::UserRecord> users;
  app_.store().read([&](store::Session& s) { users = s.accounts().users_page(actor.area, offset, limit); });
  store::Page<UserView> out;
  out.total = users.total;
  for (const auto& u : users.items) out.items.push_back(view(u));
  return out;
}

void AuthService::set_active(const Actor& actor, std::int64_t user_id, bool active) {
  if (!actor.can(Permission::manage_users))
    throw Forbidden("tidak_berwenang", "Anda tidak berwenang mengelola pengguna");
  app_.store().write([&](store::Session& s) {
    auto u = s.accounts().user_by_id(user_id);
    if (!u || !can_access_area(actor, u->wilayah)) throw NotFound("pengguna_tidak_ada", "Pengguna tidak ditemukan");
    if (u->username == actor.username) throw Conflict("akun_sendiri", "Anda tidak dapat menonaktifkan akun sendiri");
    if (u->aktif == active) return;
    u->aktif = active;
    save_user(s, *u);
    if (!active) {
      s.accounts().delete_sessions_of(u->id);
      app_.session_cache().clear();
    }
    s.audit().append({0, "", actor.username, active ? "aktifkan" : "nonaktifkan", "pengguna", std::to_string(u->id),
                      formats::json_text(nlohmann::json{{"aktif", {!active, active}}})});
  });
}

OtpStatus AuthService::otp_status(std::int64_t user_id) {
  OtpStatus out;
  app_.store().read([&](store::Session& s) {
    const auto user = s.accounts().user_by_id(user_id);
    const auto otp = s.accounts().otp_of(user_id);
    out.wajib = user && otp_required(*user);
    out.aktif = otp && otp->aktif;
    out.sisa_kode_pemulihan = out.aktif ? s.accounts().unused_recovery_codes(user_id) : 0;
  });
  return out;
}

OtpEnrolment AuthService::start_otp(const Actor& actor) {
  OtpEnrolment out;
  app_.store().write([&](store::Session& s) {
    const auto user = s.accounts().user_by_username(actor.username);
    if (!user) throw Unauthorized("belum_masuk", "Silakan masuk terlebih dahulu");
    if (const auto otp = s.accounts().otp_of(user->id); otp && otp->aktif)
      throw Conflict("otp_sudah_aktif",
                     "Verifikasi dua langkah sudah aktif. Bila perangkat hilang, minta admin mereset verifikasi Anda");
    out.rahasia = totp::random_secret();
    out.uri = totp::otpauth_uri("Lindungi", user->username, out.rahasia);
    store_otp(s, app_, {user->id, out.rahasia, false, -1, iso_utc(real_now())});
    s.audit().append({0, "", actor.username, "mulai_otp", "pengguna", std::to_string(user->id), "{}"});
  });
  return out;
}

std::vector<std::string> AuthService::confirm_otp(const Actor& actor, const std::string& kode_otp) {
  const auto codes = new_recovery_codes();
  app_.store().write([&](store::Session& s) {
    const auto user = s.accounts().user_by_username(actor.username);
    if (!user) throw Unauthorized("belum_masuk", "Silakan masuk terlebih dahulu");
    auto otp = s.accounts().otp_of(user->id);
    if (!otp) throw Conflict("otp_belum_dimulai", "Mulai pendaftaran aplikasi autentikator terlebih dahulu");
    if (otp->aktif) throw Conflict("otp_sudah_aktif", "Verifikasi dua langkah sudah aktif");
    const auto step = totp::matching_step(secret_of(app_, *otp), trimmed_code(kode_otp), unix_now());
    if (!step)
      throw ValidationError("kode_otp", "kode_otp_salah",
                            "Kode salah: ketik 6 angka yang sedang tampil di aplikasi (periksa jam ponsel Anda)");
    otp->aktif = true;
    otp->langkah_terakhir = *step;
    store_otp(s, app_, *otp);
    std::vector<std::string> hashes;
    for (const auto& c : codes) hashes.push_back(recovery_code_hash(user->id, c));
    s.accounts().replace_recovery_codes(user->id, hashes);
    s.audit().append({0, "", actor.username, "daftar_otp", "pengguna", std::to_string(user->id),
                      formats::json_text(nlohmann::json{{"kode_pemulihan", kRecoveryCodes}})});
  });
  app_.session_cache().clear();  // the restricted session becomes a full one now
  return codes;
}

std::vector<std::string> AuthService::regenerate_recovery_codes(const Actor& actor, const std::string& kode_otp) {
  const auto codes = new_recovery_codes();
  app_.store().write([&](store::Session& s) {
    const auto user = s.accounts().user_by_username(actor.username);
    if (!user) throw Unauthorized("belum_masuk", "Silakan masuk terlebih dahulu");
    auto otp = s.accounts().otp_of(user->id);
    if (!otp || !otp->aktif) throw Conflict("otp_belum_aktif", "Verifikasi dua langkah belum aktif untuk akun ini");
    // A current code, not just the session: whoever holds a forgotten open browser cannot take
    // the account's way back in.
    const auto step = totp::matching_step(secret_of(app_, *otp), trimmed_code(kode_otp), unix_now());
    if (!step || *step <= otp->langkah_terakhir)
      throw ValidationError("kode_otp", "kode_otp_salah", "Kode verifikasi salah atau sudah pernah dipakai");
    otp->langkah_terakhir = *step;
    store_otp(s, app_, *otp);
    std::vector<std::string> hashes;
    for (const auto& c : codes) hashes.push_back(recovery_code_hash(user->id, c));
    s.accounts().replace_recovery_codes(user->id, hashes);
    s.audit().append({0, "", actor.username, "kode_pemulihan_baru", "pengguna", std::to_string(user->id),
                      formats::json_text(nlohmann::json{{"kode_pemulihan", kRecoveryCodes}})});
  });
  return codes;
}

std::int64_t AuthService::reset_otp_by_username(const Actor& actor, const std::string& username) {
  std::optional<store::UserRecord> u;
  app_.store().read([&](store::Session& s) { u = s.accounts().user_by_username(username); });
  if (!u) throw NotFound("pengguna_tidak_ada", "Pengguna '" + username + "' tidak ditemukan", "username");
  reset_otp(actor, u->id);
  return u->id;
}

void AuthService::reset_otp(const Actor& actor, std::int64_t user_id) {
  if (!actor.can(Permission::manage_users))
    throw Forbidden("tidak_berwenang", "Anda tidak berwenang mengelola pengguna");
  app_.store().write([&](store::Session& s) {
    const auto u = s.accounts().user_by_id(user_id);
    if (!u || !can_access_area(actor, u->wilayah)) throw NotFound("pengguna_tidak_ada", "Pengguna tidak ditemukan");
    // One admin alone could otherwise swap their own factor from a borrowed session.
    if (u->username == actor.username)
      throw Conflict("akun_sendiri", "Verifikasi dua langkah akun sendiri hanya dapat direset oleh admin lain");
    const auto otp = s.accounts().otp_of(u->id);
    s.accounts().delete_otp(u->id);
    s.accounts().delete_sessions_of(u->id);  // the next login enrols a new factor
    app_.session_cache().clear();
    s.audit().append({0, "", actor.username, "reset_otp", "pengguna", std::to_string(u->id),
                      formats::json_text(nlohmann::json{{"otp_aktif", {otp && otp->aktif, false}}})});
  });
}

std::vector<std::string> AuthService::active_demo_accounts() {
  std::vector<store::UserRecord> users;
  app_.store().read([&](store::Session& s) { users = s.accounts().users(""); });
  std::vector<std::string> out;
  for (const auto& u : users)
    if (u.demo && u.aktif) out.push_back(u.username);
  return out;
}

}  // namespace lindungi::services
