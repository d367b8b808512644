#include "store/records/intake.hpp"

#include "clock/clock.hpp"
#include "core/nik.hpp"
#include "store/records/area.hpp"
#include "store/refusals.hpp"

namespace lindungi::store::records {

namespace {

using rows::Params;
using rows::Row;

std::string intake_now_utc() { return clock::now_utc_iso(true); }

// The counts of an import, which update_import_counts writes.
struct ImportCountFields {
  template <typename F, typename R>
  void operator()(F&& f, R& r) const {
    f("baris", r.rows);
    f("dibuat", r.created);
    f("diperbarui", r.updated);
    f("tetap", r.unchanged);
    f("ditolak", r.rejected);
    f("duplikat", r.duplicates);
    f("peringatan", r.warnings);
  }
};

// Every column of impor but id: who, where, which file, then the counts.
struct ImportFields {
  template <typename F, typename R>
  void operator()(F&& f, R& r) const {
    f("waktu", r.waktu);
    f("pelaku", r.pelaku);
    f("wilayah", r.wilayah);
    f("nama_berkas", r.nama_berkas);
    f("format", r.format);
    f("ukuran", r.ukuran);
    ImportCountFields{}(f, r);
  }
};
const rows::Table<ImportRecord, ImportFields> kImports{"impor"};

const std::string kDuplicateSelect =
    "SELECT d.id, d.pekerja_a, d.pekerja_b, d.skor, d.alasan, d.status, d.sumber, d.dibuat, d.diputuskan_oleh, "
    "d.diputuskan_pada, d.catatan, coalesce(d.pekerja_tetap, 0)";

DuplicateCandidate read_duplicate(Row& r) {
  DuplicateCandidate d;
  r >> d.id >> d.worker_a >> d.worker_b >> d.score >> d.reasons >> d.status >> d.source >> d.created_at >>
      d.decided_by >> d.decided_at >> d.note >> d.kept;
  return d;
}

const std::string kBpjsFileSelect =
    "SELECT id, waktu, pelaku, nama_berkas, baris, diterima, ditolak, cocok, wilayah FROM bpjs_berkas_aktif";

BpjsFile read_bpjs_file(Row& r) {
  BpjsFile f;
  r >> f.id >> f.waktu >> f.pelaku >> f.nama_berkas >> f.rows >> f.accepted >> f.rejected >> f.matched >> f.wilayah;
  return f;
}

BpjsMember read_member(Row& r) {
  BpjsMember m;
  r >> m.nik >> m.kpj >> m.segmen >> m.pembayar;
  return m;
}

PersonStub read_stub(Row& r) {
  PersonStub s;
  r >> s.id >> s.nik >> s.kode_kelurahan;  // NULL where the index does not carry it
  return s;
}

// A row of BPJS's active-member list applies to a worker when it is deployment-wide or from a file
// of an area containing the worker's RT (issue 16 item 1). Several areas' rows may name one NIK:
// the matches count the worker once per row, which happens only when areas nest.
std::string member_covers_worker(rows::Db& db) {
  return "(m.wilayah = '' OR p.kode_kelurahan = m.wilayah OR p.kode_kelurahan LIKE m.wilayah || '.%' OR "
         "p.kode_kelurahan || '.' || " +
         db.pick("printf('%03d', p.rt)", "lpad(p.rt::text, 3, '0')") + " = m.wilayah)";
}

}  // namespace

std::string Intake::persons_sql(std::string_view area, Params& params) {
  static const std::string select =
      "SELECT id, nik, nama, tanggal_lahir, jenis_kelamin, kode_kelurahan, rt, status FROM pekerja p WHERE ";
  std::string sql = select + within_area("p", area, params);
  sql += " ORDER BY tanggal_lahir, id";
  return sql;
}

PersonRecord Intake::read_person(Row& r) {
  PersonRecord p;
  r >> p.id >> p.nik >> p.nama >> p.tanggal_lahir;
  p.jenis_kelamin = parse_sex(r.text());
  r >> p.kode_kelurahan >> p.rt >> p.status;
  return p;
}

std::int64_t Intake::max_worker_id() {
  return db().first_int("SELECT coalesce(max(id), 0) FROM pekerja", {}).value_or(0);
}

std::vector<PersonStub> Intake::born_on(const Date& date, std::int64_t max_id) {
  // Covered by pekerja_tanggal_lahir (tanggal_lahir, kode_kelurahan, nik): no table access.
  return db().all("SELECT id, nik, kode_kelurahan FROM pekerja WHERE tanggal_lahir = ? AND id <= ?",
                  Params{date, max_id}, read_stub);
}

std::vector<PersonStub> Intake::with_nik_prefix(std::string_view prefix, std::int64_t max_id) {
  return db().all("SELECT id, nik, NULL FROM pekerja WHERE nik >= ? AND nik < ? AND id <= ?",
                  Params{prefix, std::string{prefix} + ":", max_id}, read_stub);
}

std::optional<PersonRecord> Intake::person(std::int64_t id) {
  return db().one(
      "SELECT id, nik, nama, tanggal_lahir, jenis_kelamin, kode_kelurahan, rt, status FROM pekerja WHERE id = ?",
      Params{id}, read_person);
}

void Intake::for_each_person(std::string_view area, const std::function<void(const PersonRecord&)>& fn) {
  Params p;
  const std::string sql = persons_sql(area, p);
  db().run(sql, p, [&](Row& r) { fn(read_person(r)); });
}

std::int64_t Intake::insert_import(ImportRecord& rec) {
  if (rec.waktu.empty()) rec.waktu = intake_now_utc();
  rec.id = kImports.insert(db(), rec).value_or(0);
  return rec.id;
}

void Intake::update_import_counts(const ImportRecord& rec) {
  static const std::string sql =
      "UPDATE impor SET " + rows::assignments(rows::field_names<ImportCountFields, ImportRecord>()) + " WHERE id = ?";
  db().exec(sql, rows::params_of<ImportCountFields>(rec) << rec.id);
}

void Intake::add_import_issues(std::int64_t import_id, const std::vector<ImportIssue>& issues) {
  std::int64_t order = 0;
  for (const ImportIssue& i : issues)
    db().exec(
        "INSERT INTO impor_masalah (impor_id, urutan, baris, kolom, kode, pesan, tingkat) VALUES (?, ?, ?, ?, ?, ?, ?)",
        Params{import_id, ++order, i.row, i.column, i.code, i.message, i.warning ? "peringatan" : "galat"});
}

std::optional<ImportRecord> Intake::import_record(std::int64_t id) {
  return db().one(kImports.select() + " WHERE id = ?", Params{id}, kImports.reader());
}

Page<ImportRecord> Intake::imports(std::string_view area, int offset, int limit) {
  Params p;
  std::string where;
  if (!area.empty()) {
    // The area itself or below it ('/' follows '.').
    where = " WHERE (wilayah = ? OR (wilayah >= ? AND wilayah < ?))";
    p << area << std::string{area} + "." << std::string{area} + "/";
  }
  Page<ImportRecord> page;
  page.total = db().first_int("SELECT count(*) FROM impor" + where, p).value_or(0);
  page.items = db().all(kImports.select() + where + " ORDER BY id DESC LIMIT ? OFFSET ?", Params{p} << limit << offset,
                        kImports.reader());
  return page;
}

std::vector<ImportIssue> Intake::import_issues(std::int64_t import_id) {
  return db().all("SELECT baris, kolom, kode, pesan, tingkat FROM impor_masalah WHERE impor_id = ? ORDER BY urutan",
                  Params{import_id}, [](Row& r) {
                    ImportIssue i;
                    r >> i.row >> i.column >> i.code >> i.message;
                    i.warning = r.text() == "peringatan";
                    return i;
                  });
}

bool Intake::add_duplicate(DuplicateCandidate& d) {
  if (d.worker_a > d.worker_b) std::swap(d.worker_a, d.worker_b);
  if (d.created_at.empty()) d.created_at = intake_now_utc();
  const auto id = db().first_int(
      "INSERT INTO duplikat (pekerja_a, pekerja_b, skor, alasan, status, sumber, dibuat) VALUES (?, ?, ?, ?, "
      "'menunggu', ?, ?) ON CONFLICT (pekerja_a, pekerja_b) DO NOTHING RETURNING id",
      Params{d.worker_a, d.worker_b, d.score, d.reasons, d.source, d.created_at});
  if (!id) return false;
  d.id = *id;
  d.status = "menunggu";
  return true;
}

std::optional<DuplicateCandidate> Intake::duplicate(std::int64_t id) {
  return db().one(kDuplicateSelect + " FROM duplikat d WHERE d.id = ?", Params{id}, read_duplicate);
}

Page<DuplicateCandidate> Intake::duplicates(const DuplicateQuery& query) {
  Params p;
  std::string where =
      " FROM duplikat d JOIN pekerja a ON a.id = d.pekerja_a JOIN pekerja b ON b.id = d.pekerja_b WHERE (";
  where += within_area("a", query.area, p);
  where += " AND " + within_area("b", query.area, p) + ")";
  if (!query.status.empty()) {
    where += " AND d.status = ?";
    p << query.status;
  }
  if (query.worker_id) {
    where += " AND (d.pekerja_a = ? OR d.pekerja_b = ?)";
    p << query.worker_id << query.worker_id;
  }
  Page<DuplicateCandidate> page;
  page.total = db().first_int("SELECT count(*)" + where, p).value_or(0);
  page.items = db().all(kDuplicateSelect + where + " ORDER BY d.skor DESC, d.id LIMIT ? OFFSET ?",
                        Params{p} << query.limit << query.offset, read_duplicate);
  return page;
}

void Intake::decide_duplicate(const DuplicateCandidate& d) {
  Params p{d.status, d.decided_by, d.decided_at.empty() ? intake_now_utc() : d.decided_at, d.note};
  if (d.kept)
    p << d.kept;
  else
    p << std::nullopt;
  p << d.id;
  const auto changed = db().exec(
      "UPDATE duplikat SET status = ?, diputuskan_oleh = ?, diputuskan_pada = ?, catatan = ?, pekerja_tetap = ? "
      "WHERE id = ? AND status = 'menunggu'",
      p);
  if (changed == 0) throw StaleVersion("duplikat");  // decided already
}

void Intake::add_verification(VerificationRecord& v) {
  if (v.at.empty()) v.at = intake_now_utc();
  v.id = db().first_int(
                 "INSERT INTO keputusan_verifikasi (pekerja_id, keputusan, alasan, oleh, waktu) VALUES (?, ?, ?, ?, ?) "
                 "RETURNING id",
                 Params{v.worker_id, v.decision, v.reason, v.by, v.at})
             .value_or(0);
}

namespace {

VerificationRecord read_verification(Row& r) {
  VerificationRecord v;
  r >> v.id >> v.worker_id >> v.decision >> v.reason >> v.by >> v.at;
  return v;
}

constexpr const char* kVerificationSelect =
    "SELECT id, pekerja_id, keputusan, alasan, oleh, waktu FROM keputusan_verifikasi WHERE pekerja_id = ? ORDER BY id";

}  // namespace

std::vector<VerificationRecord> Intake::verifications(std::int64_t worker_id) {
  return db().all(kVerificationSelect, Params{worker_id}, read_verification);
}

Page<VerificationRecord> Intake::verifications_page(std::int64_t worker_id, int offset, int limit) {
  Page<VerificationRecord> out;
  out.total =
      db().first_int("SELECT count(*) FROM keputusan_verifikasi WHERE pekerja_id = ?", Params{worker_id}).value_or(0);
  out.items = db().all(std::string{kVerificationSelect} + " LIMIT ? OFFSET ?", Params{worker_id, limit, offset},
                       read_verification);
  return out;
}

void Intake::replace_bpjs_members(BpjsFile& file, const std::vector<BpjsMember>& members) {
  db().exec("DELETE FROM bpjs_peserta_aktif WHERE wilayah = ?", Params{file.wilayah});
  if (file.waktu.empty()) file.waktu = intake_now_utc();
  file.id =
      db().first_int(
              "INSERT INTO bpjs_berkas_aktif (waktu, pelaku, nama_berkas, baris, diterima, ditolak, cocok, "
              "wilayah) VALUES (?, ?, ?, ?, ?, ?, 0, ?) RETURNING id",
              Params{file.waktu, file.pelaku, file.nama_berkas, file.rows, file.accepted, file.rejected, file.wilayah})
          .value_or(0);
  write_bpjs_members(file, members);
  file.matched = count_bpjs_matches(file.wilayah);
  db().exec("UPDATE bpjs_berkas_aktif SET cocok = ? WHERE id = ?", Params{file.matched, file.id});
}

void Intake::write_bpjs_members(const BpjsFile& file, const std::vector<BpjsMember>& members) {
  for (const BpjsMember& m : members)
    db().exec(
        "INSERT INTO bpjs_peserta_aktif (nik, kpj, segmen, pembayar, berkas_id, wilayah) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (wilayah, nik) DO UPDATE SET kpj = excluded.kpj, segmen = excluded.segmen, "
        "pembayar = excluded.pembayar",
        Params{m.nik, m.kpj, m.segmen, m.pembayar, file.id, file.wilayah});
}

std::optional<BpjsMember> Intake::bpjs_member(std::string_view nik, std::string_view kode_rt) {
  // The most specific area's row first: a city's own file speaks for its workers.
  return db().one(
      "SELECT nik, kpj, segmen, pembayar FROM bpjs_peserta_aktif WHERE nik = ? AND (CAST(? AS text) = '' OR "
      "wilayah = '' OR wilayah = ? OR ? LIKE wilayah || '.%') ORDER BY length(wilayah) DESC LIMIT 1",
      Params{nik, kode_rt, kode_rt, kode_rt}, read_member);
}

std::optional<BpjsFile> Intake::latest_bpjs_file(std::string_view area) {
  return db().one(kBpjsFileSelect +
                      " WHERE CAST(? AS text) = '' OR wilayah = '' OR wilayah = ? OR ? LIKE wilayah || '.%' OR "
                      "wilayah LIKE ? || '.%' ORDER BY id DESC LIMIT 1",
                  Params{area, area, area, area}, read_bpjs_file);
}

std::int64_t Intake::count_bpjs_matches(std::string_view area) {
  Params p;
  const std::string sql = "SELECT count(*) FROM pekerja p JOIN bpjs_peserta_aktif m ON m.nik = p.nik AND " +
                          member_covers_worker(db()) + " WHERE " + within_area("p", area, p);
  return db().first_int(sql, p).value_or(0);
}

Page<BpjsMatch> Intake::bpjs_matches(std::string_view area, int offset, int limit) {
  Page<BpjsMatch> page;
  page.total = count_bpjs_matches(area);
  Params p;
  const std::string sql =
      "SELECT p.id, m.nik, m.kpj, m.segmen, m.pembayar FROM pekerja p JOIN bpjs_peserta_aktif m ON m.nik = p.nik "
      "AND " +
      member_covers_worker(db()) + " WHERE " + within_area("p", area, p) +
      " ORDER BY p.kode_kelurahan, p.rt, p.nama LIMIT ? OFFSET ?";
  page.items = db().all(sql, p << limit << offset, [](Row& r) {
    BpjsMatch m;
    r >> m.worker_id;
    m.member = read_member(r);
    return m;
  });
  return page;
}

std::vector<std::string> Intake::registered_niks(const std::vector<std::string>& niks) {
  std::vector<std::string> out;
  for (const auto& nik : niks)
    if (db().first_int("SELECT 1 FROM pekerja WHERE nik = ?", Params{nik})) out.push_back(nik);
  return out;
}

std::vector<std::string> Intake::bpjs_niks(const std::vector<std::string>& niks) {
  std::vector<std::string> out;
  for (const auto& nik : niks)
    if (bpjs_member(nik, "")) out.push_back(nik);
  return out;
}

std::vector<std::pair<std::string, PersonStub>> Intake::with_nik_prefixes(const std::vector<std::string>& prefixes,
                                                                          std::int64_t max_id) {
  std::vector<std::pair<std::string, PersonStub>> out;
  for (const auto& prefix : prefixes)
    for (auto& stub : with_nik_prefix(prefix, max_id)) out.emplace_back(prefix, std::move(stub));
  return out;
}

std::vector<std::pair<std::string, PersonStub>> Intake::born_on_dates(const std::vector<std::string>& iso_dates,
                                                                      std::int64_t max_id) {
  std::vector<std::pair<std::string, PersonStub>> out;
  for (const auto& iso : iso_dates)
    if (const auto date = parse_iso_date(iso))
      for (auto& stub : born_on(*date, max_id)) out.emplace_back(iso, std::move(stub));
  return out;
}

}  // namespace lindungi::store::records
