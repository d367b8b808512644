#include "store/sqlite/sqlite_claims.hpp"

#include <sqlite3.h>

#include "core/errors.hpp"
#include "core/region.hpp"

namespace lindungi::store {

namespace {

using sqlite::Connection;
using sqlite::ResetOnExit;

constexpr const char* kClaimColumns =
    "id, pekerja_id, wilayah, sumber_dana, jenis_kejadian, kecelakaan_kerja, akibat, tanggal_kejadian, tempat, "
    "uraian, jenis_klaim, status, pertanggungan, alasan_pertanggungan, konfirmasi_oleh, konfirmasi_pada, manfaat, "
    "manfaat_total, ahli_waris, pengembalian, bulan_dibatalkan, dokumen_lengkap_pada, diajukan_pada, keputusan, "
    "alasan_keputusan, diputus_oleh, diputus_pada, jumlah_disetujui, dibayar_jumlah, dibayar_pada, referensi, "
    "dibuat_oleh, dibuat_pada, versi";

ClaimRecord row_to_claim(SQLite::Statement& s) {
  ClaimRecord c;
  int i = 0;
  auto str = [&] { return s.getColumn(i++).getString(); };
  auto num = [&] { return s.getColumn(i++).getInt64(); };
  c.id = num();
  c.pekerja_id = num();
  c.wilayah = str();
  c.sumber_dana = str();
  c.jenis_kejadian = str();
  c.kecelakaan_kerja = num() != 0;
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

// Binds every column after id, in kClaimColumns order, from position `first`.
int bind_claim(SQLite::Statement& s, const ClaimRecord& c, int first) {
  int i = first;
  s.bind(i++, c.pekerja_id);
  s.bind(i++, c.wilayah);
  s.bind(i++, c.sumber_dana);
  s.bind(i++, c.jenis_kejadian);
  s.bind(i++, c.kecelakaan_kerja ? 1 : 0);
  s.bind(i++, c.akibat);
  s.bind(i++, c.tanggal_kejadian);
  s.bind(i++, c.tempat);
  s.bind(i++, c.uraian);
  s.bind(i++, c.jenis_klaim);
  s.bind(i++, c.status);
  s.bind(i++, c.pertanggungan);
  s.bind(i++, c.alasan_pertanggungan);
  s.bind(i++, c.konfirmasi_oleh);
  s.bind(i++, c.konfirmasi_pada);
  s.bind(i++, c.manfaat);
  s.bind(i++, c.manfaat_total);
  s.bind(i++, c.ahli_waris);
  s.bind(i++, c.pengembalian);
  s.bind(i++, c.bulan_dibatalkan);
  s.bind(i++, c.dokumen_lengkap_pada);
  s.bind(i++, c.diajukan_pada);
  s.bind(i++, c.keputusan);
  s.bind(i++, c.alasan_keputusan);
  s.bind(i++, c.diputus_oleh);
  s.bind(i++, c.diputus_pada);
  s.bind(i++, c.jumlah_disetujui);
  s.bind(i++, c.dibayar_jumlah);
  s.bind(i++, c.dibayar_pada);
  s.bind(i++, c.referensi);
  s.bind(i++, c.dibuat_oleh);
  s.bind(i++, c.dibuat_pada);
  return i;
}

ClaimDocument row_to_document(SQLite::Statement& s) {
  return {s.getColumn(0).getInt64(),  s.getColumn(1).getInt64(), s.getColumn(2).getString(), s.getColumn(3).getString(),
          s.getColumn(4).getString(), s.getColumn(5).getInt64(), s.getColumn(6).getString(), s.getColumn(7).getString(),
          s.getColumn(8).getString(), s.getColumn(9).getString()};
}

ScholarshipYearRecord row_to_year(SQLite::Statement& s) {
  return {s.getColumn(0).getInt64(),  s.getColumn(1).getInt64(),  s.getColumn(2).getInt(),
          s.getColumn(3).getString(), s.getColumn(4).getInt64(),  s.getColumn(5).getString(),
          s.getColumn(6).getString(), s.getColumn(7).getString(), s.getColumn(8).getString(),
          s.getColumn(9).getString()};
}

constexpr const char* kDocColumns =
    "id, klaim_id, kode, nama_berkas, jenis, ukuran, sha256, berkas, diunggah_oleh, diunggah_pada";
constexpr const char* kYearColumns =
    "id, anak_id, tahun_ajaran, jenjang, jumlah, bukti, dicatat_oleh, dicatat_pada, dibayar_pada, referensi";

class SqliteClaims final : public ClaimsSession {
 public:
  explicit SqliteClaims(Connection& c) : c_(c) {}

  void insert_claim(ClaimRecord& claim) override {
    auto& s = c_.prepare(std::string{"INSERT INTO klaim ("} + kClaimColumns +
                         ") VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                         "?, ?, ?, ?, ?, ?, ?, 1)");
    ResetOnExit r{s};
    bind_claim(s, claim, 1);
    try {
      s.exec();
    } catch (const SQLite::Exception& e) {
      if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)
        throw Conflict("kematian_sudah_dicatat", "Kematian pekerja ini sudah dicatat", "jenis_kejadian");
      throw;
    }
    claim.id = c_.db().getLastInsertRowid();
    claim.versi = 1;
  }

  void update_claim(ClaimRecord& claim) override {
    std::string sql = "UPDATE klaim SET ";
    std::string cols = kClaimColumns;
    // Every column but id and versi, in order.
    cols = cols.substr(cols.find(',') + 2);
    cols = cols.substr(0, cols.rfind(','));
    std::size_t start = 0;
    bool first = true;
    while (start < cols.size()) {
      const std::size_t end = std::min(cols.find(',', start), cols.size());
      sql += (first ? "" : ", ") + cols.substr(start, end - start) + " = ?";
      first = false;
      start = end + 2;
    }
    sql += ", versi = versi + 1 WHERE id = ? AND versi = ?";
    auto& s = c_.prepare(sql);
    ResetOnExit r{s};
    int i = bind_claim(s, claim, 1);
    s.bind(i++, claim.id);
    s.bind(i++, claim.versi);
    if (s.exec() != 1)
      throw Conflict("versi_berubah", "Kasus klaim telah diubah orang lain; muat ulang lalu coba lagi", "versi");
    ++claim.versi;
  }

  std::optional<ClaimRecord> claim(std::int64_t id) override {
    auto& s = c_.prepare(std::string{"SELECT "} + kClaimColumns + " FROM klaim WHERE id = ?");
    ResetOnExit r{s};
    s.bind(1, id);
    if (!s.executeStep()) return std::nullopt;
    return row_to_claim(s);
  }

  std::vector<ClaimRecord> claims_of_worker(std::int64_t pekerja_id) override {
    auto& s = c_.prepare(std::string{"SELECT "} + kClaimColumns + " FROM klaim WHERE pekerja_id = ? ORDER BY id");
    ResetOnExit r{s};
    s.bind(1, pekerja_id);
    std::vector<ClaimRecord> out;
    while (s.executeStep()) out.push_back(row_to_claim(s));
    return out;
  }

  std::vector<ClaimRecord> claims(std::string_view area) override {
    // Claims are few (deaths and accidents among the covered): filtering the area here is enough.
    auto& s = c_.prepare(std::string{"SELECT "} + kClaimColumns + " FROM klaim ORDER BY id DESC");
    ResetOnExit r{s};
    std::vector<ClaimRecord> out;
    while (s.executeStep()) {
      auto c = row_to_claim(s);
      if (area.empty() || code_within(c.wilayah, area)) out.push_back(std::move(c));
    }
    return out;
  }

// An invoice's lines are the funder's allocations of a month inside an id range (migration 0006),
// with its total stored: a month already on a live invoice is never deleted here (the invoice would
// no longer add up); it stays billed and is settled by cancelling or paying that invoice. Deleting
// only months not yet invoiced also keeps every invoice range valid when SQLite reuses the largest id.
#define NOT_INVOICED                                                                                    \
  "NOT EXISTS (SELECT 1 FROM tagihan_bulan tb JOIN tagihan t ON t.id = tb.tagihan_id "                 \
  "WHERE t.status <> 'batal' AND tb.sumber_dana = alokasi.sumber_dana AND tb.bulan = alokasi.bulan " \
  "AND alokasi.id > tb.id_dari AND alokasi.id <= tb.id_sampai)"
  std::vector<AllocationRecord> remove_unpaid_allocations_after(std::int64_t pekerja_id,
                                                                std::string_view after_month) override {
    auto& s = c_.prepare(
        "SELECT id, pekerja_id, sumber_dana, bulan, iuran, dibayar, dibayar_pada FROM alokasi "
        "WHERE pekerja_id = ? AND bulan > ? AND dibayar = 0 AND " NOT_INVOICED " ORDER BY bulan");
    std::vector<AllocationRecord> out;
    {
      ResetOnExit r{s};
      s.bind(1, pekerja_id);
      s.bind(2, std::string{after_month});
      while (s.executeStep())
        out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getInt64(), s.getColumn(2).getString(),
                       s.getColumn(3).getString(), s.getColumn(4).getInt64(), s.getColumn(5).getInt64(),
                       s.getColumn(6).getString()});
    }
    auto& d = c_.prepare("DELETE FROM alokasi WHERE pekerja_id = ? AND bulan > ? AND dibayar = 0 AND " NOT_INVOICED);
    ResetOnExit r{d};
    d.bind(1, pekerja_id);
    d.bind(2, std::string{after_month});
    d.exec();
    return out;
  }

  void add_document(ClaimDocument& doc) override {
    auto& s = c_.prepare(
        "INSERT INTO klaim_dokumen (klaim_id, kode, nama_berkas, jenis, ukuran, sha256, berkas, diunggah_oleh, "
        "diunggah_pada) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ResetOnExit r{s};
    s.bind(1, doc.klaim_id);
    s.bind(2, doc.kode);
    s.bind(3, doc.nama_berkas);
    s.bind(4, doc.jenis);
    s.bind(5, doc.ukuran);
    s.bind(6, doc.sha256);
    s.bind(7, doc.berkas);
    s.bind(8, doc.diunggah_oleh);
    s.bind(9, doc.diunggah_pada);
    s.exec();
    doc.id = c_.db().getLastInsertRowid();
  }

  std::vector<ClaimDocument> documents(std::int64_t klaim_id) override {
    auto& s = c_.prepare(std::string{"SELECT "} + kDocColumns + " FROM klaim_dokumen WHERE klaim_id = ? ORDER BY id");
    ResetOnExit r{s};
    s.bind(1, klaim_id);
    std::vector<ClaimDocument> out;
    while (s.executeStep()) out.push_back(row_to_document(s));
    return out;
  }

  std::optional<ClaimDocument> document(std::int64_t id) override {
    auto& s = c_.prepare(std::string{"SELECT "} + kDocColumns + " FROM klaim_dokumen WHERE id = ?");
    ResetOnExit r{s};
    s.bind(1, id);
    if (!s.executeStep()) return std::nullopt;
    return row_to_document(s);
  }

  void add_child(ScholarshipChildRecord& child) override {
    auto& s =
        c_.prepare("INSERT INTO beasiswa_anak (klaim_id, nama, nik, tanggal_lahir, urutan) VALUES (?, ?, ?, ?, ?)");
    ResetOnExit r{s};
    s.bind(1, child.klaim_id);
    s.bind(2, child.nama);
    s.bind(3, child.nik);
    s.bind(4, child.tanggal_lahir);
    s.bind(5, child.urutan);
    s.exec();
    child.id = c_.db().getLastInsertRowid();
  }

  std::vector<ScholarshipChildRecord> children(std::int64_t klaim_id) override {
    auto& s = c_.prepare(
        "SELECT id, klaim_id, nama, nik, tanggal_lahir, urutan FROM beasiswa_anak WHERE klaim_id = ? ORDER BY urutan");
    ResetOnExit r{s};
    s.bind(1, klaim_id);
    std::vector<ScholarshipChildRecord> out;
    while (s.executeStep())
      out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getInt64(), s.getColumn(2).getString(),
                     s.getColumn(3).getString(), s.getColumn(4).getString(), s.getColumn(5).getInt()});
    return out;
  }

  std::optional<ScholarshipChildRecord> child(std::int64_t id) override {
    auto& s = c_.prepare("SELECT id, klaim_id, nama, nik, tanggal_lahir, urutan FROM beasiswa_anak WHERE id = ?");
    ResetOnExit r{s};
    s.bind(1, id);
    if (!s.executeStep()) return std::nullopt;
    return ScholarshipChildRecord{s.getColumn(0).getInt64(),  s.getColumn(1).getInt64(),  s.getColumn(2).getString(),
                                  s.getColumn(3).getString(), s.getColumn(4).getString(), s.getColumn(5).getInt()};
  }

  void add_scholarship_year(ScholarshipYearRecord& y) override {
    auto& s = c_.prepare(
        "INSERT INTO beasiswa_tahun (anak_id, tahun_ajaran, jenjang, jumlah, bukti, dicatat_oleh, dicatat_pada, "
        "dibayar_pada, referensi) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ResetOnExit r{s};
    s.bind(1, y.anak_id);
    s.bind(2, y.tahun_ajaran);
    s.bind(3, y.jenjang);
    s.bind(4, y.jumlah);
    s.bind(5, y.bukti);
    s.bind(6, y.dicatat_oleh);
    s.bind(7, y.dicatat_pada);
    s.bind(8, y.dibayar_pada);
    s.bind(9, y.referensi);
    try {
      s.exec();
    } catch (const SQLite::Exception& e) {
      if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)
        throw Conflict("tahun_ajaran_sudah_dicatat", "Beasiswa tahun ajaran ini sudah dicatat untuk anak ini",
                       "tahun_ajaran");
      throw;
    }
    y.id = c_.db().getLastInsertRowid();
  }

  void update_scholarship_year(const ScholarshipYearRecord& y) override {
    auto& s = c_.prepare("UPDATE beasiswa_tahun SET dibayar_pada = ?, referensi = ? WHERE id = ?");
    ResetOnExit r{s};
    s.bind(1, y.dibayar_pada);
    s.bind(2, y.referensi);
    s.bind(3, y.id);
    s.exec();
  }

  std::vector<ScholarshipYearRecord> scholarship_years(std::int64_t anak_id) override {
    auto& s = c_.prepare(std::string{"SELECT "} + kYearColumns +
                         " FROM beasiswa_tahun WHERE anak_id = ? ORDER BY tahun_ajaran");
    ResetOnExit r{s};
    s.bind(1, anak_id);
    std::vector<ScholarshipYearRecord> out;
    while (s.executeStep()) out.push_back(row_to_year(s));
    return out;
  }

  std::optional<ScholarshipYearRecord> scholarship_year(std::int64_t id) override {
    auto& s = c_.prepare(std::string{"SELECT "} + kYearColumns + " FROM beasiswa_tahun WHERE id = ?");
    ResetOnExit r{s};
    s.bind(1, id);
    if (!s.executeStep()) return std::nullopt;
    return row_to_year(s);
  }

 private:
  Connection& c_;
};

}  // namespace

std::unique_ptr<ClaimsSession> make_sqlite_claims(sqlite::Connection& connection) {
  return std::make_unique<SqliteClaims>(connection);
}

}  // namespace lindungi::store
