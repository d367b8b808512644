#include "store/postgres/pg_jakon.hpp"

#include "core/errors.hpp"
#include "core/region.hpp"

namespace lindungi::store {

namespace {

using pg::int64;
using pg::now_utc;
using pg::Param;
using pg::Sql;
using pg::text;
using pg::Tx;

std::string opt_date(const std::optional<Date>& d) { return d ? d->iso() : std::string{}; }

constexpr const char* kColumns =
    "p.id, p.jenis, p.nama, p.kode_kelurahan, p.rt, p.nilai, p.ppn_termasuk, p.ppn_persen, p.upah_bulanan, "
    "p.tanggal_spk, p.rencana_mulai, p.rencana_selesai, p.pelaksana, p.iuran, p.dasar_iuran, p.sumber_aturan, "
    "p.tanggal_aturan, p.nomor_sertifikat, p.tanggal_bayar, p.jumlah_bayar, p.status, p.tanggal_mulai, "
    "p.tanggal_selesai, p.versi, p.dibuat_oleh, p.dibuat, p.diubah, "
    "(SELECT count(*) FROM proyek_pekerja k WHERE k.proyek_id = p.id)";

Project row_to_project(const pqxx::row& r) {
  Project p;
  int i = 0;
  auto txt = [&] { return text(r[i++]); };
  auto integer = [&] { return int64(r[i++]); };
  p.id = integer();
  p.jenis = parse_project_kind(txt()).value_or(ProjectKind::swakelola);
  p.nama = txt();
  p.kode_kelurahan = txt();
  p.rt = static_cast<int>(integer());
  p.nilai = integer();
  p.ppn_termasuk = pg::boolean(r[i++]);
  p.ppn_persen = static_cast<int>(integer());
  p.upah_bulanan = integer();
  p.tanggal_spk = parse_iso_date(txt());
  p.rencana_mulai = parse_iso_date(txt());
  p.rencana_selesai = parse_iso_date(txt());
  p.pelaksana = txt();
  p.iuran = integer();
  p.dasar_iuran = txt();
  p.sumber_aturan = txt();
  p.tanggal_aturan = parse_iso_date(txt());
  p.nomor_sertifikat = txt();
  p.tanggal_bayar = parse_iso_date(txt());
  p.jumlah_bayar = integer();
  p.status = parse_project_state(txt()).value_or(ProjectState::direncanakan);
  p.tanggal_mulai = parse_iso_date(txt());
  p.tanggal_selesai = parse_iso_date(txt());
  p.version = integer();
  p.dibuat_oleh = txt();
  p.dibuat = txt();
  p.diubah = txt();
  p.jumlah_pekerja = integer();
  return p;
}

// The project's own fields as $1..$22, in the order of the INSERT's columns.
void add_fields(Sql& q, const Project& p) {
  q.args.insert(q.args.end(), {std::string{to_string(p.jenis)},
                               p.nama,
                               p.kode_kelurahan,
                               std::to_string(p.rt),
                               std::to_string(p.nilai),
                               std::string{p.ppn_termasuk ? "true" : "false"},
                               std::to_string(p.ppn_persen),
                               std::to_string(p.upah_bulanan),
                               opt_date(p.tanggal_spk),
                               opt_date(p.rencana_mulai),
                               opt_date(p.rencana_selesai),
                               p.pelaksana,
                               std::to_string(p.iuran),
                               p.dasar_iuran,
                               p.sumber_aturan,
                               opt_date(p.tanggal_aturan),
                               p.nomor_sertifikat,
                               opt_date(p.tanggal_bayar),
                               std::to_string(p.jumlah_bayar),
                               std::string{to_string(p.status)},
                               opt_date(p.tanggal_mulai),
                               opt_date(p.tanggal_selesai)});
}

class PgJakon final : public JakonSession {
 public:
  explicit PgJakon(Tx& t) : t_(t) {}

  void insert_project(Project& p) override {
    const std::string now = now_utc();
    Sql q;
    q.text =
        "INSERT INTO proyek (jenis, nama, kode_kelurahan, rt, nilai, ppn_termasuk, ppn_persen, upah_bulanan, "
        "tanggal_spk, rencana_mulai, rencana_selesai, pelaksana, iuran, dasar_iuran, sumber_aturan, tanggal_aturan, "
        "nomor_sertifikat, tanggal_bayar, jumlah_bayar, status, tanggal_mulai, tanggal_selesai, versi, dibuat_oleh, "
        "dibuat, diubah) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, "
        "$19, $20, $21, $22, 1, $23, $24, $25) RETURNING id";
    add_fields(q, p);
    q.args.insert(q.args.end(), {p.dibuat_oleh, p.dibuat.empty() ? now : p.dibuat, now});
    p.id = int64(t_.exec(q)[0][0]);
    p.version = 1;
    if (p.dibuat.empty()) p.dibuat = now;
    p.diubah = now;
    for (auto& w : p.pekerja) add_project_worker(p.id, w);
    p.jumlah_pekerja = static_cast<std::int64_t>(p.pekerja.size());
  }

  void update_project(Project& p) override {
    const std::string now = now_utc();
    Sql q;
    q.text =
        "UPDATE proyek SET jenis = $1, nama = $2, kode_kelurahan = $3, rt = $4, nilai = $5, ppn_termasuk = $6, "
        "ppn_persen = $7, upah_bulanan = $8, tanggal_spk = $9, rencana_mulai = $10, rencana_selesai = $11, "
        "pelaksana = $12, iuran = $13, dasar_iuran = $14, sumber_aturan = $15, tanggal_aturan = $16, "
        "nomor_sertifikat = $17, tanggal_bayar = $18, jumlah_bayar = $19, status = $20, tanggal_mulai = $21, "
        "tanggal_selesai = $22, versi = versi + 1, diubah = $23 WHERE id = $24 AND versi = $25";
    add_fields(q, p);
    q.args.insert(q.args.end(), {now, std::to_string(p.id), std::to_string(p.version)});
    if (t_.exec(q).affected_rows() != 1)
      throw Conflict("versi_berubah",
                     "Data proyek telah diubah oleh pengguna lain; muat ulang lalu ulangi perubahan Anda", "versi");
    ++p.version;
    p.diubah = now;
  }

  std::optional<Project> project(std::int64_t id) override {
    const auto r = t_.exec(std::string{"SELECT "} + kColumns + " FROM proyek p WHERE p.id = $1", id);
    if (r.empty()) return std::nullopt;
    std::optional<Project> out = row_to_project(r[0]);
    for (const auto& w :
         t_.exec("SELECT id, nik, nama, peran, coalesce(pekerja_id, 0) FROM proyek_pekerja WHERE proyek_id = $1 "
                 "ORDER BY nama, id",
                 id))
      out->pekerja.push_back({int64(w[0]), text(w[1]), text(w[2]), text(w[3]), int64(w[4])});
    return out;
  }

  Page<Project> projects(const ProjectQuery& q) override {
    Sql where;
    where.add(" WHERE TRUE");
    if (!q.area.empty()) {
      const auto level = level_of_code(q.area);
      if (!level) throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + q.area + "' tidak valid", "wilayah");
      if (*level == RegionLevel::rt) {
        where.add(" AND p.kode_kelurahan = ").arg(parent_code(q.area)).add(" AND p.rt = ");
        where.arg(std::int64_t{std::stoi(q.area.substr(q.area.rfind('.') + 1))});
      } else if (*level == RegionLevel::kelurahan) {
        where.add(" AND p.kode_kelurahan = ").arg(q.area);
      } else {
        const auto [lo, hi] = pg::below(q.area);
        where.add(" AND p.kode_kelurahan >= ").arg(lo).add(" AND p.kode_kelurahan < ").arg(hi);
      }
    }
    if (!q.status.empty()) where.add(" AND p.status = ").arg(q.status);
    if (!q.jenis.empty()) where.add(" AND p.jenis = ").arg(q.jenis);
    if (!q.q.empty()) {
      // strpos, not LIKE: the search text may hold % or _ (SQLite uses instr for the same reason).
      where.add(" AND (strpos(lower(p.nama), lower(").arg(q.q).add(")) > 0 OR strpos(lower(p.pelaksana), lower(");
      where.arg(q.q).add(")) > 0)");
    }
    Page<Project> page;
    Sql count{"SELECT count(*) FROM proyek p" + where.text, where.args};
    page.total = int64(t_.exec(count)[0][0]);
    Sql list{std::string{"SELECT "} + kColumns + " FROM proyek p" + where.text, where.args};
    // LIMIT NULL is no limit.
    list.add(" ORDER BY p.tanggal_spk DESC, p.id DESC LIMIT ")
        .arg(q.limit < 0 ? Param{} : Param{std::to_string(q.limit)})
        .add(" OFFSET ")
        .arg(std::int64_t{q.offset});
    for (const auto& r : t_.exec(list)) page.items.push_back(row_to_project(r));
    return page;
  }

  void add_project_worker(std::int64_t id, ProjectWorker& w) override {
    // ON CONFLICT: a refused insert would abort the caller's whole transaction.
    const auto r = t_.exec(
        "INSERT INTO proyek_pekerja (proyek_id, nik, nama, peran, pekerja_id, dibuat) VALUES ($1, $2, $3, $4, $5, $6) "
        "ON CONFLICT (proyek_id, nik) DO NOTHING RETURNING id",
        id, w.nik, w.nama, w.peran, w.pekerja_id > 0 ? Param{std::to_string(w.pekerja_id)} : Param{}, now_utc());
    if (r.empty()) throw Conflict("nik_sudah_terdaftar", "NIK " + w.nik + " sudah tercatat di proyek ini", "nik");
    w.id = int64(r[0][0]);
  }

  bool remove_project_worker(std::int64_t id, std::int64_t row) override {
    return t_.exec("DELETE FROM proyek_pekerja WHERE proyek_id = $1 AND id = $2", id, row).affected_rows() > 0;
  }

 private:
  Tx& t_;
};

}  // namespace

std::unique_ptr<JakonSession> make_pg_jakon(Tx& t) { return std::make_unique<PgJakon>(t); }

}  // namespace lindungi::store
