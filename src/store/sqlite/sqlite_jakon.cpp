#include "store/sqlite/sqlite_jakon.hpp"

#include <sqlite3.h>

#include <variant>

#include "core/errors.hpp"
#include "core/region.hpp"

namespace lindungi::store {

namespace {

using sqlite::Connection;
using sqlite::now_utc;
using sqlite::ResetOnExit;
using Arg = std::variant<std::string, std::int64_t>;

std::string opt_date(const std::optional<Date>& d) { return d ? d->iso() : std::string{}; }

constexpr const char* kColumns =
    "p.id, p.jenis, p.nama, p.kode_kelurahan, p.rt, p.nilai, p.ppn_termasuk, p.ppn_persen, p.upah_bulanan, "
    "p.tanggal_spk, p.rencana_mulai, p.rencana_selesai, p.pelaksana, p.iuran, p.dasar_iuran, p.sumber_aturan, "
    "p.tanggal_aturan, p.nomor_sertifikat, p.tanggal_bayar, p.jumlah_bayar, p.status, p.tanggal_mulai, "
    "p.tanggal_selesai, p.versi, p.dibuat_oleh, p.dibuat, p.diubah, "
    "(SELECT count(*) FROM proyek_pekerja k WHERE k.proyek_id = p.id)";

Project row_to_project(SQLite::Statement& s) {
  Project p;
  int i = 0;
  auto text = [&] { return s.getColumn(i++).getString(); };
  auto integer = [&] { return s.getColumn(i++).getInt64(); };
  p.id = integer();
  p.jenis = parse_project_kind(text()).value_or(ProjectKind::swakelola);
  p.nama = text();
  p.kode_kelurahan = text();
  p.rt = static_cast<int>(integer());
  p.nilai = integer();
  p.ppn_termasuk = integer() != 0;
  p.ppn_persen = static_cast<int>(integer());
  p.upah_bulanan = integer();
  p.tanggal_spk = parse_iso_date(text());
  p.rencana_mulai = parse_iso_date(text());
  p.rencana_selesai = parse_iso_date(text());
  p.pelaksana = text();
  p.iuran = integer();
  p.dasar_iuran = text();
  p.sumber_aturan = text();
  p.tanggal_aturan = parse_iso_date(text());
  p.nomor_sertifikat = text();
  p.tanggal_bayar = parse_iso_date(text());
  p.jumlah_bayar = integer();
  p.status = parse_project_state(text()).value_or(ProjectState::direncanakan);
  p.tanggal_mulai = parse_iso_date(text());
  p.tanggal_selesai = parse_iso_date(text());
  p.version = integer();
  p.dibuat_oleh = text();
  p.dibuat = text();
  p.diubah = text();
  p.jumlah_pekerja = integer();
  return p;
}

// Binds the project's own fields as parameters 1..22 (the order of the INSERT's columns).
void bind_fields(SQLite::Statement& s, const Project& p) {
  int i = 1;
  s.bind(i++, std::string{to_string(p.jenis)});
  s.bind(i++, p.nama);
  s.bind(i++, p.kode_kelurahan);
  s.bind(i++, p.rt);
  s.bind(i++, p.nilai);
  s.bind(i++, p.ppn_termasuk ? 1 : 0);
  s.bind(i++, p.ppn_persen);
  s.bind(i++, p.upah_bulanan);
  s.bind(i++, opt_date(p.tanggal_spk));
  s.bind(i++, opt_date(p.rencana_mulai));
  s.bind(i++, opt_date(p.rencana_selesai));
  s.bind(i++, p.pelaksana);
  s.bind(i++, p.iuran);
  s.bind(i++, p.dasar_iuran);
  s.bind(i++, p.sumber_aturan);
  s.bind(i++, opt_date(p.tanggal_aturan));
  s.bind(i++, p.nomor_sertifikat);
  s.bind(i++, opt_date(p.tanggal_bayar));
  s.bind(i++, p.jumlah_bayar);
  s.bind(i++, std::string{to_string(p.status)});
  s.bind(i++, opt_date(p.tanggal_mulai));
  s.bind(i++, opt_date(p.tanggal_selesai));
}

class SqliteJakon final : public JakonSession {
 public:
  explicit SqliteJakon(Connection& c) : c_(c) {}

  void insert_project(Project& p) override {
    auto& s = c_.prepare(
        "INSERT INTO proyek (jenis, nama, kode_kelurahan, rt, nilai, ppn_termasuk, ppn_persen, upah_bulanan, "
        "tanggal_spk, rencana_mulai, rencana_selesai, pelaksana, iuran, dasar_iuran, sumber_aturan, tanggal_aturan, "
        "nomor_sertifikat, tanggal_bayar, jumlah_bayar, status, tanggal_mulai, tanggal_selesai, versi, dibuat_oleh, "
        "dibuat, diubah) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)");
    const std::string now = now_utc();
    {
      ResetOnExit r{s};
      bind_fields(s, p);
      s.bind(23, p.dibuat_oleh);
      s.bind(24, p.dibuat.empty() ? now : p.dibuat);
      s.bind(25, now);
      s.exec();
    }
    p.id = c_.db().getLastInsertRowid();
    p.version = 1;
    if (p.dibuat.empty()) p.dibuat = now;
    p.diubah = now;
    for (auto& w : p.pekerja) add_project_worker(p.id, w);
    p.jumlah_pekerja = static_cast<std::int64_t>(p.pekerja.size());
  }

  void update_project(Project& p) override {
    auto& s = c_.prepare(
        "UPDATE proyek SET jenis = ?, nama = ?, kode_kelurahan = ?, rt = ?, nilai = ?, ppn_termasuk = ?, "
        "ppn_persen = ?, upah_bulanan = ?, tanggal_spk = ?, rencana_mulai = ?, rencana_selesai = ?, pelaksana = ?, "
        "iuran = ?, dasar_iuran = ?, sumber_aturan = ?, tanggal_aturan = ?, nomor_sertifikat = ?, tanggal_bayar = ?, "
        "jumlah_bayar = ?, status = ?, tanggal_mulai = ?, tanggal_selesai = ?, versi = versi + 1, diubah = ? "
        "WHERE id = ? AND versi = ?");
    const std::string now = now_utc();
    ResetOnExit r{s};
    bind_fields(s, p);
    s.bind(23, now);
    s.bind(24, p.id);
    s.bind(25, p.version);
    if (s.exec() != 1)
      throw Conflict("versi_berubah",
                     "Data proyek telah diubah oleh pengguna lain; muat ulang lalu ulangi perubahan Anda", "versi");
    ++p.version;
    p.diubah = now;
  }

  std::optional<Project> project(std::int64_t id) override {
    std::optional<Project> out;
    {
      auto& s = c_.prepare(std::string{"SELECT "} + kColumns + " FROM proyek p WHERE p.id = ?");
      ResetOnExit r{s};
      s.bind(1, id);
      if (!s.executeStep()) return std::nullopt;
      out = row_to_project(s);
    }
    auto& s = c_.prepare(
        "SELECT id, nik, nama, peran, coalesce(pekerja_id, 0) FROM proyek_pekerja WHERE proyek_id = ? ORDER BY nama, "
        "id");
    ResetOnExit r{s};
    s.bind(1, id);
    while (s.executeStep())
      out->pekerja.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getString(), s.getColumn(2).getString(),
                              s.getColumn(3).getString(), s.getColumn(4).getInt64()});
    return out;
  }

  Page<Project> projects(const ProjectQuery& q) override {
    std::string where = " WHERE 1 = 1";
    std::vector<Arg> args;
    if (!q.area.empty()) {
      const auto level = level_of_code(q.area);
      if (!level) throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + q.area + "' tidak valid", "wilayah");
      if (*level == RegionLevel::rt) {
        where += " AND p.kode_kelurahan = ? AND p.rt = ?";
        args.emplace_back(parent_code(q.area));
        args.emplace_back(std::int64_t{std::stoi(q.area.substr(q.area.rfind('.') + 1))});
      } else if (*level == RegionLevel::kelurahan) {
        where += " AND p.kode_kelurahan = ?";
        args.emplace_back(q.area);
      } else {
        // Codes below "15.71.01" sort between "15.71.01." and "15.71.01/" ('/' follows '.').
        where += " AND p.kode_kelurahan >= ? AND p.kode_kelurahan < ?";
        args.emplace_back(q.area + ".");
        args.emplace_back(q.area + "/");
      }
    }
    if (!q.status.empty()) {
      where += " AND p.status = ?";
      args.emplace_back(q.status);
    }
    if (!q.jenis.empty()) {
      where += " AND p.jenis = ?";
      args.emplace_back(q.jenis);
    }
    if (!q.q.empty()) {
      where += " AND (instr(lower(p.nama), lower(?)) > 0 OR instr(lower(p.pelaksana), lower(?)) > 0)";
      args.emplace_back(q.q);
      args.emplace_back(q.q);
    }
    auto bind = [&](SQLite::Statement& s) {
      int i = 1;
      for (const Arg& a : args) {
        if (const auto* t = std::get_if<std::string>(&a))
          s.bind(i++, *t);
        else
          s.bind(i++, std::get<std::int64_t>(a));
      }
      return i;
    };
    Page<Project> page;
    {
      auto& s = c_.prepare("SELECT count(*) FROM proyek p" + where);
      ResetOnExit r{s};
      bind(s);
      if (s.executeStep()) page.total = s.getColumn(0).getInt64();
    }
    auto& s = c_.prepare(std::string{"SELECT "} + kColumns + " FROM proyek p" + where +
                         " ORDER BY p.tanggal_spk DESC, p.id DESC LIMIT ? OFFSET ?");
    ResetOnExit r{s};
    const int next = bind(s);
    s.bind(next, q.limit < 0 ? std::int64_t{-1} : std::int64_t{q.limit});
    s.bind(next + 1, q.offset);
    while (s.executeStep()) page.items.push_back(row_to_project(s));
    return page;
  }

  void add_project_worker(std::int64_t id, ProjectWorker& w) override {
    auto& s = c_.prepare(
        "INSERT INTO proyek_pekerja (proyek_id, nik, nama, peran, pekerja_id, dibuat) VALUES (?, ?, ?, ?, ?, ?)");
    {
      ResetOnExit r{s};
      s.bind(1, id);
      s.bind(2, w.nik);
      s.bind(3, w.nama);
      s.bind(4, w.peran);
      if (w.pekerja_id > 0)
        s.bind(5, w.pekerja_id);
      else
        s.bind(5);
      s.bind(6, now_utc());
      try {
        s.exec();
      } catch (const SQLite::Exception& e) {
        if (e.getExtendedErrorCode() == SQLITE_CONSTRAINT_PRIMARYKEY ||
            e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE)
          throw Conflict("nik_sudah_terdaftar", "NIK " + w.nik + " sudah tercatat di proyek ini", "nik");
        throw;
      }
    }
    w.id = c_.db().getLastInsertRowid();
  }

  bool remove_project_worker(std::int64_t id, std::int64_t row) override {
    auto& s = c_.prepare("DELETE FROM proyek_pekerja WHERE proyek_id = ? AND id = ?");
    ResetOnExit r{s};
    s.bind(1, id);
    s.bind(2, row);
    return s.exec() > 0;
  }

 private:
  Connection& c_;
};

}  // namespace

std::unique_ptr<JakonSession> make_sqlite_jakon(Connection& c) { return std::make_unique<SqliteJakon>(c); }

}  // namespace lindungi::store
