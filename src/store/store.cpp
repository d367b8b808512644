#include "store/store.hpp"

#include <algorithm>
#include <cctype>

#include "core/errors.hpp"
#include "core/region.hpp"
#include "store/accounts_store.hpp"
#include "store/audit_store.hpp"
#include "store/billing_store.hpp"
#include "store/bpjs_store.hpp"
#include "store/claims_store.hpp"
#include "store/funding_store.hpp"
#include "store/intake_store.hpp"
#include "store/jakon_store.hpp"
#include "store/postgres/pg_store.hpp"
#include "store/registry_store.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace lindungi::store {

namespace {

std::optional<std::int64_t> id_of(std::string_view text) {
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  return std::stoll(std::string{text});
}

std::string worker_area(Session& s, std::int64_t id) {
  const auto w = s.registry().worker(id);
  return w ? w->kode_rt() : "";
}

std::string funder_area(Session& s, std::string_view kode) {
  const auto f = s.funding().funder(kode);
  return f ? f->wilayah : "";
}

std::string user_area(Session& s, std::string_view entitas_id) {
  const auto id = id_of(entitas_id);
  const auto u = id ? s.accounts().user_by_id(*id) : s.accounts().user_by_username(entitas_id);
  return u ? u->wilayah : "";
}

}  // namespace

// The area of what an entry concerns (issue 16 item 1): the worker's RT, the funder's area, the
// claim's or card's worker, the project's RT, the batch's area. Entities that concern no area
// (holidays, the demo, region lists of the province) stay "", seen only by system-wide roles.
// Migration 0014 back-fills the same rule in SQL for the entries written before it.
std::string audit_area(Session& s, const AuditEntry& e) {
  const std::string_view ent = e.entitas;
  const std::string_view id_text = e.entitas_id;
  const auto id = id_of(id_text);
  if (ent == "pekerja") return id ? worker_area(s, *id) : "";
  if (ent == "sumber_dana") return funder_area(s, id_text.substr(0, id_text.find('/')));
  if (ent == "tagihan") {
    const auto inv = id ? s.billing().invoice(*id) : std::nullopt;
    return inv ? funder_area(s, inv->sumber_dana) : "";
  }
  if (ent == "klaim") {
    const auto c = id ? s.claims().claim(*id) : std::nullopt;
    return c ? c->wilayah : "";
  }
  if (ent == "kartu") {
    const auto c = id ? s.bpjs().card(*id) : std::nullopt;
    return c ? worker_area(s, c->pekerja_id) : "";
  }
  if (ent == "batch_kartu") {
    const auto b = id ? s.bpjs().card_batch(*id) : std::nullopt;
    return b ? b->wilayah : "";
  }
  if (ent == "pendaftaran_bpjs") {
    const auto b = id ? s.bpjs().batch(*id) : std::nullopt;
    return b ? b->wilayah : "";
  }
  if (ent == "proyek") {
    const auto p = id ? s.jakon().project(*id) : std::nullopt;
    return p ? rt_code(p->kode_kelurahan, p->rt) : "";
  }
  if (ent == "duplikat") {
    if (!id) return level_of_code(id_text) ? std::string{id_text} : "";  // a scan: its area or "semua"
    const auto d = s.intake().duplicate(*id);
    return d ? worker_area(s, d->worker_a) : "";
  }
  if (ent == "impor") {
    const auto r = id ? s.intake().import_record(*id) : std::nullopt;
    return r ? r->wilayah : "";
  }
  if (ent == "pengguna") return user_area(s, id_text);
  // A kab/kota's programme rules (issue 22 item 4), keyed "15.71/2027-01-01": that kab/kota.
  if (ent == "aturan_program") {
    const std::string_view kab = id_text.substr(0, id_text.find('/'));
    return level_of_code(kab) ? std::string{kab} : "";
  }
  if (ent == "rt" || ent == "wilayah") return level_of_code(id_text) ? std::string{id_text} : "";
  if (ent == "bpjs_berkas_aktif") return user_area(s, e.pelaku);  // the uploader's area
  // Things without an area of their own (the national holidays, logins): the actor's area, so
  // that a city admin sees what was done from their city and nobody sees another city's actions.
  // System actors have none: their entries are seen by system-wide roles only.
  return user_area(s, e.pelaku);
}

std::unique_ptr<Store> open_store(const std::string& location) {
  if (location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0) return open_pg_store(location);
  std::string path = location;
  if (path.rfind("sqlite:", 0) == 0) path = path.substr(7);
  if (path.empty()) throw BadRequest("db_kosong", "Lokasi database wajib diisi", "db");
  return open_sqlite_store(path);
}

bool is_postgres_location(const std::string& location) {
  return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

bool location_has_password(const std::string& location) {
  if (!is_postgres_location(location)) return false;
  return printable_location(location) != location;
}

std::string location_with_password(const std::string& location, const std::string& password) {
  if (!is_postgres_location(location))
    throw BadRequest("kata_sandi_khusus_postgresql",
                     "Berkas kata sandi database hanya dipakai untuk PostgreSQL (postgresql://...); database SQLite "
                     "tidak memakai kata sandi",
                     "db_password_file");
  static const char* hex = "0123456789ABCDEF";
  std::string encoded;
  for (const unsigned char ch : password) {
    if (std::isalnum(ch) || ch == '-' || ch == '_' || ch == '.' || ch == '~') {
      encoded += static_cast<char>(ch);
    } else {
      encoded += '%';
      encoded += hex[ch >> 4];
      encoded += hex[ch & 15];
    }
  }
  return location + (location.find('?') == std::string::npos ? "?" : "&") + "password=" + encoded;
}

std::optional<std::string> probe_location(const std::string& location) {
  if (is_postgres_location(location)) return probe_pg(location);
  std::string path = location;
  if (path.rfind("sqlite:", 0) == 0) path = path.substr(7);
  if (path.empty()) return "lokasi database kosong";
  return probe_sqlite(path);
}

void with_exported_snapshot(const std::string& location, const SnapshotBody& body) {
  if (!is_postgres_location(location))
    throw BadRequest("snapshot_khusus_postgresql", "Snapshot ekspor hanya untuk PostgreSQL", "db");
  with_pg_snapshot(location, body);
}

std::string printable_location(const std::string& location) {
  std::string out = location;
  const std::size_t scheme = out.find("://");
  if (scheme == std::string::npos) return out;
  const std::size_t at = out.find('@', scheme + 3);
  const std::size_t colon = out.find(':', scheme + 3);
  if (at != std::string::npos && colon != std::string::npos && colon < at)
    out = out.substr(0, colon + 1) + "***" + out.substr(at);
  // libpq also takes it as a query parameter: ?password=...
  const std::size_t param = out.find("password=");
  if (param != std::string::npos) {
    const std::size_t end = std::min(out.find('&', param), out.size());
    out = out.substr(0, param + 9) + "***" + out.substr(end);
  }
  return out;
}

}  // namespace lindungi::store
