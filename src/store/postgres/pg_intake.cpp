#include "store/postgres/pg_intake.hpp"

#include <map>
#include <tuple>

#include "core/errors.hpp"
#include "store/refusals.hpp"

namespace lindungi::store {

namespace {

using pg::int64;
using pg::now_utc;
using pg::Sql;
using pg::text;
using pg::Tx;

// A row of BPJS's active-member list applies to a worker when it is deployment-wide or from a file
// of an area containing the worker's RT (issue 16 item 1).
constexpr const char* kMemberCoversWorker =
    "(m.wilayah = '' OR p.kode_kelurahan = m.wilayah OR p.kode_kelurahan LIKE m.wilayah || '.%' OR "
    "p.kode_kelurahan || '.' || lpad(p.rt::text, 3, '0') = m.wilayah)";

// "<alias>.kode_kelurahan/rt lie within `area`" (a region or RT code; "" is everything), using
// the pekerja_wilayah index.
void within_area(Sql& q, std::string_view area, std::string_view alias) {
  const std::string a{alias};
  if (area.empty()) {
    q.add("TRUE");
    return;
  }
  const auto level = level_of_code(area);
  if (!level)
    throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + std::string{area} + "' tidak valid", "wilayah");
  if (*level == RegionLevel::kelurahan) {
    q.add(a + ".kode_kelurahan = ").arg(std::string{area});
  } else if (*level == RegionLevel::rt) {
    const std::string code{area};
    q.add("(" + a + ".kode_kelurahan = ").arg(parent_code(code)).add(" AND " + a + ".rt = ");
    q.arg(std::int64_t{std::stoi(code.substr(code.rfind('.') + 1))}).add(")");
  } else {
    const auto [lo, hi] = pg::below(area);
    q.add("(" + a + ".kode_kelurahan >= ").arg(lo).add(" AND " + a + ".kode_kelurahan < ").arg(hi).add(")");
  }
}

// A text[] literal for a parameter ("{"a","b"}"): a block of values in one statement.
std::string text_array(const std::vector<std::string>& values) {
  std::string out = "{";
  for (const auto& v : values) {
    if (out.size() > 1) out += ',';
    out += '"';
    for (char ch : v) {
      if (ch == '"' || ch == '\\') out += '\\';
      out += ch;
    }
    out += '"';
  }
  return out + "}";
}

constexpr const char* kPersonColumns = "id, nik, nama, tanggal_lahir, jenis_kelamin, kode_kelurahan, rt, status";

PersonRecord row_to_person(const pqxx::row& r) {
  PersonRecord p;
  p.id = int64(r[0]);
  p.nik = text(r[1]);
  p.nama = text(r[2]);
  p.tanggal_lahir = parse_iso_date(text(r[3]));
  p.jenis_kelamin = parse_sex(text(r[4]));
  p.kode_kelurahan = text(r[5]);
  p.rt = static_cast<int>(int64(r[6]));
  p.status = text(r[7]);
  return p;
}

constexpr const char* kImportColumns =
    "id, waktu, pelaku, wilayah, nama_berkas, format, ukuran, baris, dibuat, diperbarui, tetap, ditolak, duplikat, "
    "peringatan";

ImportRecord row_to_import(const pqxx::row& row) {
  ImportRecord r;
  r.id = int64(row[0]);
  r.waktu = text(row[1]);
  r.pelaku = text(row[2]);
  r.wilayah = text(row[3]);
  r.nama_berkas = text(row[4]);
  r.format = text(row[5]);
  r.ukuran = int64(row[6]);
  r.rows = int64(row[7]);
  r.created = int64(row[8]);
  r.updated = int64(row[9]);
  r.unchanged = int64(row[10]);
  r.rejected = int64(row[11]);
  r.duplicates = int64(row[12]);
  r.warnings = int64(row[13]);
  return r;
}

constexpr const char* kDuplicateColumns =
    "d.id, d.pekerja_a, d.pekerja_b, d.skor, d.alasan, d.status, d.sumber, d.dibuat, d.diputuskan_oleh, "
    "d.diputuskan_pada, d.catatan, coalesce(d.pekerja_tetap, 0)";

DuplicateCandidate row_to_duplicate(const pqxx::row& r) {
  DuplicateCandidate d;
  d.id = int64(r[0]);
  d.worker_a = int64(r[1]);
  d.worker_b = int64(r[2]);
  d.score = pg::real(r[3]);
  d.reasons = text(r[4]);
  d.status = text(r[5]);
  d.source = text(r[6]);
  d.created_at = text(r[7]);
  d.decided_by = text(r[8]);
  d.decided_at = text(r[9]);
  d.note = text(r[10]);
  d.kept = int64(r[11]);
  return d;
}

class PgIntake final : public IntakeSession {
 public:
  explicit PgIntake(Tx& t) : t_(t) {}

  // No effect here: SQLite grows its per-connection page cache, while PostgreSQL's buffer cache
  // is the server's (shared_buffers), set by its administrator.
  void prepare_bulk_write() override {}

  // PostgreSQL keeps its indexes through a bulk load. DROP INDEX takes an ACCESS EXCLUSIVE lock
  // on the table until commit, which would block every reader for the whole import, including
  // the import's own analysis thread, which reads the registry in a second transaction while
  // this one writes (a deadlock the server cannot see, as one side waits in the client). Here
  // a row costs a round trip far more than its index inserts, so little is lost.
  void begin_bulk_load() override {}

  void end_bulk_load() override {
    // Fresh statistics for the planner after a load that may have multiplied the registry.
    t_.direct("ANALYZE pekerja");
    t_.direct("ANALYZE ahli_waris");
  }

  std::int64_t max_worker_id() override { return int64(t_.exec("SELECT coalesce(max(id), 0) FROM pekerja")[0][0]); }

  std::vector<PersonStub> born_on(const Date& date, std::int64_t max_id) override {
    // Covered by pekerja_tanggal_lahir (tanggal_lahir, kode_kelurahan, nik) INCLUDE (id).
    std::vector<PersonStub> out;
    for (const auto& r : t_.exec("SELECT id, nik, kode_kelurahan FROM pekerja WHERE tanggal_lahir = $1 AND id <= $2",
                                 date.iso(), max_id))
      out.push_back({int64(r[0]), text(r[1]), text(r[2])});
    return out;
  }

  std::vector<PersonStub> with_nik_prefix(std::string_view prefix, std::int64_t max_id) override {
    std::vector<PersonStub> out;
    for (const auto& r : t_.exec("SELECT id, nik FROM pekerja WHERE nik >= $1 AND nik < $2 AND id <= $3",
                                 std::string{prefix}, std::string{prefix} + ":", max_id))
      out.push_back({int64(r[0]), text(r[1]), {}});
    return out;
  }

  std::optional<PersonRecord> person(std::int64_t id) override {
    const auto r = t_.exec(std::string{"SELECT "} + kPersonColumns + " FROM pekerja WHERE id = $1", id);
    if (r.empty()) return std::nullopt;
    return row_to_person(r[0]);
  }

  void for_each_person(std::string_view area, const std::function<void(const PersonRecord&)>& fn) override {
    // A cursor, fetched in pages: the whole registry may be scanned and a result is held in memory
    // whole. DECLARE takes no parameters, so the (validated) area bounds are quoted literals.
    Sql q;
    q.add(std::string{"SELECT "} + kPersonColumns + " FROM pekerja p WHERE ");
    within_area(q, area, "p");
    q.add(" ORDER BY tanggal_lahir, id");
    std::string sql = q.text;
    for (std::size_t i = q.args.size(); i > 0; --i) {
      const std::string placeholder = "$" + std::to_string(i);
      const std::size_t at = sql.find(placeholder);
      sql.replace(at, placeholder.size(), t_.t.quote(*q.args[i - 1]));
    }
    const std::string cursor = "pindai_orang_" + std::to_string(++cursors_);
    t_.direct("DECLARE " + cursor + " NO SCROLL CURSOR FOR " + sql);
    for (;;) {
      const auto r = t_.direct("FETCH 5000 FROM " + cursor);
      for (const auto& row : r) fn(row_to_person(row));
      if (r.size() < 5000) break;
    }
    t_.direct("CLOSE " + cursor);
  }

  std::int64_t insert_import(ImportRecord& rec) override {
    if (rec.waktu.empty()) rec.waktu = now_utc();
    const auto r = t_.exec(
        "INSERT INTO impor (waktu, pelaku, wilayah, nama_berkas, format, ukuran, baris, dibuat, diperbarui, tetap, "
        "ditolak, duplikat, peringatan) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
        rec.waktu, rec.pelaku, rec.wilayah, rec.nama_berkas, rec.format, rec.ukuran, rec.rows, rec.created, rec.updated,
        rec.unchanged, rec.rejected, rec.duplicates, rec.warnings);
    rec.id = int64(r[0][0]);
    return rec.id;
  }

  void update_import_counts(const ImportRecord& rec) override {
    t_.exec(
        "UPDATE impor SET baris = $1, dibuat = $2, diperbarui = $3, tetap = $4, ditolak = $5, duplikat = $6, "
        "peringatan = $7 WHERE id = $8",
        rec.rows, rec.created, rec.updated, rec.unchanged, rec.rejected, rec.duplicates, rec.warnings, rec.id);
  }

  void add_import_issues(std::int64_t import_id, const std::vector<ImportIssue>& issues) override {
    if (issues.empty()) return;
    // A file of 100,000 bad rows has as many issues: COPY, not a round trip per row (STACK.md §2.2).
    pqxx::stream_to copy(t_.t, "impor_masalah",
                         std::vector<std::string>{"impor_id", "urutan", "baris", "kolom", "kode", "pesan", "tingkat"});
    std::int64_t order = 0;
    for (const ImportIssue& i : issues)
      copy << std::make_tuple(import_id, ++order, i.row, i.column, i.code, i.message,
                              std::string{i.warning ? "peringatan" : "galat"});
    copy.complete();
  }

  std::optional<ImportRecord> import_record(std::int64_t id) override {
    const auto r = t_.exec(std::string{"SELECT "} + kImportColumns + " FROM impor WHERE id = $1", id);
    if (r.empty()) return std::nullopt;
    return row_to_import(r[0]);
  }

  Page<ImportRecord> imports(std::string_view area, int offset, int limit) override {
    Sql where;
    if (!area.empty()) {
      const auto [lo, hi] = pg::below(area);
      where.add(" WHERE (wilayah = ").arg(std::string{area}).add(" OR (wilayah >= ").arg(lo);
      where.add(" AND wilayah < ").arg(hi).add("))");
    }
    Page<ImportRecord> page;
    Sql count = where;
    count.text = "SELECT count(*) FROM impor" + where.text;
    page.total = int64(t_.exec(count)[0][0]);
    Sql q = where;
    q.text = std::string{"SELECT "} + kImportColumns + " FROM impor" + where.text + " ORDER BY id DESC LIMIT ";
    q.arg(std::int64_t{limit}).add(" OFFSET ").arg(std::int64_t{offset});
    for (const auto& row : t_.exec(q)) page.items.push_back(row_to_import(row));
    return page;
  }

  std::vector<ImportIssue> import_issues(std::int64_t import_id) override {
    std::vector<ImportIssue> out;
    for (const auto& r :
         t_.exec("SELECT baris, kolom, kode, pesan, tingkat FROM impor_masalah WHERE impor_id = $1 ORDER BY urutan",
                 import_id))
      out.push_back({int64(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4]) == "peringatan"});
    return out;
  }

  bool add_duplicate(DuplicateCandidate& d) override {
    if (d.worker_a > d.worker_b) std::swap(d.worker_a, d.worker_b);
    if (d.created_at.empty()) d.created_at = now_utc();
    const auto r = t_.exec(
        "INSERT INTO duplikat (pekerja_a, pekerja_b, skor, alasan, status, sumber, dibuat) VALUES ($1, $2, $3, $4, "
        "'menunggu', $5, $6) ON CONFLICT (pekerja_a, pekerja_b) DO NOTHING RETURNING id",
        d.worker_a, d.worker_b, d.score, d.reasons, d.source, d.created_at);
    if (r.empty()) return false;
    d.id = int64(r[0][0]);
    d.status = "menunggu";
    return true;
  }

  std::optional<DuplicateCandidate> duplicate(std::int64_t id) override {
    const auto r = t_.exec(std::string{"SELECT "} + kDuplicateColumns + " FROM duplikat d WHERE d.id = $1", id);
    if (r.empty()) return std::nullopt;
    return row_to_duplicate(r[0]);
  }

  Page<DuplicateCandidate> duplicates(const DuplicateQuery& query) override {
    Sql where;
    where.add(" FROM duplikat d JOIN pekerja a ON a.id = d.pekerja_a JOIN pekerja b ON b.id = d.pekerja_b WHERE (");
    within_area(where, query.area, "a");
    where.add(" AND ");
    within_area(where, query.area, "b");
    where.add(")");
    if (!query.status.empty()) where.add(" AND d.status = ").arg(query.status);
    if (query.worker_id) {
      where.add(" AND (d.pekerja_a = ").arg(query.worker_id);
      where.add(" OR d.pekerja_b = ").arg(query.worker_id).add(")");
    }
    Page<DuplicateCandidate> page;
    Sql count = where;
    count.text = "SELECT count(*)" + where.text;
    page.total = int64(t_.exec(count)[0][0]);
    Sql q = where;
    q.text = std::string{"SELECT "} + kDuplicateColumns + where.text + " ORDER BY d.skor DESC, d.id LIMIT ";
    q.arg(std::int64_t{query.limit}).add(" OFFSET ").arg(std::int64_t{query.offset});
    for (const auto& row : t_.exec(q)) page.items.push_back(row_to_duplicate(row));
    return page;
  }

  void decide_duplicate(const DuplicateCandidate& d) override {
    const auto r = t_.exec(
        "UPDATE duplikat SET status = $1, diputuskan_oleh = $2, diputuskan_pada = $3, catatan = $4, pekerja_tetap = $5 "
        "WHERE id = $6 AND status = 'menunggu'",
        d.status, d.decided_by, d.decided_at.empty() ? now_utc() : d.decided_at, d.note,
        d.kept ? pg::Param{std::to_string(d.kept)} : pg::Param{}, d.id);
    if (r.affected_rows() == 0) throw StaleVersion("duplikat");  // decided already
  }

  void add_verification(VerificationRecord& v) override {
    if (v.at.empty()) v.at = now_utc();
    const auto r = t_.exec(
        "INSERT INTO keputusan_verifikasi (pekerja_id, keputusan, alasan, oleh, waktu) VALUES ($1, $2, $3, $4, $5) "
        "RETURNING id",
        v.worker_id, v.decision, v.reason, v.by, v.at);
    v.id = int64(r[0][0]);
  }

  std::vector<VerificationRecord> verifications(std::int64_t worker_id) override {
    std::vector<VerificationRecord> out;
    for (const auto& r : t_.exec(
             "SELECT id, pekerja_id, keputusan, alasan, oleh, waktu FROM keputusan_verifikasi WHERE pekerja_id = $1 "
             "ORDER BY id",
             worker_id))
      out.push_back({int64(r[0]), int64(r[1]), text(r[2]), text(r[3]), text(r[4]), text(r[5])});
    return out;
  }

  void replace_bpjs_members(BpjsFile& file, const std::vector<BpjsMember>& members) override {
    t_.exec("DELETE FROM bpjs_peserta_aktif WHERE wilayah = $1", file.wilayah);
    if (file.waktu.empty()) file.waktu = now_utc();
    file.id = int64(t_.exec(
        "INSERT INTO bpjs_berkas_aktif (waktu, pelaku, nama_berkas, baris, diterima, ditolak, cocok, wilayah) "
        "VALUES ($1, $2, $3, $4, $5, $6, 0, $7) RETURNING id",
        file.waktu, file.pelaku, file.nama_berkas, file.rows, file.accepted, file.rejected, file.wilayah)[0][0]);
    // The file may list a NIK twice; the later row wins (SQLite: ON CONFLICT DO UPDATE). COPY has
    // no upsert, so the rows are made unique first, keeping each NIK's first position.
    std::map<std::string, std::size_t> last;
    for (std::size_t i = 0; i < members.size(); ++i) last[members[i].nik] = i;
    std::vector<std::size_t> order;
    std::map<std::string, bool> written;
    for (const BpjsMember& m : members)
      if (!written[m.nik]) {
        written[m.nik] = true;
        order.push_back(last[m.nik]);
      }
    if (!order.empty()) {
      pqxx::stream_to copy(t_.t, "bpjs_peserta_aktif",
                           std::vector<std::string>{"nik", "kpj", "segmen", "pembayar", "berkas_id", "wilayah"});
      for (const std::size_t i : order) {
        const BpjsMember& m = members[i];
        copy << std::make_tuple(m.nik, m.kpj, m.segmen, m.pembayar, file.id, file.wilayah);
      }
      copy.complete();
    }
    file.matched = count_bpjs_matches(file.wilayah);
    t_.exec("UPDATE bpjs_berkas_aktif SET cocok = $1 WHERE id = $2", file.matched, file.id);
  }

  std::optional<BpjsMember> bpjs_member(std::string_view nik, std::string_view kode_rt) override {
    // The most specific area's row first: a city's own file speaks for its workers.
    const auto r = t_.exec(
        "SELECT nik, kpj, segmen, pembayar FROM bpjs_peserta_aktif WHERE nik = $1 AND ($2 = '' OR wilayah = '' OR "
        "wilayah = $2 OR $2 LIKE wilayah || '.%') ORDER BY length(wilayah) DESC LIMIT 1",
        std::string{nik}, std::string{kode_rt});
    if (r.empty()) return std::nullopt;
    return BpjsMember{text(r[0][0]), text(r[0][1]), text(r[0][2]), text(r[0][3])};
  }

  std::optional<BpjsFile> latest_bpjs_file(std::string_view area) override {
    const auto r = t_.exec(
        "SELECT id, waktu, pelaku, nama_berkas, baris, diterima, ditolak, cocok, wilayah FROM bpjs_berkas_aktif "
        "WHERE $1 = '' OR wilayah = '' OR wilayah = $1 OR $1 LIKE wilayah || '.%' OR wilayah LIKE $1 || '.%' "
        "ORDER BY id DESC LIMIT 1",
        std::string{area});
    if (r.empty()) return std::nullopt;
    const auto& x = r[0];
    return BpjsFile{int64(x[0]), text(x[1]),  text(x[2]),  text(x[3]), int64(x[4]),
                    int64(x[5]), int64(x[6]), int64(x[7]), text(x[8])};
  }

  std::int64_t count_bpjs_matches(std::string_view area) override {
    Sql q;
    q.add(std::string{"SELECT count(*) FROM pekerja p JOIN bpjs_peserta_aktif m ON m.nik = p.nik AND "} +
          kMemberCoversWorker + " WHERE ");
    within_area(q, area, "p");
    return int64(t_.exec(q)[0][0]);
  }

  Page<BpjsMatch> bpjs_matches(std::string_view area, int offset, int limit) override {
    Page<BpjsMatch> page;
    page.total = count_bpjs_matches(area);
    Sql q;
    q.add(std::string{"SELECT p.id, m.nik, m.kpj, m.segmen, m.pembayar FROM pekerja p JOIN bpjs_peserta_aktif m "
                      "ON m.nik = p.nik AND "} +
          kMemberCoversWorker + " WHERE ");
    within_area(q, area, "p");
    q.add(" ORDER BY p.kode_kelurahan, p.rt, p.nama LIMIT ").arg(std::int64_t{limit});
    q.add(" OFFSET ").arg(std::int64_t{offset});
    for (const auto& r : t_.exec(q))
      page.items.push_back({int64(r[0]), BpjsMember{text(r[1]), text(r[2]), text(r[3]), text(r[4])}});
    return page;
  }

 private:
  Tx& t_;
  int cursors_ = 0;

  // Scale (issue 8): one statement per block of rows instead of one per row (the import's
  // analysis made ~5 round trips per row before).
  std::vector<std::string> registered_niks(const std::vector<std::string>& niks) override {
    std::vector<std::string> out;
    if (niks.empty()) return out;
    for (const auto& r : t_.exec("SELECT nik FROM pekerja WHERE nik = ANY($1::text[])", text_array(niks)))
      out.push_back(text(r[0]));
    return out;
  }

  std::vector<std::string> bpjs_niks(const std::vector<std::string>& niks) override {
    std::vector<std::string> out;
    if (niks.empty()) return out;
    for (const auto& r : t_.exec("SELECT nik FROM bpjs_peserta_aktif WHERE nik = ANY($1::text[])", text_array(niks)))
      out.push_back(text(r[0]));
    return out;
  }

  std::vector<std::pair<std::string, PersonStub>> with_nik_prefixes(const std::vector<std::string>& prefixes,
                                                                    std::int64_t max_id) override {
    std::vector<std::pair<std::string, PersonStub>> out;
    if (prefixes.empty()) return out;
    // One range scan of the NIK index per prefix, as with_nik_prefix, joined laterally.
    for (const auto& r : t_.exec("SELECT x.pre, p.id, p.nik FROM unnest($1::text[]) AS x (pre) "
                                 "JOIN LATERAL (SELECT id, nik FROM pekerja WHERE nik >= x.pre AND nik < x.pre || ':' "
                                 "AND id <= $2) p ON TRUE",
                                 text_array(prefixes), max_id))
      out.emplace_back(text(r[0]), PersonStub{int64(r[1]), text(r[2]), {}});
    return out;
  }

  std::vector<std::pair<std::string, PersonStub>> born_on_dates(const std::vector<std::string>& iso_dates,
                                                                std::int64_t max_id) override {
    std::vector<std::pair<std::string, PersonStub>> out;
    if (iso_dates.empty()) return out;
    // Covered by pekerja_tanggal_lahir, as born_on.
    for (const auto& r : t_.exec("SELECT tanggal_lahir, id, nik, kode_kelurahan FROM pekerja "
                                 "WHERE tanggal_lahir = ANY($1::text[]) AND id <= $2",
                                 text_array(iso_dates), max_id))
      out.emplace_back(text(r[0]), PersonStub{int64(r[1]), text(r[2]), text(r[3])});
    return out;
  }
};

}  // namespace

std::unique_ptr<IntakeSession> make_pg_intake(pg::Tx& tx) { return std::make_unique<PgIntake>(tx); }

}  // namespace lindungi::store
