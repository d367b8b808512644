#include "store/sqlite/sqlite_intake.hpp"

#include <variant>

#include "core/errors.hpp"
#include "store/refusals.hpp"

namespace lindungi::store {

namespace {

using sqlite::Connection;
using sqlite::now_utc;
using sqlite::ResetOnExit;
using Arg = std::variant<std::string, std::int64_t, double>;

// A WHERE fragment with its arguments, bound in order.
struct Sql {
  std::string text;
  std::vector<Arg> args;

  Sql& add(std::string_view fragment) {
    text += fragment;
    return *this;
  }
  Sql& arg(Arg a) {
    args.push_back(std::move(a));
    return *this;
  }
  void bind(SQLite::Statement& s) const {
    int i = 1;
    for (const Arg& a : args) {
      if (const auto* str = std::get_if<std::string>(&a))
        s.bind(i++, *str);
      else if (const auto* n = std::get_if<std::int64_t>(&a))
        s.bind(i++, *n);
      else
        s.bind(i++, std::get<double>(a));
    }
  }
};

// Half-open range [lo, hi) of codes below `area`: "15.71.01" -> ["15.71.01.", "15.71.01/").
std::pair<std::string, std::string> below(std::string_view area) {
  return {std::string{area} + ".", std::string{area} + "/"};
}

// A row of BPJS's active-member list applies to a worker when it is deployment-wide or from a file
// of an area containing the worker's RT (issue 16 item 1). Several areas' rows may name one NIK:
// the matches count the worker once per row, which happens only when areas nest.
constexpr const char* kMemberCoversWorker =
    "(m.wilayah = '' OR p.kode_kelurahan = m.wilayah OR p.kode_kelurahan LIKE m.wilayah || '.%' OR "
    "p.kode_kelurahan || '.' || printf('%03d', p.rt) = m.wilayah)";

// "<alias>.kode_kelurahan/rt lie within `area`" (a region or RT code; "" is everything), using
// the pekerja_wilayah index.
void within_area(Sql& q, std::string_view area, std::string_view alias) {
  const std::string a{alias};
  if (area.empty()) {
    q.add("1 = 1");
    return;
  }
  const auto level = level_of_code(area);
  if (!level)
    throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + std::string{area} + "' tidak valid", "wilayah");
  if (*level == RegionLevel::kelurahan) {
    q.add(a + ".kode_kelurahan = ?").arg(std::string{area});
  } else if (*level == RegionLevel::rt) {
    const std::string code{area};
    q.add("(" + a + ".kode_kelurahan = ? AND " + a + ".rt = ?)")
        .arg(parent_code(code))
        .arg(std::int64_t{std::stoi(code.substr(code.rfind('.') + 1))});
  } else {
    const auto [lo, hi] = below(area);
    q.add("(" + a + ".kode_kelurahan >= ? AND " + a + ".kode_kelurahan < ?)").arg(lo).arg(hi);
  }
}

constexpr const char* kPersonColumns = "id, nik, nama, tanggal_lahir, jenis_kelamin, kode_kelurahan, rt, status";

PersonRecord row_to_person(SQLite::Statement& s) {
  PersonRecord p;
  p.id = s.getColumn(0).getInt64();
  p.nik = s.getColumn(1).getString();
  p.nama = s.getColumn(2).getString();
  p.tanggal_lahir = parse_iso_date(s.getColumn(3).getString());
  p.jenis_kelamin = parse_sex(s.getColumn(4).getString());
  p.kode_kelurahan = s.getColumn(5).getString();
  p.rt = s.getColumn(6).getInt();
  p.status = s.getColumn(7).getString();
  return p;
}

constexpr const char* kImportColumns =
    "id, waktu, pelaku, wilayah, nama_berkas, format, ukuran, baris, dibuat, diperbarui, tetap, ditolak, duplikat, "
    "peringatan";

ImportRecord row_to_import(SQLite::Statement& s) {
  ImportRecord r;
  r.id = s.getColumn(0).getInt64();
  r.waktu = s.getColumn(1).getString();
  r.pelaku = s.getColumn(2).getString();
  r.wilayah = s.getColumn(3).getString();
  r.nama_berkas = s.getColumn(4).getString();
  r.format = s.getColumn(5).getString();
  r.ukuran = s.getColumn(6).getInt64();
  r.rows = s.getColumn(7).getInt64();
  r.created = s.getColumn(8).getInt64();
  r.updated = s.getColumn(9).getInt64();
  r.unchanged = s.getColumn(10).getInt64();
  r.rejected = s.getColumn(11).getInt64();
  r.duplicates = s.getColumn(12).getInt64();
  r.warnings = s.getColumn(13).getInt64();
  return r;
}

constexpr const char* kDuplicateColumns =
    "d.id, d.pekerja_a, d.pekerja_b, d.skor, d.alasan, d.status, d.sumber, d.dibuat, d.diputuskan_oleh, "
    "d.diputuskan_pada, d.catatan, coalesce(d.pekerja_tetap, 0)";

DuplicateCandidate row_to_duplicate(SQLite::Statement& s) {
  DuplicateCandidate d;
  d.id = s.getColumn(0).getInt64();
  d.worker_a = s.getColumn(1).getInt64();
  d.worker_b = s.getColumn(2).getInt64();
  d.score = s.getColumn(3).getDouble();
  d.reasons = s.getColumn(4).getString();
  d.status = s.getColumn(5).getString();
  d.source = s.getColumn(6).getString();
  d.created_at = s.getColumn(7).getString();
  d.decided_by = s.getColumn(8).getString();
  d.decided_at = s.getColumn(9).getString();
  d.note = s.getColumn(10).getString();
  d.kept = s.getColumn(11).getInt64();
  return d;
}

class SqliteIntake final : public IntakeSession {
 public:
  explicit SqliteIntake(Connection& c) : c_(c) {}

  void prepare_bulk_write() override {
    // 256 MiB of page cache for this connection: index inserts of a large batch stay in memory.
    c_.db().exec("PRAGMA cache_size = -262144");
  }

  void begin_bulk_load() override {
    prepare_bulk_write();
    dropped_.clear();
    {
      SQLite::Statement q(c_.db(),
                          "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name "
                          "IN ('pekerja', 'ahli_waris') ORDER BY name");
      while (q.executeStep()) dropped_.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
    }
    for (const auto& [name, sql] : dropped_) c_.db().exec("DROP INDEX \"" + name + "\"");
  }

  void end_bulk_load() override {
    for (const auto& [name, sql] : dropped_) c_.db().exec(sql);
    dropped_.clear();
  }

  std::int64_t max_worker_id() override {
    auto& s = c_.prepare("SELECT coalesce(max(id), 0) FROM pekerja");
    ResetOnExit r{s};
    s.executeStep();
    return s.getColumn(0).getInt64();
  }

  std::vector<PersonStub> born_on(const Date& date, std::int64_t max_id) override {
    // Covered by pekerja_tanggal_lahir (tanggal_lahir, kode_kelurahan, nik): no table access.
    static const std::string sql = "SELECT id, nik, kode_kelurahan FROM pekerja WHERE tanggal_lahir = ? AND id <= ?";
    auto& s = c_.prepare(sql);
    ResetOnExit r{s};
    s.bind(1, date.iso());
    s.bind(2, max_id);
    std::vector<PersonStub> out;
    while (s.executeStep())
      out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getString(), s.getColumn(2).getString()});
    return out;
  }

  std::vector<PersonStub> with_nik_prefix(std::string_view prefix, std::int64_t max_id) override {
    static const std::string sql = "SELECT id, nik FROM pekerja WHERE nik >= ? AND nik < ? AND id <= ?";
    auto& s = c_.prepare(sql);
    ResetOnExit r{s};
    s.bind(1, std::string{prefix});
    s.bind(2, std::string{prefix} + ":");
    s.bind(3, max_id);
    std::vector<PersonStub> out;
    while (s.executeStep()) out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getString(), {}});
    return out;
  }

  std::optional<PersonRecord> person(std::int64_t id) override {
    static const std::string sql = std::string{"SELECT "} + kPersonColumns + " FROM pekerja WHERE id = ?";
    auto& s = c_.prepare(sql);
    ResetOnExit r{s};
    s.bind(1, id);
    if (!s.executeStep()) return std::nullopt;
    return row_to_person(s);
  }

  void for_each_person(std::string_view area, const std::function<void(const PersonRecord&)>& fn) override {
    Sql q;
    q.add(std::string{"SELECT "} + kPersonColumns + " FROM pekerja p WHERE ");
    within_area(q, area, "p");
    q.add(" ORDER BY tanggal_lahir, id");
    auto& s = c_.prepare(q.text);
    ResetOnExit r{s};
    q.bind(s);
    while (s.executeStep()) fn(row_to_person(s));
  }

  std::int64_t insert_import(ImportRecord& rec) override {
    auto& s = c_.prepare(
        "INSERT INTO impor (waktu, pelaku, wilayah, nama_berkas, format, ukuran, baris, dibuat, diperbarui, tetap, "
        "ditolak, duplikat, peringatan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ResetOnExit r{s};
    if (rec.waktu.empty()) rec.waktu = now_utc();
    s.bind(1, rec.waktu);
    s.bind(2, rec.pelaku);
    s.bind(3, rec.wilayah);
    s.bind(4, rec.nama_berkas);
    s.bind(5, rec.format);
    s.bind(6, rec.ukuran);
    s.bind(7, rec.rows);
    s.bind(8, rec.created);
    s.bind(9, rec.updated);
    s.bind(10, rec.unchanged);
    s.bind(11, rec.rejected);
    s.bind(12, rec.duplicates);
    s.bind(13, rec.warnings);
    s.exec();
    rec.id = c_.db().getLastInsertRowid();
    return rec.id;
  }

  void update_import_counts(const ImportRecord& rec) override {
    auto& s = c_.prepare(
        "UPDATE impor SET baris = ?, dibuat = ?, diperbarui = ?, tetap = ?, ditolak = ?, duplikat = ?, peringatan = ? "
        "WHERE id = ?");
    ResetOnExit r{s};
    s.bind(1, rec.rows);
    s.bind(2, rec.created);
    s.bind(3, rec.updated);
    s.bind(4, rec.unchanged);
    s.bind(5, rec.rejected);
    s.bind(6, rec.duplicates);
    s.bind(7, rec.warnings);
    s.bind(8, rec.id);
    s.exec();
  }

  void add_import_issues(std::int64_t import_id, const std::vector<ImportIssue>& issues) override {
    auto& s = c_.prepare(
        "INSERT INTO impor_masalah (impor_id, urutan, baris, kolom, kode, pesan, tingkat) VALUES (?, ?, ?, ?, ?, ?, "
        "?)");
    std::int64_t order = 0;
    for (const ImportIssue& i : issues) {
      ResetOnExit r{s};
      s.bind(1, import_id);
      s.bind(2, ++order);
      s.bind(3, i.row);
      s.bind(4, i.column);
      s.bind(5, i.code);
      s.bind(6, i.message);
      s.bind(7, i.warning ? "peringatan" : "galat");
      s.exec();
    }
  }

  std::optional<ImportRecord> import_record(std::int64_t id) override {
    auto& s = c_.prepare(std::string{"SELECT "} + kImportColumns + " FROM impor WHERE id = ?");
    ResetOnExit r{s};
    s.bind(1, id);
    if (!s.executeStep()) return std::nullopt;
    return row_to_import(s);
  }

  Page<ImportRecord> imports(std::string_view area, int offset, int limit) override {
    Sql where;
    if (!area.empty()) {
      const auto [lo, hi] = below(area);
      where.add(" WHERE (wilayah = ? OR (wilayah >= ? AND wilayah < ?))").arg(std::string{area}).arg(lo).arg(hi);
    }
    Page<ImportRecord> page;
    {
      auto& s = c_.prepare("SELECT count(*) FROM impor" + where.text);
      ResetOnExit r{s};
      where.bind(s);
      s.executeStep();
      page.total = s.getColumn(0).getInt64();
    }
    Sql q = where;
    q.text =
        std::string{"SELECT "} + kImportColumns + " FROM impor" + where.text + " ORDER BY id DESC LIMIT ? OFFSET ?";
    q.arg(std::int64_t{limit}).arg(std::int64_t{offset});
    auto& s = c_.prepare(q.text);
    ResetOnExit r{s};
    q.bind(s);
    while (s.executeStep()) page.items.push_back(row_to_import(s));
    return page;
  }

  std::vector<ImportIssue> import_issues(std::int64_t import_id) override {
    auto& s =
        c_.prepare("SELECT baris, kolom, kode, pesan, tingkat FROM impor_masalah WHERE impor_id = ? ORDER BY urutan");
    ResetOnExit r{s};
    s.bind(1, import_id);
    std::vector<ImportIssue> out;
    while (s.executeStep())
      out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getString(), s.getColumn(2).getString(),
                     s.getColumn(3).getString(), s.getColumn(4).getString() == "peringatan"});
    return out;
  }

  bool add_duplicate(DuplicateCandidate& d) override {
    if (d.worker_a > d.worker_b) std::swap(d.worker_a, d.worker_b);
    auto& s = c_.prepare(
        "INSERT INTO duplikat (pekerja_a, pekerja_b, skor, alasan, status, sumber, dibuat) VALUES (?, ?, ?, ?, "
        "'menunggu', ?, ?) ON CONFLICT (pekerja_a, pekerja_b) DO NOTHING");
    ResetOnExit r{s};
    if (d.created_at.empty()) d.created_at = now_utc();
    s.bind(1, d.worker_a);
    s.bind(2, d.worker_b);
    s.bind(3, d.score);
    s.bind(4, d.reasons);
    s.bind(5, d.source);
    s.bind(6, d.created_at);
    if (s.exec() == 0) return false;
    d.id = c_.db().getLastInsertRowid();
    d.status = "menunggu";
    return true;
  }

  std::optional<DuplicateCandidate> duplicate(std::int64_t id) override {
    auto& s = c_.prepare(std::string{"SELECT "} + kDuplicateColumns + " FROM duplikat d WHERE d.id = ?");
    ResetOnExit r{s};
    s.bind(1, id);
    if (!s.executeStep()) return std::nullopt;
    return row_to_duplicate(s);
  }

  Page<DuplicateCandidate> duplicates(const DuplicateQuery& query) override {
    Sql where;
    where.add(" FROM duplikat d JOIN pekerja a ON a.id = d.pekerja_a JOIN pekerja b ON b.id = d.pekerja_b WHERE (");
    within_area(where, query.area, "a");
    where.add(" AND ");
    within_area(where, query.area, "b");
    where.add(")");
    if (!query.status.empty()) where.add(" AND d.status = ?").arg(query.status);
    if (query.worker_id)
      where.add(" AND (d.pekerja_a = ? OR d.pekerja_b = ?)").arg(query.worker_id).arg(query.worker_id);
    Page<DuplicateCandidate> page;
    {
      auto& s = c_.prepare("SELECT count(*)" + where.text);
      ResetOnExit r{s};
      where.bind(s);
      s.executeStep();
      page.total = s.getColumn(0).getInt64();
    }
    Sql q = where;
    q.text = std::string{"SELECT "} + kDuplicateColumns + where.text + " ORDER BY d.skor DESC, d.id LIMIT ? OFFSET ?";
    q.arg(std::int64_t{query.limit}).arg(std::int64_t{query.offset});
    auto& s = c_.prepare(q.text);
    ResetOnExit r{s};
    q.bind(s);
    while (s.executeStep()) page.items.push_back(row_to_duplicate(s));
    return page;
  }

  void decide_duplicate(const DuplicateCandidate& d) override {
    auto& s = c_.prepare(
        "UPDATE duplikat SET status = ?, diputuskan_oleh = ?, diputuskan_pada = ?, catatan = ?, pekerja_tetap = ? "
        "WHERE id = ? AND status = 'menunggu'");
    ResetOnExit r{s};
    s.bind(1, d.status);
    s.bind(2, d.decided_by);
    s.bind(3, d.decided_at.empty() ? now_utc() : d.decided_at);
    s.bind(4, d.note);
    if (d.kept)
      s.bind(5, d.kept);
    else
      s.bind(5);
    s.bind(6, d.id);
    if (s.exec() == 0) throw StaleVersion("duplikat");  // decided already
  }

  void add_verification(VerificationRecord& v) override {
    auto& s = c_.prepare(
        "INSERT INTO keputusan_verifikasi (pekerja_id, keputusan, alasan, oleh, waktu) VALUES (?, ?, ?, ?, ?)");
    ResetOnExit r{s};
    if (v.at.empty()) v.at = now_utc();
    s.bind(1, v.worker_id);
    s.bind(2, v.decision);
    s.bind(3, v.reason);
    s.bind(4, v.by);
    s.bind(5, v.at);
    s.exec();
    v.id = c_.db().getLastInsertRowid();
  }

  std::vector<VerificationRecord> verifications(std::int64_t worker_id) override {
    auto& s = c_.prepare(
        "SELECT id, pekerja_id, keputusan, alasan, oleh, waktu FROM keputusan_verifikasi WHERE pekerja_id = ? "
        "ORDER BY id");
    ResetOnExit r{s};
    s.bind(1, worker_id);
    std::vector<VerificationRecord> out;
    while (s.executeStep())
      out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getInt64(), s.getColumn(2).getString(),
                     s.getColumn(3).getString(), s.getColumn(4).getString(), s.getColumn(5).getString()});
    return out;
  }

  void replace_bpjs_members(BpjsFile& file, const std::vector<BpjsMember>& members) override {
    {
      auto& d = c_.prepare("DELETE FROM bpjs_peserta_aktif WHERE wilayah = ?");
      ResetOnExit r{d};
      d.bind(1, file.wilayah);
      d.exec();
    }
    {
      auto& s = c_.prepare(
          "INSERT INTO bpjs_berkas_aktif (waktu, pelaku, nama_berkas, baris, diterima, ditolak, cocok, wilayah) "
          "VALUES (?, ?, ?, ?, ?, ?, 0, ?)");
      ResetOnExit r{s};
      if (file.waktu.empty()) file.waktu = now_utc();
      s.bind(1, file.waktu);
      s.bind(2, file.pelaku);
      s.bind(3, file.nama_berkas);
      s.bind(4, file.rows);
      s.bind(5, file.accepted);
      s.bind(6, file.rejected);
      s.bind(7, file.wilayah);
      s.exec();
      file.id = c_.db().getLastInsertRowid();
    }
    auto& s = c_.prepare(
        "INSERT INTO bpjs_peserta_aktif (nik, kpj, segmen, pembayar, berkas_id, wilayah) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (wilayah, nik) DO UPDATE SET kpj = excluded.kpj, segmen = excluded.segmen, "
        "pembayar = excluded.pembayar");
    for (const BpjsMember& m : members) {
      ResetOnExit r{s};
      s.bind(1, m.nik);
      s.bind(2, m.kpj);
      s.bind(3, m.segmen);
      s.bind(4, m.pembayar);
      s.bind(5, file.id);
      s.bind(6, file.wilayah);
      s.exec();
    }
    file.matched = count_bpjs_matches(file.wilayah);
    auto& u = c_.prepare("UPDATE bpjs_berkas_aktif SET cocok = ? WHERE id = ?");
    ResetOnExit r{u};
    u.bind(1, file.matched);
    u.bind(2, file.id);
    u.exec();
  }

  std::optional<BpjsMember> bpjs_member(std::string_view nik, std::string_view kode_rt) override {
    // The most specific area's row first: a city's own file speaks for its workers.
    static const std::string sql =
        "SELECT nik, kpj, segmen, pembayar FROM bpjs_peserta_aktif WHERE nik = ?1 AND (?2 = '' OR wilayah = '' OR "
        "wilayah = ?2 OR ?2 LIKE wilayah || '.%') ORDER BY length(wilayah) DESC LIMIT 1";
    auto& s = c_.prepare(sql);
    ResetOnExit r{s};
    s.bind(1, std::string{nik});
    s.bind(2, std::string{kode_rt});
    if (!s.executeStep()) return std::nullopt;
    return BpjsMember{s.getColumn(0).getString(), s.getColumn(1).getString(), s.getColumn(2).getString(),
                      s.getColumn(3).getString()};
  }

  std::optional<BpjsFile> latest_bpjs_file(std::string_view area) override {
    auto& s = c_.prepare(
        "SELECT id, waktu, pelaku, nama_berkas, baris, diterima, ditolak, cocok, wilayah FROM bpjs_berkas_aktif "
        "WHERE ?1 = '' OR wilayah = '' OR wilayah = ?1 OR ?1 LIKE wilayah || '.%' OR wilayah LIKE ?1 || '.%' "
        "ORDER BY id DESC LIMIT 1");
    ResetOnExit r{s};
    s.bind(1, std::string{area});
    if (!s.executeStep()) return std::nullopt;
    return BpjsFile{s.getColumn(0).getInt64(),  s.getColumn(1).getString(), s.getColumn(2).getString(),
                    s.getColumn(3).getString(), s.getColumn(4).getInt64(),  s.getColumn(5).getInt64(),
                    s.getColumn(6).getInt64(),  s.getColumn(7).getInt64(),  s.getColumn(8).getString()};
  }

  std::int64_t count_bpjs_matches(std::string_view area) override {
    Sql q;
    q.add(std::string{"SELECT count(*) FROM pekerja p JOIN bpjs_peserta_aktif m ON m.nik = p.nik AND "} +
          kMemberCoversWorker + " WHERE ");
    within_area(q, area, "p");
    auto& s = c_.prepare(q.text);
    ResetOnExit r{s};
    q.bind(s);
    s.executeStep();
    return s.getColumn(0).getInt64();
  }

  Page<BpjsMatch> bpjs_matches(std::string_view area, int offset, int limit) override {
    Page<BpjsMatch> page;
    page.total = count_bpjs_matches(area);
    Sql q;
    q.add(std::string{"SELECT p.id, m.nik, m.kpj, m.segmen, m.pembayar FROM pekerja p JOIN bpjs_peserta_aktif m "
                      "ON m.nik = p.nik AND "} +
          kMemberCoversWorker + " WHERE ");
    within_area(q, area, "p");
    q.add(" ORDER BY p.kode_kelurahan, p.rt, p.nama LIMIT ? OFFSET ?")
        .arg(std::int64_t{limit})
        .arg(std::int64_t{offset});
    auto& s = c_.prepare(q.text);
    ResetOnExit r{s};
    q.bind(s);
    while (s.executeStep())
      page.items.push_back(
          {s.getColumn(0).getInt64(), BpjsMember{s.getColumn(1).getString(), s.getColumn(2).getString(),
                                                 s.getColumn(3).getString(), s.getColumn(4).getString()}});
    return page;
  }

  // Scale (issue 8): on SQLite a statement is a function call, not a round trip; the block
  // questions are answered row by row with the statements above.
  std::vector<std::string> registered_niks(const std::vector<std::string>& niks) override {
    auto& s = c_.prepare("SELECT 1 FROM pekerja WHERE nik = ?");
    std::vector<std::string> out;
    for (const auto& nik : niks) {
      ResetOnExit r{s};
      s.bind(1, nik);
      if (s.executeStep()) out.push_back(nik);
    }
    return out;
  }

  std::vector<std::string> bpjs_niks(const std::vector<std::string>& niks) override {
    std::vector<std::string> out;
    for (const auto& nik : niks)
      if (bpjs_member(nik, "")) out.push_back(nik);
    return out;
  }

  std::vector<std::pair<std::string, PersonStub>> with_nik_prefixes(const std::vector<std::string>& prefixes,
                                                                    std::int64_t max_id) override {
    std::vector<std::pair<std::string, PersonStub>> out;
    for (const auto& prefix : prefixes)
      for (auto& stub : with_nik_prefix(prefix, max_id)) out.emplace_back(prefix, std::move(stub));
    return out;
  }

  std::vector<std::pair<std::string, PersonStub>> born_on_dates(const std::vector<std::string>& iso_dates,
                                                                std::int64_t max_id) override {
    std::vector<std::pair<std::string, PersonStub>> out;
    for (const auto& iso : iso_dates)
      if (const auto date = parse_iso_date(iso))
        for (auto& stub : born_on(*date, max_id)) out.emplace_back(iso, std::move(stub));
    return out;
  }

 private:
  Connection& c_;
  std::vector<std::pair<std::string, std::string>> dropped_;  // indexes to rebuild: name, CREATE statement
};

}  // namespace

std::unique_ptr<IntakeSession> make_sqlite_intake(Connection& connection) {
  return std::make_unique<SqliteIntake>(connection);
}

}  // namespace lindungi::store
