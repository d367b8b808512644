#include "services/jakon_service.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "core/errors.hpp"
#include "core/nik.hpp"
#include "core/region.hpp"
#include "formats/record_json.hpp"
#include "services/checks.hpp"
#include "store/audit_store.hpp"
#include "store/jakon_store.hpp"
#include "store/page.hpp"
#include "store/refusals.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services {

namespace {

using nlohmann::json;

// Stores the project if nobody changed it since it was read (Conflict "versi_berubah" otherwise).
void save_project(store::Session& s, Project& p) {
  try {
    s.jakon().update_project(p);
  } catch (const store::StaleVersion&) {
    throw Conflict("versi_berubah",
                   "Data proyek telah diubah oleh pengguna lain; muat ulang lalu ulangi perubahan Anda", "versi");
  }
}

json date_json(const std::optional<Date>& d) { return d ? json(d->iso()) : json(nullptr); }

// The audited fields of a project, so that every write records old and new values alike.
json audit_fields(const Project& p) {
  return {{"jenis", std::string{to_string(p.jenis)}},
          {"nama", p.nama},
          {"kode_rt", p.kode_rt()},
          {"nilai", p.nilai},
          {"ppn_termasuk", p.ppn_termasuk},
          {"ppn_persen", p.ppn_persen},
          {"upah_bulanan", p.upah_bulanan},
          {"tanggal_spk", date_json(p.tanggal_spk)},
          {"rencana_mulai", date_json(p.rencana_mulai)},
          {"rencana_selesai", date_json(p.rencana_selesai)},
          {"pelaksana", p.pelaksana},
          {"iuran", p.iuran},
          {"nomor_sertifikat", p.nomor_sertifikat},
          {"tanggal_bayar", date_json(p.tanggal_bayar)},
          {"jumlah_bayar", p.jumlah_bayar},
          {"status", std::string{to_string(p.status)}},
          {"tanggal_mulai", date_json(p.tanggal_mulai)},
          {"tanggal_selesai", date_json(p.tanggal_selesai)}};
}

std::string changes(const Project* before, const Project& after) {
  const json a = audit_fields(after);
  const json b = before ? audit_fields(*before) : json::object();
  json out = json::object();
  for (const auto& [k, v] : a.items()) {
    const json old = b.contains(k) ? b[k] : json(nullptr);
    if (old != v) out[k] = {old, v};
  }
  return formats::json_text(out);
}

void audit(store::Session& s, const Actor& actor, const char* action, const Project* before, const Project& after) {
  s.audit().append({0, "", actor.username, action, "proyek", std::to_string(after.id), changes(before, after)});
}

bool matches(const ProjectCompliance& c, const std::string& filter) {
  if (filter == "tanpa_sertifikat") return c.tanpa_sertifikat;
  if (filter == "terlambat") return c.terlambat;
  if (filter == "mulai_tanpa_perlindungan") return c.mulai_tanpa_perlindungan;
  return c.patuh();  // "patuh"
}

// The area a list or report covers: the asked one when within the actor's, else the actor's.
std::string scoped_area(const Actor& actor, const std::string& asked) {
  if (asked.empty()) return actor.area;
  if (!level_of_code(asked))
    throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + asked + "' tidak valid", "wilayah");
  if (!can_access_area(actor, asked))
    throw Forbidden("di_luar_wilayah", "Wilayah " + asked + " di luar kewenangan Anda", "wilayah");
  return asked;
}

}  // namespace

ProjectView JakonService::view(Project p) const {
  ProjectView v;
  v.compliance = assess_project(p, *calendar_, app_.today());
  v.project = std::move(p);
  return v;
}

store::Page<ProjectView> JakonService::list(const Actor& actor, ProjectListQuery q) {
  require(actor, Permission::view_projects, "melihat proyek konstruksi");
  store::ProjectQuery sq;
  sq.area = scoped_area(actor, q.area);
  if (!q.status.empty() && !parse_project_state(q.status))
    throw BadRequest("status_tidak_dikenal", "Status '" + q.status + "' tidak dikenal", "status");
  if (!q.jenis.empty() && !parse_project_kind(q.jenis))
    throw BadRequest("jenis_tidak_dikenal", "Jenis '" + q.jenis + "' tidak dikenal (swakelola, kontrak)", "jenis");
  static const std::vector<std::string> kFilters = {"tanpa_sertifikat", "terlambat", "mulai_tanpa_perlindungan",
                                                    "patuh"};
  if (!q.kepatuhan.empty() && std::find(kFilters.begin(), kFilters.end(), q.kepatuhan) == kFilters.end())
    throw BadRequest("kepatuhan_tidak_dikenal", "Filter kepatuhan '" + q.kepatuhan + "' tidak dikenal", "kepatuhan");
  sq.status = q.status;
  sq.jenis = q.jenis;
  sq.q = q.q;
  // Compliance depends on today's date and the calendar, not on stored columns: filter it here,
  // over the area's projects (hundreds, not millions).
  sq.offset = q.kepatuhan.empty() ? q.offset : 0;
  sq.limit = q.kepatuhan.empty() ? q.limit : -1;
  store::Page<Project> page;
  app_.store().read([&](store::Session& s) { page = s.jakon().projects(sq); });
  store::Page<ProjectView> out;
  out.total = page.total;
  if (q.kepatuhan.empty()) {
    for (auto& p : page.items) out.items.push_back(view(std::move(p)));
    return out;
  }
  out.total = 0;
  for (auto& p : page.items) {
    ProjectView v = view(std::move(p));
    if (!matches(v.compliance, q.kepatuhan)) continue;
    if (out.total >= q.offset && static_cast<int>(out.items.size()) < q.limit) out.items.push_back(std::move(v));
    ++out.total;
  }
  return out;
}

ProjectView JakonService::get(const Actor& actor, std::int64_t id) {
  require(actor, Permission::view_projects, "melihat proyek konstruksi");
  std::optional<Project> p;
  app_.store().read([&](store::Session& s) { p = s.jakon().project(id); });
  if (!p || !can_access_area(actor, p->kode_rt()))
    throw NotFound("proyek_tidak_ada", "Proyek dengan id " + std::to_string(id) + " tidak ditemukan");
  return view(std::move(*p));
}

namespace {

// Applies `in` to `p`; returns whether a figure the premium depends on changed.
bool apply_input(Project& p, const ProjectInput& in, std::vector<FieldError>& errors) {
  const Project before = p;
  if (in.jenis) {
    if (const auto k = parse_project_kind(*in.jenis))
      p.jenis = *k;
    else
      errors.push_back(
          {"jenis", "jenis_tidak_dikenal", "Jenis proyek '" + *in.jenis + "' tidak dikenal (swakelola, kontrak)"});
  }
  if (in.nama) p.nama = *in.nama;
  if (in.kode_kelurahan) p.kode_kelurahan = *in.kode_kelurahan;
  if (in.rt) p.rt = *in.rt;
  if (in.pelaksana) p.pelaksana = *in.pelaksana;
  if (in.nilai) p.nilai = *in.nilai;
  if (in.ppn_termasuk) p.ppn_termasuk = *in.ppn_termasuk;
  if (in.ppn_persen) p.ppn_persen = *in.ppn_persen;
  if (in.upah_bulanan) p.upah_bulanan = *in.upah_bulanan;
  if (in.tanggal_spk) p.tanggal_spk = *in.tanggal_spk;
  if (in.rencana_mulai) p.rencana_mulai = *in.rencana_mulai;
  if (in.rencana_selesai) p.rencana_selesai = *in.rencana_selesai;
  return p.nilai != before.nilai || p.ppn_termasuk != before.ppn_termasuk || p.ppn_persen != before.ppn_persen ||
         p.upah_bulanan != before.upah_bulanan || p.tanggal_spk != before.tanggal_spk ||
         (p.upah_bulanan > 0 &&
          (p.rencana_mulai != before.rencana_mulai || p.rencana_selesai != before.rencana_selesai));
}

// Sets the premium and its rule on `p`. A date no rule covers (an SPK before the first Jakon or
// PPN rule) is the user's input at fault, so it is reported on the SPK date field.
void price(const RuleBook& rules, Project& p, const Date& today, bool resolve_ppn) {
  try {
    if (resolve_ppn && p.tanggal_spk) p.ppn_persen = rules.ppn_at(*p.tanggal_spk).percent;
    const ProjectPremium premium = project_premium(rules, p, today);
    p.iuran = premium.total;
    p.dasar_iuran = premium.dasar;
    p.sumber_aturan = premium.source;
    p.tanggal_aturan = premium.rule_from;
  } catch (const NotFound& e) {
    throw ValidationError("tanggal_spk", e.code(), e.what());
  }
}

}  // namespace

ProjectView JakonService::create(const Actor& actor, const ProjectInput& in) {
  require(actor, Permission::manage_projects, "mencatat proyek konstruksi");
  Project p;
  std::vector<FieldError> errors;
  apply_input(p, in, errors);
  for (auto& e : project_problems(p)) errors.push_back(std::move(e));
  if (!errors.empty()) throw ValidationError(std::move(errors));
  if (!can_access_area(actor, p.kode_rt()))
    throw Forbidden("di_luar_wilayah", "RT " + p.kode_rt() + " di luar wilayah kewenangan Anda", "rt");
  price(app_.rules(), p, app_.today(), !in.ppn_persen);
  p.dibuat_oleh = actor.username;
  app_.store().write([&](store::Session& s) {
    if (!s.registry().rt_exists(p.kode_kelurahan, p.rt))
      throw ValidationError("rt", "rt_tidak_ada",
                            "RT " + std::to_string(p.rt) + " tidak terdaftar di kelurahan " + p.kode_kelurahan);
    s.jakon().insert_project(p);
    audit(s, actor, "buat", nullptr, p);
  });
  return view(std::move(p));
}

ProjectView JakonService::update(const Actor& actor, std::int64_t id, const ProjectInput& in) {
  require(actor, Permission::manage_projects, "mengubah proyek konstruksi");
  std::optional<Project> result;
  app_.store().write([&](store::Session& s) {
    auto p = s.jakon().project(id);
    if (!p || !can_access_area(actor, p->kode_rt()))
      throw NotFound("proyek_tidak_ada", "Proyek dengan id " + std::to_string(id) + " tidak ditemukan");
    if (in.versi != p->version)
      throw Conflict("versi_berubah",
                     "Data proyek telah diubah oleh pengguna lain; muat ulang lalu ulangi perubahan Anda", "versi");
    if (p->status == ProjectState::selesai)
      throw Conflict("proyek_selesai", "Proyek sudah selesai dan tidak dapat diubah", "status");
    const Project before = *p;
    std::vector<FieldError> errors;
    const bool reprice = apply_input(*p, in, errors);
    for (auto& e : project_problems(*p)) errors.push_back(std::move(e));
    if (!errors.empty()) throw ValidationError(std::move(errors));
    if (!can_access_area(actor, p->kode_rt()))
      throw Forbidden("di_luar_wilayah", "RT " + p->kode_rt() + " di luar wilayah kewenangan Anda", "rt");
    if (p->kode_rt() != before.kode_rt() && !s.registry().rt_exists(p->kode_kelurahan, p->rt))
      throw ValidationError("rt", "rt_tidak_ada",
                            "RT " + std::to_string(p->rt) + " tidak terdaftar di kelurahan " + p->kode_kelurahan);
    if (reprice) {
      // The certificate was issued for the premium that was paid: new figures need a new one.
      if (!before.nomor_sertifikat.empty())
        throw Conflict("sudah_bersertifikat",
                       "Nilai, PPN, upah dan tanggal SPK tidak dapat diubah setelah sertifikat BPJS dicatat; "
                       "cabut sertifikat lebih dahulu",
                       "nilai");
      price(app_.rules(), *p, app_.today(), false);
    }
    save_project(s, *p);
    audit(s, actor, "ubah", &before, *p);
    result = std::move(p);
  });
  return view(std::move(*result));
}

ProjectView JakonService::record_certificate(const Actor& actor, std::int64_t id, const std::string& nomor,
                                             std::optional<Date> paid_on, Rupiah amount) {
  require(actor, Permission::manage_projects, "mencatat sertifikat proyek");
  std::optional<Project> result;
  app_.store().write([&](store::Session& s) {
    auto p = s.jakon().project(id);
    if (!p || !can_access_area(actor, p->kode_rt()))
      throw NotFound("proyek_tidak_ada", "Proyek dengan id " + std::to_string(id) + " tidak ditemukan");
    if (auto refusal = certificate_refusal(*p, nomor, paid_on, amount, app_.today())) throw ValidationError({*refusal});
    const Project before = *p;
    p->nomor_sertifikat = nomor;
    p->tanggal_bayar = paid_on;
    p->jumlah_bayar = amount;
    if (p->status == ProjectState::direncanakan) p->status = ProjectState::bersertifikat;
    save_project(s, *p);
    audit(s, actor, "catat_sertifikat", &before, *p);
    result = std::move(p);
  });
  return view(std::move(*result));
}

ProjectView JakonService::revoke_certificate(const Actor& actor, std::int64_t id, const std::string& reason) {
  require(actor, Permission::manage_projects, "mencabut sertifikat proyek");
  if (reason.empty() || reason.size() > 500)
    throw ValidationError("alasan", "wajib_diisi", "Alasan pencabutan sertifikat wajib diisi (maks. 500 karakter)");
  std::optional<Project> result;
  app_.store().write([&](store::Session& s) {
    auto p = s.jakon().project(id);
    if (!p || !can_access_area(actor, p->kode_rt()))
      throw NotFound("proyek_tidak_ada", "Proyek dengan id " + std::to_string(id) + " tidak ditemukan");
    if (p->nomor_sertifikat.empty())
      throw Conflict("belum_bersertifikat", "Proyek ini belum memiliki sertifikat", "nomor_sertifikat");
    const Project before = *p;
    p->nomor_sertifikat.clear();
    p->tanggal_bayar.reset();
    p->jumlah_bayar = 0;
    // A project already at work stays so: the compliance report shows it as started without cover.
    if (p->status == ProjectState::bersertifikat) p->status = ProjectState::direncanakan;
    save_project(s, *p);
    json diff = json::parse(changes(&before, *p));
    diff["alasan"] = {nullptr, reason};
    s.audit().append(
        {0, "", actor.username, "cabut_sertifikat", "proyek", std::to_string(p->id), formats::json_text(diff)});
    result = std::move(p);
  });
  return view(std::move(*result));
}

ProjectView JakonService::start(const Actor& actor, std::int64_t id, std::optional<Date> on) {
  require(actor, Permission::manage_projects, "memulai proyek konstruksi");
  const Date day = on.value_or(app_.today());
  std::optional<Project> result;
  app_.store().write([&](store::Session& s) {
    auto p = s.jakon().project(id);
    if (!p || !can_access_area(actor, p->kode_rt()))
      throw NotFound("proyek_tidak_ada", "Proyek dengan id " + std::to_string(id) + " tidak ditemukan");
    if (auto refusal = start_refusal(*p, day, app_.today())) {
      if (refusal->code == "belum_bersertifikat" || refusal->code == "sudah_dimulai")
        throw Conflict(refusal->code, refusal->message, refusal->field);
      throw ValidationError({*refusal});
    }
    const Project before = *p;
    p->status = ProjectState::dimulai;
    p->tanggal_mulai = day;
    save_project(s, *p);
    audit(s, actor, "mulai", &before, *p);
    result = std::move(p);
  });
  return view(std::move(*result));
}

ProjectView JakonService::finish(const Actor& actor, std::int64_t id, std::optional<Date> on) {
  require(actor, Permission::manage_projects, "menyelesaikan proyek konstruksi");
  const Date day = on.value_or(app_.today());
  std::optional<Project> result;
  app_.store().write([&](store::Session& s) {
    auto p = s.jakon().project(id);
    if (!p || !can_access_area(actor, p->kode_rt()))
      throw NotFound("proyek_tidak_ada", "Proyek dengan id " + std::to_string(id) + " tidak ditemukan");
    if (auto refusal = finish_refusal(*p, day, app_.today())) {
      if (refusal->code == "belum_dimulai") throw Conflict(refusal->code, refusal->message, refusal->field);
      throw ValidationError({*refusal});
    }
    const Project before = *p;
    p->status = ProjectState::selesai;
    p->tanggal_selesai = day;
    save_project(s, *p);
    audit(s, actor, "selesai", &before, *p);
    result = std::move(p);
  });
  return view(std::move(*result));
}

ProjectView JakonService::add_worker(const Actor& actor, std::int64_t id, ProjectWorker w) {
  require(actor, Permission::manage_projects, "mencatat pekerja proyek");
  std::vector<FieldError> errors;
  // The registry's NIK rules, not a second copy of them: structure, region and birth date.
  const NikInfo info = analyze_nik(w.nik, app_.today(), &app_.regions());
  for (const auto& e : info.errors) errors.push_back({"nik", e.code, e.message});
  if (w.nama.empty() || w.nama.size() > 100)
    errors.push_back({"nama", "wajib_diisi", "Nama pekerja wajib diisi (maks. 100)"});
  if (w.peran.size() > 60) errors.push_back({"peran", "terlalu_panjang", "Peran maksimal 60 karakter"});
  if (w.peran.empty()) w.peran = "pekerja";
  if (!errors.empty()) throw ValidationError(std::move(errors));
  w.nik = info.nik;
  std::optional<Project> result;
  app_.store().write([&](store::Session& s) {
    auto p = s.jakon().project(id);
    if (!p || !can_access_area(actor, p->kode_rt()))
      throw NotFound("proyek_tidak_ada", "Proyek dengan id " + std::to_string(id) + " tidak ditemukan");
    if (p->status == ProjectState::selesai)
      throw Conflict("proyek_selesai", "Proyek sudah selesai; daftar pekerja tidak dapat diubah", "status");
    if (const auto registered = s.registry().worker_by_nik(w.nik)) w.pekerja_id = registered->id;
    try {
      s.jakon().add_project_worker(id, w);
    } catch (const store::UniqueViolation&) {
      throw Conflict("nik_sudah_terdaftar", "NIK " + w.nik + " sudah tercatat di proyek ini", "nik");
    }
    const json diff = {
        {"pekerja",
         {nullptr, {{"nik", mask_nik(w.nik)}, {"nama", w.nama}, {"peran", w.peran}, {"pekerja_id", w.pekerja_id}}}}};
    s.audit().append({0, "", actor.username, "tambah_pekerja", "proyek", std::to_string(id), formats::json_text(diff)});
    result = s.jakon().project(id);
  });
  return view(std::move(*result));
}

ProjectView JakonService::remove_worker(const Actor& actor, std::int64_t id, std::int64_t row) {
  require(actor, Permission::manage_projects, "menghapus pekerja proyek");
  std::optional<Project> result;
  app_.store().write([&](store::Session& s) {
    auto p = s.jakon().project(id);
    if (!p || !can_access_area(actor, p->kode_rt()))
      throw NotFound("proyek_tidak_ada", "Proyek dengan id " + std::to_string(id) + " tidak ditemukan");
    if (p->status == ProjectState::selesai)
      throw Conflict("proyek_selesai", "Proyek sudah selesai; daftar pekerja tidak dapat diubah", "status");
    const auto it = std::find_if(p->pekerja.begin(), p->pekerja.end(), [&](const auto& w) { return w.id == row; });
    if (it == p->pekerja.end() || !s.jakon().remove_project_worker(id, row))
      throw NotFound("pekerja_tidak_ada", "Pekerja " + std::to_string(row) + " tidak tercatat di proyek ini",
                     "pekerja");
    const json diff = {{"pekerja", {{{"nik", mask_nik(it->nik)}, {"nama", it->nama}, {"peran", it->peran}}, nullptr}}};
    s.audit().append({0, "", actor.username, "hapus_pekerja", "proyek", std::to_string(id), formats::json_text(diff)});
    result = s.jakon().project(id);
  });
  return view(std::move(*result));
}

ComplianceReport JakonService::compliance(const Actor& actor, const std::string& area) {
  require(actor, Permission::view_projects, "melihat laporan kepatuhan proyek");
  ComplianceReport r;
  r.wilayah = scoped_area(actor, area);
  r.tanggal = app_.today();
  store::ProjectQuery q;
  q.area = r.wilayah;
  q.limit = -1;
  store::Page<Project> page;
  app_.store().read([&](store::Session& s) { page = s.jakon().projects(q); });
  std::map<std::string, ComplianceRow> kel, rt;
  auto count = [](ComplianceRow& row, const ProjectView& v) {
    ++row.proyek;
    row.tanpa_sertifikat += v.compliance.tanpa_sertifikat;
    row.terlambat += v.compliance.terlambat;
    row.mulai_tanpa_perlindungan += v.compliance.mulai_tanpa_perlindungan;
    row.patuh += v.compliance.patuh();
    row.nilai += v.project.nilai;
    row.iuran += v.project.iuran;
  };
  auto name_of = [&](const std::string& kode) {
    const Region* g = app_.regions().find(kode);
    return g ? g->nama : std::string{};
  };
  for (auto& p : page.items) {
    ProjectView v = view(std::move(p));
    ComplianceRow& k = kel[v.project.kode_kelurahan];
    if (k.kode.empty()) {
      k.kode = v.project.kode_kelurahan;
      k.nama = name_of(k.kode);
    }
    ComplianceRow& t = rt[v.project.kode_rt()];
    if (t.kode.empty()) {
      t.kode = v.project.kode_rt();
      t.nama = k.nama + " RT " + zero_pad(v.project.rt, 3);
    }
    count(k, v);
    count(t, v);
    count(r.total, v);
    if (!v.compliance.patuh()) r.bermasalah.push_back(std::move(v));
  }
  r.total.kode = r.wilayah;
  r.total.nama = r.wilayah.empty() ? "Semua wilayah" : name_of(r.wilayah);
  for (auto& [_, row] : kel) r.per_kelurahan.push_back(std::move(row));
  for (auto& [_, row] : rt) r.per_rt.push_back(std::move(row));
  // The most urgent first: started without cover, then the longest overdue.
  std::stable_sort(r.bermasalah.begin(), r.bermasalah.end(), [](const ProjectView& a, const ProjectView& b) {
    if (a.compliance.mulai_tanpa_perlindungan != b.compliance.mulai_tanpa_perlindungan)
      return a.compliance.mulai_tanpa_perlindungan;
    return a.compliance.batas_daftar.value_or(Date{9999, 12, 31}) <
           b.compliance.batas_daftar.value_or(Date{9999, 12, 31});
  });
  return r;
}

namespace {

// A project's kind and state as a person reads them in the report's file (issue 17 item 10).
std::string kind_words(ProjectKind kind) { return kind == ProjectKind::kontrak ? "Kontrak" : "Swakelola"; }

std::string state_words(ProjectState state) {
  switch (state) {
    case ProjectState::direncanakan:
      return "Direncanakan";
    case ProjectState::bersertifikat:
      return "Bersertifikat";
    case ProjectState::dimulai:
      return "Dimulai";
    case ProjectState::selesai:
      break;
  }
  return "Selesai";
}

}  // namespace

std::vector<formats::Table> compliance_tables(const ComplianceReport& r) {
  auto summary = [](const char* sheet, const char* first, const std::vector<ComplianceRow>& rows,
                    const ComplianceRow& total) {
    formats::Table t;
    t.sheet = sheet;
    t.header = {first,
                "Nama",
                "Proyek",
                "Tanpa sertifikat",
                "Terlambat daftar",
                "Mulai tanpa perlindungan",
                "Patuh",
                "Nilai proyek (Rp)",
                "Iuran Jakon (Rp)"};
    t.numeric = {false, false, true, true, true, true, true, true, true};
    t.widths = {20, 36, 10, 16, 16, 22, 10, 20, 18};
    t.kinds = {formats::ColumnKind::text,  formats::ColumnKind::text,   formats::ColumnKind::count,
               formats::ColumnKind::count, formats::ColumnKind::count,  formats::ColumnKind::count,
               formats::ColumnKind::count, formats::ColumnKind::rupiah, formats::ColumnKind::rupiah};
    auto add = [&](const ComplianceRow& x) {
      t.rows.push_back({x.kode, x.nama, std::to_string(x.proyek), std::to_string(x.tanpa_sertifikat),
                        std::to_string(x.terlambat), std::to_string(x.mulai_tanpa_perlindungan),
                        std::to_string(x.patuh), std::to_string(x.nilai), std::to_string(x.iuran)});
    };
    for (const auto& x : rows) add(x);
    ComplianceRow sum = total;
    sum.kode = "TOTAL";
    add(sum);
    return t;
  };
  formats::Table list;
  list.sheet = "Proyek Bermasalah";
  list.header = {"Id",         "Proyek",           "Jenis",         "RT",
                 "Pelaksana",  "Tanggal SPK",      "Batas daftar",  "Status",
                 "Iuran (Rp)", "Nomor sertifikat", "Tanggal bayar", "Masalah"};
  list.numeric = {true, false, false, false, false, false, false, false, true, false, false, false};
  list.widths = {8, 40, 12, 20, 28, 12, 12, 14, 14, 20, 12, 60};
  // The dates are already DD/MM/YYYY text here (as in the XLSX); only the amount needs a kind.
  list.kinds.assign(list.header.size(), formats::ColumnKind::text);
  list.kinds[0] = formats::ColumnKind::number;
  list.kinds[8] = formats::ColumnKind::rupiah;
  for (const auto& v : r.bermasalah) {
    const Project& p = v.project;
    std::string problems;
    auto add = [&](bool on, const char* text) {
      if (on) problems += (problems.empty() ? "" : "; ") + std::string{text};
    };
    add(v.compliance.mulai_tanpa_perlindungan, "dimulai tanpa perlindungan");
    add(v.compliance.terlambat, "melewati batas 14 hari kerja setelah SPK");
    add(v.compliance.tanpa_sertifikat && !v.compliance.terlambat, "belum bersertifikat");
    list.rows.push_back({std::to_string(p.id), p.nama, kind_words(p.jenis), p.kode_rt(), p.pelaksana,
                         p.tanggal_spk ? p.tanggal_spk->id() : "",
                         v.compliance.batas_daftar ? v.compliance.batas_daftar->id() : "", state_words(p.status),
                         std::to_string(p.iuran), p.nomor_sertifikat, p.tanggal_bayar ? p.tanggal_bayar->id() : "",
                         problems});
  }
  return {summary("Per Kelurahan", "Kode kelurahan", r.per_kelurahan, r.total),
          summary("Per RT", "Kode RT", r.per_rt, r.total), list};
}

}  // namespace lindungi::services
