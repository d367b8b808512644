#include "services/import_service.hpp"

#include <chrono>
#include <limits>
#include <unordered_map>

#include "core/dedup.hpp"
#include "core/errors.hpp"
#include "core/money.hpp"
#include "formats/worker_json.hpp"
#include "services/dedup_service.hpp"

namespace lindungi::services {

namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// 16 digits as a number: a compact key for "seen in this file".
std::optional<std::uint64_t> nik_key(const std::string& nik) {
  if (nik.size() != 16) return std::nullopt;
  std::uint64_t v = 0;
  for (char c : nik) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return v;
}

// The decision for one data row, kept between reading (phase 1) and writing (phase 2).
struct RowDecision {
  std::size_t row = 0;
  RowAction action = RowAction::rejected;
  std::int64_t worker_id = 0;  // registry record (update, unchanged), or the created one
};

// A suspected pair found while reading: a row of this file and a registry record or earlier row.
struct PendingPair {
  std::size_t decision = 0;         // index into decisions (a created row)
  std::int64_t registry_id = 0;     // partner in the registry, or
  std::size_t partner_decision = 0;  // partner row of this file (when registry_id == 0)
  DedupMatch match;
};

// Finds the header: the first of the first ten rows that names the nik and nama columns (real
// files have a title above the table). Rows above it are ignored.
bool is_header(const std::vector<ImportCell>& cells) {
  bool nik = false, nama = false;
  for (const auto& c : cells) {
    const std::string h = normalize_header(c.text);
    nik = nik || h == "nik";
    nama = nama || h == "nama";
  }
  return nik && nama;
}

class Importer {
 public:
  Importer(App& app, const Actor& actor, formats::TableReader& reader, const ImportOptions& options, ImportResult& r)
      : app_(app), actor_(actor), reader_(reader), opt_(options), r_(r) {}

  // Phase 1: reads every row and decides, without writing. Runs inside the transaction the
  // commit writes in, so what the dry run shows is exactly what the commit does.
  void analyze(store::Session& s) {
    const auto started = Clock::now();
    ValidationContext ctx = app_.validation_context(s);
    std::unordered_map<std::string, bool> rts;  // RT existence, cached: a file names few RTs
    ctx.rt_exists = [&s, &rts](std::string_view kel, int nomor) {
      const std::string code = rt_code(kel, nomor);
      auto it = rts.find(code);
      if (it == rts.end()) it = rts.emplace(code, s.rt_exists(kel, nomor)).first;
      return it->second;
    };
    const bool with_items = opt_.dry_run || opt_.with_items;
    std::size_t first_row = 0;
    std::vector<ImportCell> first_cells;
    bool example_seen = false;
    reader_.for_each_row([&](std::size_t row, const std::vector<ImportCell>& cells) {
      if (!header_row_) {
        if (is_header(cells)) {
          header_row_ = row;
          read_header(row, cells);
        } else if (row >= 10 && first_row) {
          read_header(first_row, first_cells);  // not a header: throws, naming the columns found
        } else if (!first_row && !map_import_row(cells, HeaderMap{}).blank) {
          first_row = row;
          first_cells = cells;
        }
        return true;
      }
      const MappedRow m = map_import_row(cells, header_, reader_.date1904());
      if (m.blank) return true;
      if (m.example) {
        example_seen = true;
        warn(row, "", "baris_contoh", "Baris contoh dari templat (Siti Aminah) dilewati");
        return true;
      }
      ++r_.rows;
      decide_row(s, ctx, row, m, with_items);
      return true;
    });
    if (!header_row_ && first_row) read_header(first_row, first_cells);
    if (!header_row_) throw BadRequest("berkas_kosong", "Berkas tidak berisi baris apa pun", "berkas");
    if (r_.rows == 0)
      throw BadRequest("berkas_tanpa_data",
                       example_seen ? "Berkas hanya berisi judul kolom dan baris contoh templat; isi data pekerja mulai "
                                      "baris 2 (baris contoh boleh dihapus)"
                                    : "Berkas hanya berisi judul kolom, tanpa baris data pekerja",
                       "berkas");
    r_.accepted = r_.created + r_.updated + r_.unchanged;
    r_.read_ms = ms_since(started) - r_.dedup_ms;
  }

  // Phase 2: writes what phase 1 decided, in the same transaction.
  void apply(store::Session& s) {
    const auto started = Clock::now();
    if (r_.created + r_.updated > 1000) s.intake().prepare_bulk_write();
    store::ImportRecord rec;
    rec.pelaku = actor_.username;
    rec.wilayah = actor_.area;
    rec.nama_berkas = opt_.file_name;
    rec.format = std::string{reader_.format()};
    rec.ukuran = static_cast<std::int64_t>(file_size_);
    rec.rows = r_.rows;
    rec.created = r_.created;
    rec.updated = r_.updated;
    rec.unchanged = r_.unchanged;
    rec.rejected = r_.rejected;
    rec.duplicates = r_.duplicates;
    rec.warnings = static_cast<std::int64_t>(r_.warnings.size());
    r_.import_id = s.intake().insert_import(rec);
    const std::string source = "impor:" + std::to_string(r_.import_id);

    std::size_t cursor = 0, written = 0;
    reader_.for_each_row([&](std::size_t row, const std::vector<ImportCell>& cells) {
      if (row <= header_row_) return true;
      while (cursor < decisions_.size() && decisions_[cursor].row < row) ++cursor;
      if (cursor >= decisions_.size()) return false;
      RowDecision& d = decisions_[cursor];
      if (d.row != row || (d.action != RowAction::create && d.action != RowAction::update)) return true;
      MappedRow m = map_import_row(cells, header_, reader_.date1904());
      normalize_worker(m.worker, app_.regions());
      if (d.action == RowAction::create) {
        Worker w = plan_import_row(m.worker, nullptr).record;
        w.recorded_by = actor_.username;
        w.persetujuan = true;  // declared by the uploader (see the template's Petunjuk sheet)
        s.insert_worker(w);
        d.worker_id = w.id;
        s.append_audit({0, "", actor_.username, "buat", "pekerja", std::to_string(w.id),
                        creation_audit(w, source)});
      } else {
        const auto existing = s.worker(d.worker_id);
        RowPlan plan = plan_import_row(m.worker, existing ? &*existing : nullptr);
        if (plan.action != RowAction::update)
          throw std::logic_error("import: row " + std::to_string(row) + " changed between reading and writing");
        auto changes = formats::worker_changes(&*existing, plan.record);
        changes["impor"] = nlohmann::json::array({nullptr, source});
        s.update_worker(plan.record);
        s.append_audit({0, "", actor_.username, "ubah", "pekerja", std::to_string(d.worker_id), changes.dump()});
      }
      ++written;
      if (opt_.on_progress && opt_.progress_every && written % opt_.progress_every == 0) opt_.on_progress(written);
      return true;
    });
    if (written != static_cast<std::size_t>(r_.created + r_.updated))
      throw std::logic_error("import: wrote " + std::to_string(written) + " rows, planned " +
                             std::to_string(r_.created + r_.updated));

    for (const PendingPair& p : pairs_) {
      const std::int64_t a = decisions_[p.decision].worker_id;
      const std::int64_t b = p.registry_id ? p.registry_id : decisions_[p.partner_decision].worker_id;
      if (a && b && a != b) add_candidate(s, a, b, p.match, source);
    }
    std::vector<store::ImportIssue> issues = r_.errors;
    issues.insert(issues.end(), r_.warnings.begin(), r_.warnings.end());
    s.intake().add_import_issues(r_.import_id, issues);
    s.append_audit({0, "", actor_.username, "impor", "impor", std::to_string(r_.import_id),
                    nlohmann::json{{"nama_berkas", {nullptr, opt_.file_name}},
                                   {"baris", {nullptr, r_.rows}},
                                   {"dibuat", {nullptr, r_.created}},
                                   {"diperbarui", {nullptr, r_.updated}},
                                   {"tetap", {nullptr, r_.unchanged}},
                                   {"ditolak", {nullptr, r_.rejected}},
                                   {"duplikat", {nullptr, r_.duplicates}}}
                        .dump()});
    if (r_.items.size() == decisions_.size())
      for (std::size_t i = 0; i < decisions_.size() && i < r_.items.size(); ++i)
        if (decisions_[i].action == RowAction::create) r_.items[i].worker_id = decisions_[i].worker_id;
    r_.saved = r_.created + r_.updated > 0;
    r_.write_ms = ms_since(started);
  }

  std::size_t file_size_ = 0;

 private:
  void issue(std::vector<store::ImportIssue>& to, std::size_t row, std::string_view column, std::string code,
             std::string_view message, bool warning) {
    to.push_back({static_cast<std::int64_t>(row), std::string{column}, std::move(code), row_message(row, column, message),
                  warning});
  }
  void warn(std::size_t row, std::string_view column, std::string code, std::string_view message) {
    issue(r_.warnings, row, column, std::move(code), message, true);
  }

  void read_header(std::size_t row, const std::vector<ImportCell>& cells) {
    std::vector<std::string> names;
    for (const auto& c : cells) names.push_back(c.text);
    header_ = map_header(names);
    if (!header_.missing_required.empty()) {
      std::string missing, present;
      for (const auto& m : header_.missing_required) missing += (missing.empty() ? "" : ", ") + m;
      for (const auto& n : names)
        if (!normalize_header(n).empty()) present += (present.empty() ? "" : ", ") + n;
      throw BadRequest("kolom_wajib_tidak_ada",
                       "Kolom wajib tidak ditemukan di baris judul (baris " + std::to_string(row) + "): " + missing +
                           ". Kolom yang ada: " + (present.empty() ? "(kosong)" : present) +
                           ". Gunakan templat impor (unduh dari Lindungi).",
                       "berkas");
    }
    if (row > 1) warn(row, "", "judul_bukan_baris_1", "Judul kolom ditemukan di baris " + std::to_string(row) +
                                                            "; baris di atasnya diabaikan");
    for (const auto& u : header_.unknown) {
      r_.unknown_columns.push_back(u);
      warn(row, u, "kolom_tidak_dikenal", "Kolom '" + u + "' tidak ada dalam templat dan diabaikan");
    }
    for (const auto& rep : header_.repeated)
      warn(row, rep, "kolom_ganda", "Kolom '" + rep + "' muncul lebih dari sekali; yang pertama dipakai");
    for (const auto& note : reader_.notes()) warn(row, "", "catatan_berkas", note);
  }

  void decide_row(store::Session& s, const ValidationContext& ctx, std::size_t row, const MappedRow& m,
                  bool with_items) {
    Worker w = m.worker;
    normalize_worker(w, app_.regions());
    std::vector<store::ImportIssue> errors;
    for (const auto& e : m.errors) issue(errors, row, e.field, e.code, e.message, false);
    auto has_error_on = [&](const std::string& field) {
      for (const auto& e : m.errors)
        if (e.field == field) return true;
      return false;
    };
    const ValidationResult v = validate_worker(w, ctx);
    for (const auto& e : v.errors)
      if (!has_error_on(e.field)) issue(errors, row, e.field, e.code, e.message, false);
    std::vector<store::ImportIssue> warnings;
    for (const auto& e : m.warnings) issue(warnings, row, e.field, e.code, e.message, true);
    for (const auto& e : v.warnings) issue(warnings, row, e.field, e.code, e.message, true);

    if (v.ok() && m.errors.empty() && !can_access_area(actor_, w.kode_rt()))
      issue(errors, row, "rt", "di_luar_wilayah",
            "RT " + w.kode_rt() + " di luar wilayah kewenangan Anda (" + (actor_.area.empty() ? "-" : actor_.area) + ")",
            false);

    ImportItem item;
    item.row = row;
    item.nik = w.nik;
    item.nama = w.nama;
    bool duplicate = false;
    const auto key = nik_key(w.nik);
    if (key) {
      const auto [it, first] = seen_nik_.emplace(*key, row);
      if (!first) {
        duplicate = true;
        issue(errors, row, "nik", "nik_ganda_dalam_berkas",
              "NIK " + w.nik + " sudah ada di baris " + std::to_string(it->second) +
                  " berkas ini; satu orang hanya boleh satu baris",
              false);
      }
    }

    RowDecision d;
    d.row = row;
    if (errors.empty()) {
      const auto existing = s.worker_by_nik(w.nik);
      if (existing && !can_access_area(actor_, existing->kode_rt())) {
        issue(errors, row, "nik", "nik_terdaftar_di_wilayah_lain",
              "NIK " + w.nik + " sudah terdaftar di wilayah lain (" + existing->kode_rt() +
                  "); hubungi operator kelurahan untuk pindah RT",
              false);
      } else {
        RowPlan plan = plan_import_row(w, existing ? &*existing : nullptr);
        if (plan.action == RowAction::rejected) {
          issue(errors, row, plan.refusal->field, plan.refusal->code, plan.refusal->message, false);
        } else {
          d.action = plan.action;
          d.worker_id = existing ? existing->id : 0;
          item.changed = plan.changed;
        }
      }
    }
    if (!errors.empty()) d.action = RowAction::rejected;

    if (d.action == RowAction::create || d.action == RowAction::update) {
      if (const auto member = s.intake().bpjs_member(w.nik))
        issue(warnings, row, "nik", "sudah_peserta_bpjs",
              "NIK ini peserta aktif BPJS Ketenagakerjaan menurut berkas BPJS terakhir (segmen " + member->segmen +
                  (member->pembayar.empty() ? "" : ", pembayar " + member->pembayar) + ", KPJ " + member->kpj +
                  "); jangan didaftarkan dua kali",
              true);
    }
    if (d.action == RowAction::create) duplicate = find_candidates(s, w, row, item) || duplicate;

    switch (d.action) {
      case RowAction::create: ++r_.created; break;
      case RowAction::update: ++r_.updated; break;
      case RowAction::unchanged: ++r_.unchanged; break;
      case RowAction::rejected: ++r_.rejected; break;
    }
    if (duplicate) ++r_.duplicates;
    item.action = d.action;
    item.worker_id = d.worker_id;
    r_.errors.insert(r_.errors.end(), errors.begin(), errors.end());
    r_.warnings.insert(r_.warnings.end(), warnings.begin(), warnings.end());
    decisions_.push_back(d);
    if (with_items) r_.items.push_back(std::move(item));
  }

  // Registry records and earlier rows of this file that may be the same person: queued at commit.
  bool find_candidates(store::Session& s, const Worker& w, std::size_t row, ImportItem& item) {
    const auto started = Clock::now();
    const PersonKey key = person_key(w);
    const std::size_t index = decisions_.size();  // this row's decision, pushed after this call
    bool found = false;
    for (auto& [person, match] : registry_candidates(s, key, std::numeric_limits<std::int64_t>::max())) {
      found = true;
      item.duplicate_of.push_back("pekerja #" + std::to_string(person.id));
      warn(row, "nik", "kemungkinan_duplikat",
           "Mungkin orang yang sama dengan " + person.nama + " (NIK " + mask_nik(person.nik) + ", RT " +
               rt_code(person.kode_kelurahan, person.rt) + ", pekerja #" + std::to_string(person.id) + "): " +
               join(match.reasons) + ". Masuk antrean pemeriksaan duplikat");
      pairs_.push_back({index, person.id, 0, std::move(match)});
    }
    if (key.tanggal_lahir) {
      auto& bucket = by_birth_[key.tanggal_lahir->serial()];
      for (const std::size_t other : bucket) {
        const PersonKey& o = batch_[other].key;
        if (!worth_scoring(key, o)) continue;
        DedupMatch match = score_pair(key, o);
        if (!match.candidate) continue;
        found = true;
        const std::size_t other_row = decisions_[batch_[other].decision].row;
        item.duplicate_of.push_back("baris " + std::to_string(other_row));
        warn(row, "nik", "kemungkinan_duplikat",
             "Mungkin orang yang sama dengan baris " + std::to_string(other_row) + " (" + batch_[other].nama +
                 ", NIK " + mask_nik(o.nik) + "): " + join(match.reasons) + ". Masuk antrean pemeriksaan duplikat");
        pairs_.push_back({index, 0, batch_[other].decision, std::move(match)});
      }
      bucket.push_back(batch_.size());
      batch_.push_back({key, index, w.nama});
    }
    r_.dedup_ms += ms_since(started);
    return found;
  }

  static std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "; ") + p;
    return out;
  }

  // The creation's audit entry: every field's new value, like RegistryService's, plus the import.
  static std::string creation_audit(const Worker& w, const std::string& source) {
    auto changes = formats::worker_changes(nullptr, w);
    changes["impor"] = nlohmann::json::array({nullptr, source});
    return changes.dump();
  }

  struct BatchPerson {
    PersonKey key;
    std::size_t decision;
    std::string nama;
  };

  App& app_;
  const Actor& actor_;
  formats::TableReader& reader_;
  const ImportOptions& opt_;
  ImportResult& r_;
  HeaderMap header_;
  std::size_t header_row_ = 0;
  std::vector<RowDecision> decisions_;
  std::unordered_map<std::uint64_t, std::size_t> seen_nik_;
  std::unordered_map<std::int64_t, std::vector<std::size_t>> by_birth_;
  std::vector<BatchPerson> batch_;
  std::vector<PendingPair> pairs_;
};

std::string summary(const ImportResult& r) {
  auto n = [](std::int64_t v) { return format_thousands(v); };
  std::string counts = n(r.created) + " baru, " + n(r.updated) + " diperbarui, " + n(r.unchanged) +
                       " tidak berubah, " + n(r.rejected) + " ditolak dari " + n(r.rows) + " baris";
  if (r.duplicates) counts += "; " + n(r.duplicates) + " baris dengan dugaan duplikat";
  if (r.dry_run) return "Uji coba, belum ada yang disimpan: " + counts + ".";
  if (!r.saved) return "Tidak ada data yang disimpan: " + counts + ".";
  return "Disimpan (impor #" + std::to_string(r.import_id) + "): " + counts + ".";
}

}  // namespace

ImportResult ImportService::run(const Actor& actor, std::string bytes, const ImportOptions& opt) {
  if (!actor.can(Permission::record_workers))
    throw Forbidden("tidak_berwenang", "Peran Anda tidak berwenang mengimpor data pekerja");
  ImportResult r;
  r.dry_run = opt.dry_run;
  r.file_name = opt.file_name;
  const std::size_t size = bytes.size();
  auto reader = formats::open_table(std::move(bytes), opt.file_name, opt.limits);
  r.format = std::string{reader->format()};
  auto attempt = [&](store::Session& s, bool commit) {
    r = ImportResult{};
    r.dry_run = opt.dry_run;
    r.file_name = opt.file_name;
    r.format = std::string{reader->format()};
    Importer importer(app_, actor, *reader, opt, r);
    importer.file_size_ = size;
    importer.analyze(s);
    if (commit) importer.apply(s);
  };
  if (opt.dry_run) app_.store().read([&](store::Session& s) { attempt(s, false); });
  else app_.store().write([&](store::Session& s) { attempt(s, true); });
  r.message = summary(r);
  return r;
}

store::Page<store::ImportRecord> ImportService::history(const Actor& actor, int offset, int limit) {
  if (!actor.can(Permission::view_workers))
    throw Forbidden("tidak_berwenang", "Peran Anda tidak berwenang melihat riwayat impor");
  if (limit < 1 || limit > 500) throw BadRequest("batas_tidak_valid", "Jumlah per halaman harus 1-500", "limit");
  store::Page<store::ImportRecord> page;
  app_.store().read([&](store::Session& s) { page = s.intake().imports(actor.area, offset, limit); });
  return page;
}

store::ImportRecord ImportService::get(const Actor& actor, std::int64_t id) {
  if (!actor.can(Permission::view_workers))
    throw Forbidden("tidak_berwenang", "Peran Anda tidak berwenang melihat riwayat impor");
  std::optional<store::ImportRecord> rec;
  app_.store().read([&](store::Session& s) { rec = s.intake().import_record(id); });
  // An import made above the actor's area (by the city) or elsewhere is not disclosed.
  if (!rec || !code_within(rec->wilayah, actor.area))
    throw NotFound("impor_tidak_ada", "Impor #" + std::to_string(id) + " tidak ditemukan");
  return *rec;
}

std::vector<store::ImportIssue> ImportService::issues(const Actor& actor, std::int64_t id) {
  get(actor, id);
  std::vector<store::ImportIssue> out;
  app_.store().read([&](store::Session& s) { out = s.intake().import_issues(id); });
  return out;
}

const std::vector<std::string>& issue_header() {
  static const std::vector<std::string> h = {"baris", "kolom", "tingkat", "kode", "pesan"};
  return h;
}

std::vector<std::vector<std::string>> issue_rows(const std::vector<store::ImportIssue>& issues) {
  std::vector<std::vector<std::string>> rows;
  rows.reserve(issues.size());
  for (const auto& i : issues)
    rows.push_back({std::to_string(i.row), i.column, i.warning ? "peringatan" : "galat", i.code, i.message});
  return rows;
}

}  // namespace lindungi::services
