#include "store/records/claims.hpp"

#include <algorithm>
#include <tuple>

#include "core/region.hpp"
#include "store/records/fields.hpp"
#include "store/refusals.hpp"

namespace lindungi::store {

namespace {

using rows::Params;
using rows::Row;

// Every column of klaim but id and versi: what an INSERT or UPDATE writes, in order.
struct ClaimFields {
  template <typename F, typename C>
  void operator()(F&& f, C& c) const {
    f("pekerja_id", c.pekerja_id);
    f("wilayah", c.wilayah);
    f("sumber_dana", c.sumber_dana);
    f("jenis_kejadian", c.jenis_kejadian);
    f("kecelakaan_kerja", c.kecelakaan_kerja);
    f("akibat", c.akibat);
    f("tanggal_kejadian", c.tanggal_kejadian);
    f("tempat", c.tempat);
    f("uraian", c.uraian);
    f("jenis_klaim", c.jenis_klaim);
    f("status", c.status);
    f("pertanggungan", c.pertanggungan);
    f("alasan_pertanggungan", c.alasan_pertanggungan);
    f("konfirmasi_oleh", c.konfirmasi_oleh);
    f("konfirmasi_pada", c.konfirmasi_pada);
    f("manfaat", c.manfaat);
    f("manfaat_total", c.manfaat_total);
    f("ahli_waris", c.ahli_waris);
    f("pengembalian", c.pengembalian);
    f("bulan_dibatalkan", c.bulan_dibatalkan);
    f("dokumen_lengkap_pada", c.dokumen_lengkap_pada);
    f("diajukan_pada", c.diajukan_pada);
    f("keputusan", c.keputusan);
    f("alasan_keputusan", c.alasan_keputusan);
    f("diputus_oleh", c.diputus_oleh);
    f("diputus_pada", c.diputus_pada);
    f("jumlah_disetujui", c.jumlah_disetujui);
    f("dibayar_jumlah", c.dibayar_jumlah);
    f("dibayar_pada", c.dibayar_pada);
    f("referensi", c.referensi);
    f("dibuat_oleh", c.dibuat_oleh);
    f("dibuat_pada", c.dibuat_pada);
  }
};

// Every column of klaim_dokumen but id.
struct DocumentFields {
  template <typename F, typename D>
  void operator()(F&& f, D& d) const {
    f("klaim_id", d.klaim_id);
    f("kode", d.kode);
    f("nama_berkas", d.nama_berkas);
    f("jenis", d.jenis);
    f("ukuran", d.ukuran);
    f("sha256", d.sha256);
    f("berkas", d.berkas);
    f("diunggah_oleh", d.diunggah_oleh);
    f("diunggah_pada", d.diunggah_pada);
  }
};

// Every column of beasiswa_anak but id.
struct ChildFields {
  template <typename F, typename C>
  void operator()(F&& f, C& c) const {
    f("klaim_id", c.klaim_id);
    f("nama", c.nama);
    f("nik", c.nik);
    f("tanggal_lahir", c.tanggal_lahir);
    f("urutan", c.urutan);
  }
};

// Every column of beasiswa_tahun but id.
struct ScholarshipYearFields {
  template <typename F, typename Y>
  void operator()(F&& f, Y& y) const {
    f("anak_id", y.anak_id);
    f("tahun_ajaran", y.tahun_ajaran);
    f("jenjang", y.jenjang);
    f("jumlah", y.jumlah);
    f("bukti", y.bukti);
    f("dicatat_oleh", y.dicatat_oleh);
    f("dicatat_pada", y.dicatat_pada);
    f("dibayar_pada", y.dibayar_pada);
    f("referensi", y.referensi);
  }
};

const rows::Table<ClaimRecord, ClaimFields> kClaims{"klaim"};
const rows::Table<ClaimDocument, DocumentFields> kDocuments{"klaim_dokumen"};
const rows::Table<ScholarshipChildRecord, ChildFields> kChildren{"beasiswa_anak"};
const rows::Table<ScholarshipYearRecord, ScholarshipYearFields> kYears{"beasiswa_tahun"};

const records::Allocations kAllocations{"alokasi"};

const std::string kClaimSelect = "SELECT id, " + kClaims.columns() + ", versi FROM klaim";

ClaimRecord read_claim(Row& r) {
  ClaimRecord c;
  r >> c.id;
  rows::read_fields<ClaimFields>(r, c);
  r >> c.versi;
  return c;
}

class Claims final : public ClaimsSession {
 public:
  explicit Claims(std::unique_ptr<rows::Db> db) : db_(std::move(db)) {}

  void insert_claim(ClaimRecord& claim) override {
    // ON CONFLICT on the one-death index: on PostgreSQL a refused insert would abort the caller's
    // transaction.
    static const std::string sql = "INSERT INTO klaim (" + kClaims.columns() + ", versi) VALUES (" +
                                   rows::marks(kClaims.names().size()) +
                                   ", 1) ON CONFLICT (pekerja_id) WHERE jenis_kejadian = 'meninggal' DO NOTHING "
                                   "RETURNING id";
    const auto id = db_->first_int(sql, kClaims.params(claim));
    if (!id) throw UniqueViolation("klaim");  // one death per worker
    claim.id = *id;
    claim.versi = 1;
  }

  void update_claim(ClaimRecord& claim) override {
    static const std::string sql =
        "UPDATE klaim SET " + rows::assignments(kClaims.names()) + ", versi = versi + 1 WHERE id = ? AND versi = ?";
    if (db_->exec(sql, kClaims.params(claim) << claim.id << claim.versi) != 1) throw StaleVersion("klaim");
    ++claim.versi;
  }

  std::optional<ClaimRecord> claim(std::int64_t id) override {
    return db_->one(kClaimSelect + " WHERE id = ?", Params{id}, read_claim);
  }

  std::vector<ClaimRecord> claims_of_worker(std::int64_t pekerja_id) override {
    return db_->all(kClaimSelect + " WHERE pekerja_id = ? ORDER BY id", Params{pekerja_id}, read_claim);
  }

  std::vector<ClaimRecord> claims(std::string_view area) override {
    // Claims are few (deaths and accidents among the covered): filtering the area here is enough.
    std::vector<ClaimRecord> out;
    db_->run(kClaimSelect + " ORDER BY id DESC", {}, [&](Row& r) {
      auto c = read_claim(r);
      if (area.empty() || code_within(c.wilayah, area)) out.push_back(std::move(c));
    });
    return out;
  }

  Page<ClaimRecord> claims_page(std::string_view area, std::string_view status, std::int64_t pekerja_id,
                                std::string_view sumber_dana, int offset, int limit) override {
    // code_within(wilayah, area) as a condition: the area or a code below it ('/' sorts right
    // after '.', the columns compare bytewise); the casts type parameters beside literals.
    Params p;
    std::string where = " WHERE TRUE";
    if (!area.empty()) {
      where += " AND (wilayah = ? OR (wilayah >= ? AND wilayah < ?))";
      p << area << std::string{area} + "." << std::string{area} + "/";
    }
    where +=
        " AND (CAST(? AS text) = '' OR status = ?) AND (CAST(? AS bigint) = 0 OR pekerja_id = ?) "
        "AND (CAST(? AS text) = '' OR sumber_dana = ?)";
    p << status << status << pekerja_id << pekerja_id << sumber_dana << sumber_dana;
    Page<ClaimRecord> out;
    out.total = db_->first_int("SELECT count(*) FROM klaim" + where, p).value_or(0);
    out.items =
        db_->all(kClaimSelect + where + " ORDER BY id DESC LIMIT ? OFFSET ?", Params{p} << limit << offset, read_claim);
    return out;
  }

  std::vector<AllocationRecord> remove_unpaid_allocations_after(std::int64_t pekerja_id,
                                                                std::string_view after_month) override {
    // An invoice's lines are the funder's allocations of a month inside an id range (migration
    // 0006), with its total stored: a month already on a live invoice is never deleted here (the
    // invoice would no longer add up); it stays billed and is settled by cancelling or paying that
    // invoice. Deleting only months not yet invoiced also keeps every invoice range valid when
    // SQLite reuses the largest id.
    static const std::string sql =
        "DELETE FROM alokasi WHERE pekerja_id = ? AND bulan > ? AND dibayar = 0 AND NOT EXISTS (SELECT 1 FROM "
        "tagihan_bulan tb JOIN tagihan t ON t.id = tb.tagihan_id WHERE t.status <> 'batal' AND tb.sumber_dana = "
        "alokasi.sumber_dana AND tb.bulan = alokasi.bulan AND alokasi.id > tb.id_dari AND alokasi.id <= tb.id_sampai) "
        "RETURNING id, " +
        kAllocations.columns();
    // RETURNING has no order of its own.
    auto out = db_->all(sql, Params{pekerja_id, after_month}, kAllocations.reader());
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return std::tie(a.bulan, a.id) < std::tie(b.bulan, b.id); });
    return out;
  }

  void add_document(ClaimDocument& doc) override { doc.id = kDocuments.insert(*db_, doc).value(); }

  std::vector<ClaimDocument> documents(std::int64_t klaim_id) override {
    return db_->all(kDocuments.select() + " WHERE klaim_id = ? ORDER BY id", Params{klaim_id}, kDocuments.reader());
  }

  std::optional<ClaimDocument> document(std::int64_t id) override {
    return db_->one(kDocuments.select() + " WHERE id = ?", Params{id}, kDocuments.reader());
  }

  void add_child(ScholarshipChildRecord& child) override { child.id = kChildren.insert(*db_, child).value(); }

  std::vector<ScholarshipChildRecord> children(std::int64_t klaim_id) override {
    return db_->all(kChildren.select() + " WHERE klaim_id = ? ORDER BY urutan", Params{klaim_id}, kChildren.reader());
  }

  std::optional<ScholarshipChildRecord> child(std::int64_t id) override {
    return db_->one(kChildren.select() + " WHERE id = ?", Params{id}, kChildren.reader());
  }

  void add_scholarship_year(ScholarshipYearRecord& y) override {
    // ON CONFLICT: on PostgreSQL a refused insert would abort the caller's whole transaction.
    const auto id = kYears.insert(*db_, y, " ON CONFLICT (anak_id, tahun_ajaran) DO NOTHING");
    if (!id) throw UniqueViolation("beasiswa_tahun");
    y.id = *id;
  }

  void update_scholarship_year(const ScholarshipYearRecord& y) override {
    db_->exec("UPDATE beasiswa_tahun SET dibayar_pada = ?, referensi = ? WHERE id = ?",
              Params{y.dibayar_pada, y.referensi, y.id});
  }

  std::vector<ScholarshipYearRecord> scholarship_years(std::int64_t anak_id) override {
    return db_->all(kYears.select() + " WHERE anak_id = ? ORDER BY tahun_ajaran", Params{anak_id}, kYears.reader());
  }

  std::optional<ScholarshipYearRecord> scholarship_year(std::int64_t id) override {
    return db_->one(kYears.select() + " WHERE id = ?", Params{id}, kYears.reader());
  }

 private:
  std::unique_ptr<rows::Db> db_;
};

}  // namespace

std::unique_ptr<ClaimsSession> make_claims(std::unique_ptr<rows::Db> db) {
  return std::make_unique<Claims>(std::move(db));
}

}  // namespace lindungi::store
