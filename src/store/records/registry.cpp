#include "store/records/registry.hpp"

#include "clock/clock.hpp"
#include "core/errors.hpp"
#include "core/nik.hpp"
#include "store/records/area.hpp"
#include "store/refusals.hpp"

namespace lindungi::store::rows {

// A worker's sex is stored as its code ("L"/"P"), "" when unknown.
static Row& operator>>(Row& r, std::optional<Sex>& s) {
  s = parse_sex(r.text());
  return r;
}
static Params& operator<<(Params& p, const std::optional<Sex>& s) {
  return p << (s ? std::string{to_string(*s)} : std::string{});
}

}  // namespace lindungi::store::rows

namespace lindungi::store::records {

namespace {

using rows::Params;
using rows::Row;

// What a form or an import writes of a worker: every column but the ones the store keeps (id,
// dibuat, diperbarui, versi) and the maker (dicatat_oleh, set once).
struct WorkerFields {
  template <typename F, typename W>
  void operator()(F&& f, W& w) const {
    f("nik", w.nik);
    f("nama", w.nama);
    f("tanggal_lahir", w.tanggal_lahir);
    f("jenis_kelamin", w.jenis_kelamin);
    f("kode_kelurahan", w.kode_kelurahan);
    f("rt", w.rt);
    f("alamat", w.alamat);
    f("no_hp", w.no_hp);
    f("pekerjaan", w.pekerjaan);
    f("penghasilan", w.penghasilan);
    f("kategori", w.kategori);
    f("status", w.status);
    f("sumber_dana", w.sumber_dana);
    f("kpj", w.kpj);
    f("alasan", w.alasan);
    f("persetujuan", w.persetujuan);
    f("setuju_pesan", w.setuju_pesan);
  }
};

const std::vector<std::string>& worker_names() {
  static const auto names = rows::field_names<WorkerFields, Worker>();
  return names;
}

struct HeirFields {
  template <typename F, typename H>
  void operator()(F&& f, H& h) const {
    f("nama", h.nama);
    f("hubungan", h.hubungan);
    f("nik", h.nik);
    f("tanggal_lahir", h.tanggal_lahir);
  }
};

Region read_region(Row& r) {
  Region g;
  r >> g.kode;
  g.level = parse_region_level(r.text()).value_or(RegionLevel::kelurahan);
  r >> g.nama >> g.kode_bps >> g.lat >> g.lng;
  return g;
}

// The area condition of the summaries and RT tables, whose kelurahan and RT are columns of their
// own (the same as pekerja's).
std::string within(std::string_view table, std::string_view area, Params& p) { return within_area(table, area, p); }

}  // namespace

const std::string& worker_columns() {
  static const std::string columns = "id, " + rows::list(worker_names()) + ", dibuat, diperbarui, versi, dicatat_oleh";
  return columns;
}

const std::string& worker_select() {
  static const std::string sql = "SELECT " + worker_columns() + " FROM pekerja";
  return sql;
}

Worker read_worker(Row& r) {
  Worker w;
  r >> w.id;
  rows::read_fields<WorkerFields>(r, w);
  r >> w.created_at >> w.updated_at >> w.version >> w.recorded_by;
  return w;
}

const std::vector<std::string>& worker_insert_columns() {
  static const auto names = [] {
    auto n = worker_names();
    for (const char* c : {"dibuat", "diperbarui", "dicatat_oleh", "versi"}) n.emplace_back(c);
    return n;
  }();
  return names;
}

Params worker_insert_params(const Worker& w, const std::string& now) {
  return rows::params_of<WorkerFields>(w) << now << now << w.recorded_by << 1;
}

// --- Registry ---------------------------------------------------------------------------------

std::vector<Region> Registry::regions() {
  return db().all("SELECT kode, tingkat, nama, kode_bps, coalesce(lat, 0), coalesce(lng, 0) FROM wilayah ORDER BY kode",
                  {}, read_region);
}

void Registry::put_region(const Region& g) {
  const std::string parent = parent_code(g.kode);
  Params p{g.kode, to_string(g.level), g.nama};
  if (parent.empty())
    p << std::nullopt;
  else
    p << parent;
  p << g.kode_bps;
  if (g.lat == 0 && g.lng == 0)
    p << std::nullopt << std::nullopt;
  else
    p << g.lat << g.lng;
  db().exec(
      "INSERT INTO wilayah (kode, tingkat, nama, induk, kode_bps, lat, lng) VALUES (?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (kode) DO UPDATE SET tingkat = excluded.tingkat, nama = excluded.nama, "
      "induk = excluded.induk, kode_bps = excluded.kode_bps, lat = excluded.lat, lng = excluded.lng",
      p);
}

std::vector<RtRecord> Registry::rts(std::string_view area) {
  const auto level = level_of_code(area);
  std::string sql = "SELECT kode, kode_kelurahan, nomor, nama_ketua FROM rt";
  Params p;
  if (area.empty()) {
    sql += " ORDER BY kode";
  } else if (level == RegionLevel::kelurahan) {
    sql += " WHERE kode_kelurahan = ? ORDER BY kode";
    p << area;
  } else if (level == RegionLevel::rt) {
    sql += " WHERE kode = ?";
    p << area;
  } else {
    sql += " WHERE kode >= ? AND kode < ? ORDER BY kode";  // the codes below `area`
    p << std::string{area} + "." << std::string{area} + "/";
  }
  return db().all(sql, p, [](Row& r) {
    RtRecord rt;
    r >> rt.kode >> rt.kode_kelurahan >> rt.nomor >> rt.nama_ketua;
    return rt;
  });
}

void Registry::put_rt(const RtRecord& rt) {
  db().exec(
      "INSERT INTO rt (kode, kode_kelurahan, nomor, nama_ketua) VALUES (?, ?, ?, ?) "
      "ON CONFLICT (kode) DO UPDATE SET nama_ketua = excluded.nama_ketua",
      Params{rt_code(rt.kode_kelurahan, rt.nomor), rt.kode_kelurahan, rt.nomor, rt.nama_ketua});
}

bool Registry::rt_exists(std::string_view kode_kelurahan, int nomor) {
  return db()
      .first_int("SELECT 1 FROM rt WHERE kode_kelurahan = ? AND nomor = ?", Params{kode_kelurahan, nomor})
      .has_value();
}

std::vector<Potential> Registry::potentials() {
  return db().all("SELECT kode, potensi, peserta_lain, sumber FROM potensi ORDER BY kode", {}, [](Row& r) {
    Potential p;
    r >> p.kode >> p.potensi >> p.peserta_lain >> p.sumber;
    return p;
  });
}

void Registry::put_potential(const Potential& p, std::string_view now) {
  db().exec(
      "INSERT INTO potensi (kode, potensi, peserta_lain, sumber, diperbarui) VALUES (?, ?, ?, ?, ?) "
      "ON CONFLICT (kode) DO UPDATE SET potensi = excluded.potensi, peserta_lain = excluded.peserta_lain, "
      "sumber = excluded.sumber, diperbarui = excluded.diperbarui",
      Params{p.kode, p.potensi, p.peserta_lain, p.sumber, now});
}

std::optional<Worker> Registry::worker(std::int64_t id) { return worker_where("id = ?", Params{id}); }

std::optional<Worker> Registry::worker_by_nik(std::string_view nik) { return worker_where("nik = ?", Params{nik}); }

std::optional<Worker> Registry::worker_where(const std::string& where, const Params& params) {
  auto w = db().one(worker_select() + " WHERE " + where, params, read_worker);
  if (w)
    w->ahli_waris = db().all("SELECT id, " + rows::list(rows::field_names<HeirFields, Heir>()) +
                                 " FROM ahli_waris WHERE pekerja_id = ? ORDER BY urutan",
                             Params{w->id}, [](Row& r) {
                               Heir h;
                               r >> h.id;
                               rows::read_fields<HeirFields>(r, h);
                               return h;
                             });
  return w;
}

Page<Worker> Registry::workers(const WorkerQuery& q) {
  db().needs_snapshot("registry().workers");  // the count and the page must agree
  Params p;
  std::string where = " WHERE " + within_area("pekerja", q.area, p);
  const auto equal = [&](const char* column, const std::string& value) {
    if (value.empty()) return;
    where += std::string{" AND "} + column + " = ?";
    p << value;
  };
  equal("status", q.status);
  equal("kategori", q.kategori);
  equal("pekerjaan", q.pekerjaan);
  equal("sumber_dana", q.sumber_dana);
  if (!q.q.empty()) {
    if (q.q.find_first_not_of("0123456789") == std::string::npos) {
      where += " AND nik >= ? AND nik < ?";  // NIK prefix, served by the unique index
      p << q.q << q.q + ":";
    } else {
      std::string pattern = "%";
      for (char ch : q.q) {
        if (ch == '%' || ch == '_' || ch == '\\') pattern.push_back('\\');
        pattern.push_back(ch);
      }
      pattern += "%";
      // SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE does the same.
      where += " AND nama " + db().pick("LIKE", "ILIKE") + " ? ESCAPE '\\'";
      p << pattern;
    }
  }

  Page<Worker> page;
  page.total = db().first_int("SELECT count(*) FROM pekerja" + where, p).value_or(0);

  std::string sort = q.sort.empty() ? "nama" : q.sort;
  const bool desc = sort[0] == '-';
  if (desc) sort = sort.substr(1);
  std::string order;
  if (sort == "nama")
    order = db().pick("nama COLLATE NOCASE", "lower(nama)");
  else if (sort == "nik" || sort == "status" || sort == "dibuat" || sort == "penghasilan")
    order = sort;
  else if (sort == "rt")
    order = "kode_kelurahan, rt";
  else
    throw BadRequest("urutan_tidak_valid", "Urutan '" + q.sort + "' tidak dikenal", "sort");
  const std::string dir = desc ? " DESC" : " ASC";
  // Page the ids first (the sort then handles small index tuples), then read the page's rows.
  const std::string order_by = " ORDER BY " + order + dir + ", id" + dir;
  page.items = db().all(
      worker_select() + " WHERE id IN (SELECT id FROM pekerja" + where + order_by + " LIMIT ? OFFSET ?)" + order_by,
      Params{p} << q.limit << q.offset, read_worker);
  return page;
}

void Registry::put_heirs(const Worker& w, bool replace) {
  if (replace) db().exec("DELETE FROM ahli_waris WHERE pekerja_id = ?", Params{w.id});
  static const std::string sql = "INSERT INTO ahli_waris (pekerja_id, urutan, " +
                                 rows::list(rows::field_names<HeirFields, Heir>()) + ") VALUES (?, ?, ?, ?, ?, ?)";
  int order = 0;
  for (const Heir& h : w.ahli_waris)
    db().exec(sql, rows::Params{w.id, ++order} << h.nama << h.hubungan << h.nik << h.tanggal_lahir);
}

void Registry::insert_worker(Worker& w) {
  const std::string now = clock::now_utc_iso(true);
  // ON CONFLICT DO NOTHING rather than a caught error: in PostgreSQL an error aborts the whole
  // transaction, and callers may go on after the refusal.
  static const std::string sql = "INSERT INTO pekerja (" + rows::list(worker_insert_columns()) + ") VALUES (" +
                                 rows::marks(worker_insert_columns().size()) +
                                 ") ON CONFLICT (nik) DO NOTHING RETURNING id";
  const auto id = db().first_int(sql, worker_insert_params(w, now));
  if (!id) throw UniqueViolation("pekerja", w.nik);
  w.id = *id;
  w.version = 1;
  w.created_at = w.updated_at = now;
  put_heirs(w, false);
}

void Registry::update_worker(Worker& w) {
  // Checked before the UPDATE for the same reason as in insert_worker; the writer lock keeps
  // another transaction from taking the NIK in between.
  if (db().first_int("SELECT 1 FROM pekerja WHERE nik = ? AND id <> ?", Params{w.nik, w.id}))
    throw UniqueViolation("pekerja", w.nik);
  const std::string now = clock::now_utc_iso(true);
  static const std::string sql = "UPDATE pekerja SET " + rows::assignments(worker_names()) +
                                 ", diperbarui = ?, versi = versi + 1 WHERE id = ? AND versi = ?";
  if (db().exec(sql, rows::params_of<WorkerFields>(w) << now << w.id << w.version) == 0) throw StaleVersion("pekerja");
  ++w.version;
  w.updated_at = now;
  put_heirs(w, true);
}

void Registry::insert_new_workers(std::vector<Worker>& ws) {
  for (Worker& w : ws) insert_worker(w);
}

std::int64_t Registry::count_workers() { return db().first_int("SELECT count(*) FROM pekerja", {}).value_or(0); }

std::vector<StatusCount> Registry::status_counts(std::string_view area, bool by_rt) {
  const auto level = level_of_code(area);
  // From the summaries migration 0011 keeps (one row per RT or kelurahan and status), not from
  // pekerja: reading every worker of the area grows with the registry. No GROUP BY: each
  // summary's primary key is already the row asked for (for one RT per kelurahan, the RT's rows
  // are that kelurahan's).
  const bool per_rt = by_rt || (level && *level == RegionLevel::rt);
  const std::string table = per_rt ? "ringkasan_rt" : "ringkasan_kelurahan";
  Params p;
  const std::string sql = std::string{by_rt ? "SELECT kode_kelurahan, rt" : "SELECT kode_kelurahan, 0"} +
                          ", status, jumlah FROM " + table + " WHERE jumlah <> 0 AND " + within(table, area, p);
  return db().all(sql, p, [by_rt](Row& r) { return status_count_row(r, by_rt); });
}

}  // namespace lindungi::store::records
