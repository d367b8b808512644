#include "store/records/jakon.hpp"

#include "clock/clock.hpp"
#include "store/records/area.hpp"
#include "store/refusals.hpp"

namespace lindungi::store {

namespace rows {
// A project's kind and state are stored as their names.
static Row& operator>>(Row& r, ProjectKind& k) {
  k = parse_project_kind(r.text()).value_or(ProjectKind::swakelola);
  return r;
}
static Row& operator>>(Row& r, ProjectState& s) {
  s = parse_project_state(r.text()).value_or(ProjectState::direncanakan);
  return r;
}
static Params& operator<<(Params& p, ProjectKind k) { return p << to_string(k); }
static Params& operator<<(Params& p, ProjectState s) { return p << to_string(s); }
}  // namespace rows

namespace {

using rows::Params;
using rows::Row;

std::string jakon_now_utc() { return clock::now_utc_iso(true); }

// The project's own columns of proyek: what an INSERT or UPDATE writes, in order.
struct ProjectFields {
  template <typename F, typename P>
  void operator()(F&& f, P& p) const {
    f("jenis", p.jenis);
    f("nama", p.nama);
    f("kode_kelurahan", p.kode_kelurahan);
    f("rt", p.rt);
    f("nilai", p.nilai);
    f("ppn_termasuk", p.ppn_termasuk);
    f("ppn_persen", p.ppn_persen);
    f("upah_bulanan", p.upah_bulanan);
    f("tanggal_spk", p.tanggal_spk);
    f("rencana_mulai", p.rencana_mulai);
    f("rencana_selesai", p.rencana_selesai);
    f("pelaksana", p.pelaksana);
    f("iuran", p.iuran);
    f("dasar_iuran", p.dasar_iuran);
    f("sumber_aturan", p.sumber_aturan);
    f("tanggal_aturan", p.tanggal_aturan);
    f("nomor_sertifikat", p.nomor_sertifikat);
    f("tanggal_bayar", p.tanggal_bayar);
    f("jumlah_bayar", p.jumlah_bayar);
    f("status", p.status);
    f("tanggal_mulai", p.tanggal_mulai);
    f("tanggal_selesai", p.tanggal_selesai);
  }
};

const rows::Table<Project, ProjectFields> kProjects{"proyek"};

const std::string kSelect = "SELECT p.id, " + rows::list(kProjects.names(), "p.") +
                            ", p.versi, p.dibuat_oleh, p.dibuat, p.diubah, "
                            "(SELECT count(*) FROM proyek_pekerja k WHERE k.proyek_id = p.id) FROM proyek p";

Project read_project(Row& r) {
  Project p;
  r >> p.id;
  rows::read_fields<ProjectFields>(r, p);
  r >> p.version >> p.dibuat_oleh >> p.dibuat >> p.diubah >> p.jumlah_pekerja;
  return p;
}

class Jakon final : public JakonSession {
 public:
  explicit Jakon(std::unique_ptr<rows::Db> db) : db_(std::move(db)) {}

  void insert_project(Project& p) override {
    static const std::string sql = "INSERT INTO proyek (" + kProjects.columns() +
                                   ", versi, dibuat_oleh, dibuat, diubah) VALUES (" +
                                   rows::marks(kProjects.names().size()) + ", 1, ?, ?, ?) RETURNING id";
    const std::string now = jakon_now_utc();
    p.id =
        db_->first_int(sql, kProjects.params(p) << p.dibuat_oleh << (p.dibuat.empty() ? now : p.dibuat) << now).value();
    p.version = 1;
    if (p.dibuat.empty()) p.dibuat = now;
    p.diubah = now;
    for (auto& w : p.pekerja) add_project_worker(p.id, w);
    p.jumlah_pekerja = static_cast<std::int64_t>(p.pekerja.size());
  }

  void update_project(Project& p) override {
    static const std::string sql = "UPDATE proyek SET " + rows::assignments(kProjects.names()) +
                                   ", versi = versi + 1, diubah = ? WHERE id = ? AND versi = ?";
    const std::string now = jakon_now_utc();
    if (db_->exec(sql, kProjects.params(p) << now << p.id << p.version) != 1) throw StaleVersion("proyek");
    ++p.version;
    p.diubah = now;
  }

  std::optional<Project> project(std::int64_t id) override {
    auto out = db_->one(kSelect + " WHERE p.id = ?", Params{id}, read_project);
    if (!out) return out;
    out->pekerja = db_->all(
        "SELECT id, nik, nama, peran, coalesce(pekerja_id, 0) FROM proyek_pekerja WHERE proyek_id = ? ORDER BY nama, "
        "id",
        Params{id}, [](Row& r) {
          ProjectWorker w;
          r >> w.id >> w.nik >> w.nama >> w.peran >> w.pekerja_id;
          return w;
        });
    return out;
  }

  Page<Project> projects(const ProjectQuery& q) override {
    Params args;
    std::string where = " WHERE " + records::within_area("p", q.area, args);
    if (!q.status.empty()) {
      where += " AND p.status = ?";
      args << q.status;
    }
    if (!q.jenis.empty()) {
      where += " AND p.jenis = ?";
      args << q.jenis;
    }
    if (!q.q.empty()) {
      // instr/strpos, not LIKE: the search text may hold % or _.
      where += db_->pick(" AND (instr(lower(p.nama), lower(?)) > 0 OR instr(lower(p.pelaksana), lower(?)) > 0)",
                         " AND (strpos(lower(p.nama), lower(?)) > 0 OR strpos(lower(p.pelaksana), lower(?)) > 0)");
      args << q.q << q.q;
    }
    Page<Project> page;
    page.total = db_->first_int("SELECT count(*) FROM proyek p" + where, args).value_or(0);
    auto list = args;
    std::string sql = kSelect + where + " ORDER BY p.tanggal_spk DESC, p.id DESC";
    if (q.limit >= 0) {
      sql += " LIMIT ?";
      list << q.limit;
    } else {
      sql += db_->pick(" LIMIT -1", "");  // SQLite takes no OFFSET without a LIMIT
    }
    sql += " OFFSET ?";
    list << q.offset;
    page.items = db_->all(sql, list, read_project);
    return page;
  }

  void add_project_worker(std::int64_t id, ProjectWorker& w) override {
    // ON CONFLICT: on PostgreSQL a refused insert would abort the caller's whole transaction.
    Params p{id, w.nik, w.nama, w.peran};
    if (w.pekerja_id > 0)
      p << w.pekerja_id;
    else
      p << std::nullopt;  // not registered
    const auto row = db_->first_int(
        "INSERT INTO proyek_pekerja (proyek_id, nik, nama, peran, pekerja_id, dibuat) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (proyek_id, nik) DO NOTHING RETURNING id",
        p << jakon_now_utc());
    if (!row) throw UniqueViolation("proyek_pekerja", w.nik);
    w.id = *row;
  }

  bool remove_project_worker(std::int64_t id, std::int64_t row) override {
    return db_->exec("DELETE FROM proyek_pekerja WHERE proyek_id = ? AND id = ?", Params{id, row}) > 0;
  }

 private:
  std::unique_ptr<rows::Db> db_;
};

}  // namespace

std::unique_ptr<JakonSession> make_jakon(std::unique_ptr<rows::Db> db) {
  return std::make_unique<Jakon>(std::move(db));
}

}  // namespace lindungi::store
