#include "store/postgres/pg_claims.hpp"

#include "core/errors.hpp"
#include "core/region.hpp"

namespace lindungi::store {

namespace {

using pg::int64;
using pg::Sql;
using pg::text;
using pg::Tx;

constexpr const char* kClaimColumns =
    "id, pekerja_id, wilayah, sumber_dana, jenis_kejadian, kecelakaan_kerja, akibat, tanggal_kejadian, tempat, "
    "uraian, jenis_klaim, status, pertanggungan, alasan_pertanggungan, konfirmasi_oleh, konfirmasi_pada, manfaat, "
    "manfaat_total, ahli_waris, pengembalian, bulan_dibatalkan, dokumen_lengkap_pada, diajukan_pada, keputusan, "
    "alasan_keputusan, diputus_oleh, diputus_pada, jumlah_disetujui, dibayar_jumlah, dibayar_pada, referensi, "
    "dibuat_oleh, dibuat_pada, versi";

// kClaimColumns without id and versi: what an INSERT or UPDATE writes, in order.
std::vector<std::string> written_columns() {
  std::string cols = kClaimColumns;
  cols = cols.substr(cols.find(',') + 2);
  cols = cols.substr(0, cols.rfind(','));
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < cols.size()) {
    const std::size_t end = std::min(cols.find(',', start), cols.size());
    out.push_back(cols.substr(start, end - start));
    start = end + 2;
  }
  return out;
}

ClaimRecord row_to_claim(const pqxx::row& r) {
  ClaimRecord c;
  int i = 0;
  auto str = [&] { return text(r[i++]); };
  auto num = [&] { return int64(r[i++]); };
  c.id = num();
  c.pekerja_id = num();
  c.wilayah = str();
  c.sumber_dana = str();
  c.jenis_kejadian = str();
  c.kecelakaan_kerja = pg::boolean(r[i++]);
  c.akibat = str();
  c.tanggal_kejadian = str();
  c.tempat = str();
  c.uraian = str();
  c.jenis_klaim = str();
  c.status = str();
  c.pertanggungan = str();
  c.alasan_pertanggungan = str();
  c.konfirmasi_oleh = str();
  c.konfirmasi_pada = str();
  c.manfaat = str();
  c.manfaat_total = num();
  c.ahli_waris = str();
  c.pengembalian = num();
  c.bulan_dibatalkan = str();
  c.dokumen_lengkap_pada = str();
  c.diajukan_pada = str();
  c.keputusan = str();
  c.alasan_keputusan = str();
  c.diputus_oleh = str();
  c.diputus_pada = str();
  c.jumlah_disetujui = num();
  c.dibayar_jumlah = num();
  c.dibayar_pada = str();
  c.referensi = str();
  c.dibuat_oleh = str();
  c.dibuat_pada = str();
  c.versi = num();
  return c;
}

// Every column after id, in kClaimColumns order, as the next placeholders' values.
void claim_args(Sql& q, const ClaimRecord& c) {
  q.args.insert(q.args.end(), {std::to_string(c.pekerja_id),
                               c.wilayah,
                               c.sumber_dana,
                               c.jenis_kejadian,
                               std::string{c.kecelakaan_kerja ? "true" : "false"},
                               c.akibat,
                               c.tanggal_kejadian,
                               c.tempat,
                               c.uraian,
                               c.jenis_klaim,
                               c.status,
                               c.pertanggungan,
                               c.alasan_pertanggungan,
                               c.konfirmasi_oleh,
                               c.konfirmasi_pada,
                               c.manfaat,
                               std::to_string(c.manfaat_total),
                               c.ahli_waris,
                               std::to_string(c.pengembalian),
                               c.bulan_dibatalkan,
                               c.dokumen_lengkap_pada,
                               c.diajukan_pada,
                               c.keputusan,
                               c.alasan_keputusan,
                               c.diputus_oleh,
                               c.diputus_pada,
                               std::to_string(c.jumlah_disetujui),
                               std::to_string(c.dibayar_jumlah),
                               c.dibayar_pada,
                               c.referensi,
                               c.dibuat_oleh,
                               c.dibuat_pada});
}

ClaimDocument row_to_document(const pqxx::row& r) {
  return {int64(r[0]), int64(r[1]), text(r[2]), text(r[3]), text(r[4]),
          int64(r[5]), text(r[6]),  text(r[7]), text(r[8]), text(r[9])};
}

ScholarshipYearRecord row_to_year(const pqxx::row& r) {
  return {int64(r[0]), int64(r[1]), static_cast<int>(int64(r[2])),
          text(r[3]),  int64(r[4]), text(r[5]),
          text(r[6]),  text(r[7]),  text(r[8]),
          text(r[9])};
}

ScholarshipChildRecord row_to_child(const pqxx::row& r) {
  return {int64(r[0]), int64(r[1]), text(r[2]), text(r[3]), text(r[4]), static_cast<int>(int64(r[5]))};
}

constexpr const char* kDocColumns =
    "id, klaim_id, kode, nama_berkas, jenis, ukuran, sha256, berkas, diunggah_oleh, diunggah_pada";
constexpr const char* kYearColumns =
    "id, anak_id, tahun_ajaran, jenjang, jumlah, bukti, dicatat_oleh, dicatat_pada, dibayar_pada, referensi";
constexpr const char* kChildColumns = "id, klaim_id, nama, nik, tanggal_lahir, urutan";

class PgClaims final : public ClaimsSession {
 public:
  explicit PgClaims(Tx& t) : t_(t) {}

  void insert_claim(ClaimRecord& claim) override {
    const auto cols = written_columns();
    Sql q;
    q.text = "INSERT INTO klaim (";
    std::string values;
    for (std::size_t i = 0; i < cols.size(); ++i) {
      q.text += (i ? ", " : "") + cols[i];
      values += (i ? ", $" : "$") + std::to_string(i + 1);
    }
    // ON CONFLICT on the one-death index: a refused insert would abort the caller's transaction.
    q.text += ", versi) VALUES (" + values +
              ", 1) ON CONFLICT (pekerja_id) WHERE jenis_kejadian = 'meninggal' DO NOTHING RETURNING id";
    claim_args(q, claim);
    const auto r = t_.exec(q);
    if (r.empty()) throw Conflict("kematian_sudah_dicatat", "Kematian pekerja ini sudah dicatat", "jenis_kejadian");
    claim.id = int64(r[0][0]);
    claim.versi = 1;
  }

  void update_claim(ClaimRecord& claim) override {
    const auto cols = written_columns();
    Sql q;
    q.text = "UPDATE klaim SET ";
    for (std::size_t i = 0; i < cols.size(); ++i) q.text += (i ? ", " : "") + cols[i] + " = $" + std::to_string(i + 1);
    claim_args(q, claim);
    q.add(", versi = versi + 1 WHERE id = ").arg(claim.id).add(" AND versi = ").arg(claim.versi);
    if (t_.exec(q).affected_rows() != 1)
      throw Conflict("versi_berubah", "Kasus klaim telah diubah orang lain; muat ulang lalu coba lagi", "versi");
    ++claim.versi;
  }

  std::optional<ClaimRecord> claim(std::int64_t id) override {
    const auto r = t_.exec(std::string{"SELECT "} + kClaimColumns + " FROM klaim WHERE id = $1", id);
    if (r.empty()) return std::nullopt;
    return row_to_claim(r[0]);
  }

  std::vector<ClaimRecord> claims_of_worker(std::int64_t pekerja_id) override {
    std::vector<ClaimRecord> out;
    for (const auto& r :
         t_.exec(std::string{"SELECT "} + kClaimColumns + " FROM klaim WHERE pekerja_id = $1 ORDER BY id", pekerja_id))
      out.push_back(row_to_claim(r));
    return out;
  }

  std::vector<ClaimRecord> claims(std::string_view area) override {
    // Claims are few (deaths and accidents among the covered): filtering the area here is enough,
    // exactly as on SQLite.
    std::vector<ClaimRecord> out;
    for (const auto& r : t_.exec(std::string{"SELECT "} + kClaimColumns + " FROM klaim ORDER BY id DESC")) {
      auto c = row_to_claim(r);
      if (area.empty() || code_within(c.wilayah, area)) out.push_back(std::move(c));
    }
    return out;
  }

  std::vector<AllocationRecord> remove_unpaid_allocations_after(std::int64_t pekerja_id,
                                                                std::string_view after_month) override {
    std::vector<AllocationRecord> out;
    // A month on a live invoice stays: the invoice's stored total must keep adding up (migration
    // 0006; the same condition as sqlite_claims.cpp).
    for (const auto& r : t_.exec("WITH d AS (DELETE FROM alokasi WHERE pekerja_id = $1 AND bulan > $2 AND dibayar = 0 "
                                 "AND NOT EXISTS (SELECT 1 FROM tagihan_bulan tb JOIN tagihan t ON t.id = tb.tagihan_id "
                                 "WHERE t.status <> 'batal' AND tb.sumber_dana = alokasi.sumber_dana AND tb.bulan = "
                                 "alokasi.bulan AND alokasi.id > tb.id_dari AND alokasi.id <= tb.id_sampai) "
                                 "RETURNING id, pekerja_id, sumber_dana, bulan, iuran, dibayar, dibayar_pada) "
                                 "SELECT * FROM d ORDER BY bulan",
                                 pekerja_id, std::string{after_month}))
      out.push_back({int64(r[0]), int64(r[1]), text(r[2]), text(r[3]), int64(r[4]), int64(r[5]), text(r[6])});
    return out;
  }

  void add_document(ClaimDocument& doc) override {
    doc.id = int64(
        t_.exec("INSERT INTO klaim_dokumen (klaim_id, kode, nama_berkas, jenis, ukuran, sha256, berkas, diunggah_oleh, "
                "diunggah_pada) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                doc.klaim_id, doc.kode, doc.nama_berkas, doc.jenis, doc.ukuran, doc.sha256, doc.berkas,
                doc.diunggah_oleh, doc.diunggah_pada)[0][0]);
  }

  std::vector<ClaimDocument> documents(std::int64_t klaim_id) override {
    std::vector<ClaimDocument> out;
    for (const auto& r : t_.exec(
             std::string{"SELECT "} + kDocColumns + " FROM klaim_dokumen WHERE klaim_id = $1 ORDER BY id", klaim_id))
      out.push_back(row_to_document(r));
    return out;
  }

  std::optional<ClaimDocument> document(std::int64_t id) override {
    const auto r = t_.exec(std::string{"SELECT "} + kDocColumns + " FROM klaim_dokumen WHERE id = $1", id);
    if (r.empty()) return std::nullopt;
    return row_to_document(r[0]);
  }

  void add_child(ScholarshipChildRecord& child) override {
    child.id = int64(
        t_.exec("INSERT INTO beasiswa_anak (klaim_id, nama, nik, tanggal_lahir, urutan) VALUES ($1, $2, $3, $4, $5) "
                "RETURNING id",
                child.klaim_id, child.nama, child.nik, child.tanggal_lahir, child.urutan)[0][0]);
  }

  std::vector<ScholarshipChildRecord> children(std::int64_t klaim_id) override {
    std::vector<ScholarshipChildRecord> out;
    for (const auto& r :
         t_.exec(std::string{"SELECT "} + kChildColumns + " FROM beasiswa_anak WHERE klaim_id = $1 ORDER BY urutan",
                 klaim_id))
      out.push_back(row_to_child(r));
    return out;
  }

  std::optional<ScholarshipChildRecord> child(std::int64_t id) override {
    const auto r = t_.exec(std::string{"SELECT "} + kChildColumns + " FROM beasiswa_anak WHERE id = $1", id);
    if (r.empty()) return std::nullopt;
    return row_to_child(r[0]);
  }

  void add_scholarship_year(ScholarshipYearRecord& y) override {
    // ON CONFLICT: a refused insert would abort the caller's whole transaction.
    const auto r = t_.exec(
        "INSERT INTO beasiswa_tahun (anak_id, tahun_ajaran, jenjang, jumlah, bukti, dicatat_oleh, dicatat_pada, "
        "dibayar_pada, referensi) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
        "ON CONFLICT (anak_id, tahun_ajaran) DO NOTHING RETURNING id",
        y.anak_id, y.tahun_ajaran, y.jenjang, y.jumlah, y.bukti, y.dicatat_oleh, y.dicatat_pada, y.dibayar_pada,
        y.referensi);
    if (r.empty())
      throw Conflict("tahun_ajaran_sudah_dicatat", "Beasiswa tahun ajaran ini sudah dicatat untuk anak ini",
                     "tahun_ajaran");
    y.id = int64(r[0][0]);
  }

  void update_scholarship_year(const ScholarshipYearRecord& y) override {
    t_.exec("UPDATE beasiswa_tahun SET dibayar_pada = $1, referensi = $2 WHERE id = $3", y.dibayar_pada, y.referensi,
            y.id);
  }

  std::vector<ScholarshipYearRecord> scholarship_years(std::int64_t anak_id) override {
    std::vector<ScholarshipYearRecord> out;
    for (const auto& r : t_.exec(
             std::string{"SELECT "} + kYearColumns + " FROM beasiswa_tahun WHERE anak_id = $1 ORDER BY tahun_ajaran",
             anak_id))
      out.push_back(row_to_year(r));
    return out;
  }

  std::optional<ScholarshipYearRecord> scholarship_year(std::int64_t id) override {
    const auto r = t_.exec(std::string{"SELECT "} + kYearColumns + " FROM beasiswa_tahun WHERE id = $1", id);
    if (r.empty()) return std::nullopt;
    return row_to_year(r[0]);
  }

 private:
  Tx& t_;
};

}  // namespace

std::unique_ptr<ClaimsSession> make_pg_claims(Tx& t) { return std::make_unique<PgClaims>(t); }

}  // namespace lindungi::store
