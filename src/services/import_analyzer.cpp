// The import's analyser (import_analyzer.hpp): the file's rows read, validated, checked against
// the registry and the file itself for duplicates, and decided one by one in blocks.
#include "services/import_analyzer.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "core/dedup.hpp"
#include "core/errors.hpp"
#include "core/money.hpp"
#include "core/verification.hpp"
#include "formats/record_json.hpp"
#include "services/dedup_service.hpp"
#include "services/worker_changes.hpp"
#include "store/intake_store.hpp"
#include "store/pending_store.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services::import_detail {

namespace {

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

// Whether a row names the nik and nama columns: the header (real files may have a title above).
bool is_header(const std::vector<ImportCell>& cells) {
  bool nik = false, nama = false;
  for (const auto& c : cells) {
    if (c.text.size() > 40) continue;
    const std::string h = normalize_header(c.text);
    nik = nik || h == "nik";
    nama = nama || h == "nama";
  }
  return nik && nama;
}

// "a; b" (problems), or with ", " the template columns as a sentence names them.
std::string join(const std::vector<std::string>& parts, const char* separator = "; ") {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
  return out;
}

}  // namespace

// Phase one: the analysis (import_analyzer.hpp).
class Analyzer::Impl {
 public:
  Impl(App& app, const Actor& actor, formats::TableReader& reader, const ImportOptions& options, ImportResult& r)
      : app_(app),
        actor_(actor),
        reader_(reader),
        opt_(options),
        r_(r),
        estimated_rows_(options.progress ? reader.estimated_rows() : 0) {}

  void run(const SessionRunner& with_session, const std::function<void(Planned&&)>& sink) {
    const auto started = Clock::now();
    with_session_ = &with_session;
    std::unordered_map<std::string, bool> rts;  // RT existence, cached: a file names few RTs
    ValidationContext ctx;
    with_session([&](store::Session& s) {
      ctx = app_.validation_context(s);
      registry_empty_ = s.registry().count_workers() == 0;
      bpjs_loaded_ = s.intake().latest_bpjs_file().has_value();
    });
    ctx.rt_exists = [this, &rts](std::string_view kel, int nomor) {
      const std::string code = rt_code(kel, nomor);
      auto it = rts.find(code);
      if (it == rts.end()) it = rts.emplace(code, current_->registry().rt_exists(kel, nomor)).first;
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
        } else if (!first_row && std::any_of(cells.begin(), cells.end(), [](const ImportCell& c) {
                     return c.text.find_first_not_of(" \t\r\n") != std::string::npos;
                   })) {
          first_row = row;
          first_cells = cells;
        }
        return true;
      }
      if (opt_.progress) opt_.progress("Membaca baris", row, estimated_rows_);
      MappedRow m = map_import_row(cells, header_, reader_.date1904());
      if (m.blank) return true;
      if (m.example) {
        decide_block(ctx, with_items, sink);  // its warning after those of the rows above it
        example_seen = true;
        warn(row, "", "baris_contoh", "Baris contoh dari templat (Siti Aminah) dilewati");
        return true;
      }
      ++r_.rows;
      block_.push_back({row, std::move(m)});
      if (block_.size() >= kBlockRows) decide_block(ctx, with_items, sink);
      return true;
    });
    decide_block(ctx, with_items, sink);
    if (opt_.progress && estimated_rows_) opt_.progress("Membaca baris", estimated_rows_, estimated_rows_);
    if (!header_row_ && first_row) read_header(first_row, first_cells);
    if (!header_row_) throw BadRequest("berkas_kosong", "Berkas tidak berisi baris apa pun", "berkas");
    if (r_.rows == 0)
      throw BadRequest("berkas_tanpa_data",
                       example_seen
                           ? "Berkas hanya berisi judul kolom dan baris contoh templat; isi data pekerja mulai "
                             "baris 2 (baris contoh boleh dihapus)"
                           : "Berkas hanya berisi judul kolom, tanpa baris data pekerja",
                       "berkas");
    r_.accepted = r_.created + r_.updated + r_.unchanged;
    r_.read_ms = ms_since(started) - r_.dedup_ms;
  }

  const std::vector<PendingPair>& pairs() const { return pairs_; }
  const std::vector<std::size_t>& decision_rows() const { return decision_rows_; }

 private:
  // Row problems are kept in the history and read by people who may only see masked NIKs: a
  // message names a NIK masked, the row number says which one.
  void issue(std::vector<store::ImportIssue>& to, std::size_t row, std::string_view column, std::string code,
             std::string_view message, bool warning) {
    to.push_back({static_cast<std::int64_t>(row), std::string{column}, std::move(code),
                  row_message(row, column, message), warning});
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
    if (row > 1)
      warn(row, "", "judul_bukan_baris_1",
           "Judul kolom ditemukan di baris " + std::to_string(row) + "; baris di atasnya diabaikan");
    for (const auto& u : header_.unknown) {
      r_.unknown_columns.push_back(u);
      warn(row, u, "kolom_tidak_dikenal", "Kolom '" + u + "' tidak ada dalam templat dan diabaikan");
    }
    for (const auto& rep : header_.repeated)
      warn(row, rep, "kolom_ganda", "Kolom '" + rep + "' muncul lebih dari sekali; yang pertama dipakai");
    for (const auto& note : reader_.notes()) warn(row, "", "catatan_berkas", note);
  }

  // Rows are decided in blocks: the registry's answers for a whole block (registered NIKs, BPJS
  // members, duplicate blocks) are read first in a few statements, then each row is decided in
  // file order exactly as one at a time. On PostgreSQL that is a few round trips per block
  // instead of about five per row. The read session's snapshot is the registry before the
  // import, so reading ahead changes no answer.
  void decide_block(const ValidationContext& ctx, bool with_items, const std::function<void(Planned&&)>& sink) {
    if (block_.empty()) return;
    (*with_session_)([&](store::Session& s) {
      current_ = &s;
      decide_block(s, ctx, with_items, sink);
      current_ = nullptr;
    });
  }
  void decide_block(store::Session& s, const ValidationContext& ctx, bool with_items,
                    const std::function<void(Planned&&)>& sink) {
    const auto started = Clock::now();
    std::vector<std::string> niks, prefixes;
    std::vector<Date> dates;
    for (auto& b : block_) {
      Worker& w = b.m.worker;
      // A kelurahan name is looked up within the importer's area (names repeat across the province).
      normalize_worker(w, app_.regions(), actor_.area);
      if (!nik_key(w.nik)) continue;
      niks.push_back(w.nik);
      prefixes.push_back(w.nik.substr(0, 12));
      if (w.tanggal_lahir) dates.push_back(*w.tanggal_lahir);
    }
    registered_.clear();
    bpjs_.clear();
    if (!registry_empty_) {
      for (auto& nik : s.intake().registered_niks(niks)) registered_.insert(std::move(nik));
      blocks_.prefetch(s, dates, prefixes, std::numeric_limits<std::int64_t>::max());
    }
    if (bpjs_loaded_)
      for (auto& nik : s.intake().bpjs_niks(niks)) bpjs_.insert(std::move(nik));
    r_.dedup_ms += ms_since(started);  // not reading the file: counted with the duplicate search
    for (auto& b : block_) decide_row(s, ctx, b.row, std::move(b.m), with_items, sink);
    block_.clear();
  }

  // Only NIKs of 16 digits were asked about in the block; any other goes to the store alone.
  bool maybe_registered(const std::string& nik) const { return !nik_key(nik) || registered_.count(nik) > 0; }
  bool maybe_bpjs_member(const std::string& nik) const { return !nik_key(nik) || bpjs_.count(nik) > 0; }

  void decide_row(store::Session& s, const ValidationContext& ctx, std::size_t row, MappedRow&& m, bool with_items,
                  const std::function<void(Planned&&)>& sink) {
    Worker& w = m.worker;
    std::vector<store::ImportIssue> errors, warnings;
    for (const auto& e : m.errors) issue(errors, row, e.field, e.code, e.message, false);
    const ValidationResult v = validate_worker(w, ctx);
    for (const auto& e : v.errors) {
      bool parsed_badly = false;  // "tanggal tidak valid" already says more than "wajib diisi"
      for (const auto& me : m.errors) parsed_badly = parsed_badly || me.field == e.field;
      if (!parsed_badly) issue(errors, row, e.field, e.code, e.message, false);
    }
    for (const auto& e : m.warnings) issue(warnings, row, e.field, e.code, e.message, true);
    for (const auto& e : v.warnings) issue(warnings, row, e.field, e.code, e.message, true);

    if (errors.empty() && !can_access_area(actor_, w.kode_rt()))
      issue(
          errors, row, "rt", "di_luar_wilayah",
          "RT " + w.kode_rt() + " di luar wilayah kewenangan Anda (" + (actor_.area.empty() ? "-" : actor_.area) + ")",
          false);

    ImportItem item;
    item.row = row;
    item.nik = w.nik;
    item.nama = w.nama;
    bool duplicate = false;
    if (const auto key = nik_key(w.nik)) {
      const auto [it, first] = seen_nik_.emplace(*key, row);
      if (!first) {
        duplicate = true;
        issue(errors, row, "nik", "nik_ganda_dalam_berkas",
              "NIK " + mask_nik(w.nik) + " sudah ada di baris " + std::to_string(it->second) +
                  " berkas ini; satu orang hanya boleh satu baris",
              false);
      }
    }

    RowAction action = RowAction::rejected;
    Planned planned;
    if (errors.empty()) {
      std::optional<Worker> existing;
      if (!registry_empty_ && maybe_registered(w.nik)) existing = s.registry().worker_by_nik(w.nik);
      // A dry run answers about a NIK registered outside the uploader's area as about a new one
      // (issue 16 item 3): trying a file must not tell who is registered elsewhere. The real
      // import refuses the row, and that import is recorded and audited.
      if (existing && opt_.dry_run && !can_access_area(actor_, existing->kode_rt())) existing.reset();
      if (existing && !can_access_area(actor_, existing->kode_rt())) {
        issue(errors, row, "nik", "nik_terdaftar_di_wilayah_lain",
              "NIK " + mask_nik(w.nik) +
                  " sudah terdaftar di luar wilayah Anda; hubungi operator kelurahan bila pekerja pindah RT",
              false);
      } else {
        RowPlan plan = plan_import_row(w, existing ? &*existing : nullptr);
        if (plan.action == RowAction::update) split_material(s, row, *existing, plan, planned, item, errors);
        if (plan.action == RowAction::rejected) {
          if (plan.refusal) issue(errors, row, plan.refusal->field, plan.refusal->code, plan.refusal->message, false);
        } else {
          action = plan.action;
          item.worker_id = existing ? existing->id : 0;
          item.changed = plan.changed;
          planned.record = std::move(plan.record);
          if (action == RowAction::update || planned.proposal) planned.before = std::move(existing);
        }
      }
    }

    if (bpjs_loaded_ && (action == RowAction::create || action == RowAction::update) && maybe_bpjs_member(w.nik))
      if (const auto member = s.intake().bpjs_member(w.nik, w.kode_rt()))
        issue(warnings, row, "nik", "sudah_peserta_bpjs",
              "NIK ini peserta aktif BPJS Ketenagakerjaan menurut berkas BPJS terakhir (segmen " + member->segmen +
                  (member->pembayar.empty() ? "" : ", pembayar " + member->pembayar) + "); jangan didaftarkan dua kali",
              true);
    const std::size_t decision = decision_rows_.size();
    if (action == RowAction::create) duplicate = find_candidates(s, w, row, decision, item) || duplicate;

    switch (action) {
      case RowAction::create:
        ++r_.created;
        break;
      case RowAction::update:
        ++r_.updated;
        break;
      case RowAction::unchanged:
        ++r_.unchanged;
        break;
      case RowAction::rejected:
        ++r_.rejected;
        break;
    }
    if (duplicate) ++r_.duplicates;
    // validate_worker's NIK warnings (nik_warnings): the row is saved, flagged, and not clean.
    if (action != RowAction::rejected)
      for (const auto& e : v.warnings)
        if (e.code.rfind("nik_", 0) == 0) item.nik_flag = true;
    if (item.nik_flag) ++r_.flagged;
    item.action = action;
    r_.errors.insert(r_.errors.end(), errors.begin(), errors.end());
    r_.warnings.insert(r_.warnings.end(), warnings.begin(), warnings.end());
    if (planned.proposal) ++r_.pending_changes;
    decision_rows_.push_back(row);
    if (with_items) r_.items.push_back(std::move(item));
    if (action == RowAction::create || action == RowAction::update || planned.proposal) {
      planned.decision = decision;
      planned.row = row;
      planned.action = action;
      sink(std::move(planned));
    }
  }

  // The rule of a form edit (PUT /workers/:id, issue 16 item 4) for a row that updates a verified
  // worker: the non-material columns apply, the material ones become a pending change a second
  // person approves, proposed by the uploader. The same proposal already waiting (the same file
  // again) changes nothing; another one waiting rejects the row, one pending change per worker.
  void split_material(store::Session& s, std::size_t row, const Worker& existing, RowPlan& plan, Planned& planned,
                      ImportItem& item, std::vector<store::ImportIssue>& errors) {
    if (!status_counts_as_verified(existing.status)) return;
    Worker merged = plan.record;
    if (!needs_second_person(existing, merged)) return;
    std::vector<std::string> direct;
    for (auto& c : plan.changed) (is_material_column(c) ? item.pending : direct).push_back(std::move(c));
    plan.changed = std::move(direct);
    plan.record = without_material_changes(existing, merged);
    if (plan.changed.empty()) plan.action = RowAction::unchanged;
    for (const auto& waiting : s.pending().pending_changes("menunggu", existing.id)) {
      if (proposes(waiting, merged)) {
        item.pending_change_id = waiting.id;
        warn(row, item.pending.front(), "perubahan_sudah_menunggu",
             "Perubahan data penting pekerja ini (kolom " + join(item.pending, ", ") + ") sudah diajukan " +
                 waiting.diajukan_oleh + " dan masih menunggu persetujuan orang kedua");
        return;
      }
      plan.action = RowAction::rejected;
      plan.refusal.reset();
      issue(errors, row, item.pending.front(), "perubahan_menunggu",
            "Perubahan data penting pekerja ini yang diajukan " + waiting.diajukan_oleh +
                " masih menunggu persetujuan; tunggu keputusannya sebelum mengajukan yang lain",
            false);
      item.pending.clear();
      return;
    }
    warn(row, item.pending.front(), "menunggu_persetujuan",
         "Pekerja ini sudah diverifikasi: perubahan kolom " + join(item.pending, ", ") +
             " tidak langsung berlaku, tetapi menunggu persetujuan orang kedua yang berwenang memverifikasi");
    planned.proposal = std::move(merged);
  }

  // Registry records and earlier rows of this file that may be the same person: queued at commit.
  bool find_candidates(store::Session& s, const Worker& w, std::size_t row, std::size_t decision, ImportItem& item) {
    const auto started = Clock::now();
    PersonKey key = person_key(w);
    bool found = false;
    if (!registry_empty_) {
      for (auto& [person, match] : registry_candidates(s, key, std::numeric_limits<std::int64_t>::max(), &blocks_)) {
        // A dry run says nothing about people outside the uploader's area (issue 16 item 3).
        if (opt_.dry_run && !can_access_area(actor_, rt_code(person.kode_kelurahan, person.rt))) continue;
        found = true;
        // Someone outside the uploader's area is not described to them (an RT never sees another RT).
        if (can_access_area(actor_, rt_code(person.kode_kelurahan, person.rt))) {
          item.duplicate_of.push_back("pekerja #" + std::to_string(person.id));
          warn(row, "nik", "kemungkinan_duplikat",
               "Mungkin orang yang sama dengan " + person.nama + " (NIK " + mask_nik(person.nik) + ", RT " +
                   rt_code(person.kode_kelurahan, person.rt) + ", pekerja #" + std::to_string(person.id) +
                   "): " + join(match.reasons) + ". Masuk antrean pemeriksaan duplikat");
        } else {
          item.duplicate_of.push_back("pekerja di wilayah lain");
          warn(row, "nik", "kemungkinan_duplikat",
               "Mungkin orang yang sama dengan pekerja yang terdata di wilayah lain; masuk antrean pemeriksaan "
               "duplikat untuk diputuskan operator");
        }
        pairs_.push_back({decision, person.id, 0, std::move(match)});
      }
    }
    if (key.tanggal_lahir) {
      auto& bucket = by_birth_[key.tanggal_lahir->serial()];
      for (const BucketEntry& e : bucket) {
        if (!worth_scoring(key.nik, key.kode_kelurahan, std::string_view{e.nik.data(), e.nik.size()}, *e.kelurahan))
          continue;
        const BatchPerson& o = batch_[e.person];
        DedupMatch match = score_pair(key, o.key);
        if (!match.candidate) continue;
        found = true;
        const std::size_t other_row = decision_rows_[o.decision];
        item.duplicate_of.push_back("baris " + std::to_string(other_row));
        warn(row, "nik", "kemungkinan_duplikat",
             "Mungkin orang yang sama dengan baris " + std::to_string(other_row) + " (" + o.nama + ", NIK " +
                 mask_nik(o.key.nik) + "): " + join(match.reasons) + ". Masuk antrean pemeriksaan duplikat");
        pairs_.push_back({decision, 0, o.decision, std::move(match)});
      }
      BucketEntry entry{{}, &*kelurahan_.insert(key.kode_kelurahan).first, static_cast<std::uint32_t>(batch_.size())};
      key.nik.copy(entry.nik.data(), entry.nik.size());
      bucket.push_back(entry);
      batch_.push_back({std::move(key), decision, w.nama});
    }
    r_.dedup_ms += ms_since(started);
    return found;
  }

  struct BatchPerson {
    PersonKey key;
    std::size_t decision;
    std::string nama;
  };
  // The rows of this file born on one day, as the cheap test reads them: side by side in memory.
  struct BucketEntry {
    std::array<char, 16> nik;
    const std::string* kelurahan;  // interned in kelurahan_
    std::uint32_t person;          // index into batch_
  };

  App& app_;
  const SessionRunner* with_session_ = nullptr;
  store::Session* current_ = nullptr;  // the session of the block being decided
  const Actor& actor_;
  formats::TableReader& reader_;
  const ImportOptions& opt_;
  ImportResult& r_;
  std::size_t estimated_rows_;  // for the progress bar only
  HeaderMap header_;
  std::size_t header_row_ = 0;
  bool registry_empty_ = false;
  bool bpjs_loaded_ = false;
  std::vector<std::size_t> decision_rows_;  // the spreadsheet row of each data row
  std::unordered_map<std::uint64_t, std::size_t> seen_nik_;
  std::unordered_map<std::int64_t, std::vector<BucketEntry>> by_birth_;
  std::unordered_set<std::string> kelurahan_;
  std::vector<BatchPerson> batch_;
  std::vector<PendingPair> pairs_;
  BlockCache blocks_;
  struct BlockRow {
    std::size_t row;
    MappedRow m;
  };
  static constexpr std::size_t kBlockRows = 1000;
  std::vector<BlockRow> block_;
  std::unordered_set<std::string> registered_, bpjs_;  // answers for the current block
};

Analyzer::Analyzer(App& app, const Actor& actor, formats::TableReader& reader, const ImportOptions& options,
                   ImportResult& r)
    : impl_(std::make_unique<Impl>(app, actor, reader, options, r)) {}

Analyzer::~Analyzer() = default;

void Analyzer::run(const SessionRunner& with_session, const std::function<void(Planned&&)>& sink) {
  impl_->run(with_session, sink);
}

const std::vector<PendingPair>& Analyzer::pairs() const { return impl_->pairs(); }

const std::vector<std::size_t>& Analyzer::decision_rows() const { return impl_->decision_rows(); }

}  // namespace lindungi::services::import_detail
