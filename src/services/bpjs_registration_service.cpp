#include "services/bpjs_registration_service.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "core/bpjs.hpp"
#include "core/errors.hpp"
#include "core/intake.hpp"
#include "core/phone.hpp"
#include "formats/record_json.hpp"
#include "services/billing_service.hpp"
#include "services/worker_changes.hpp"
#include "store/audit_store.hpp"
#include "store/bpjs_store.hpp"
#include "store/funding_store.hpp"
#include "store/page.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services {

namespace {

// More than this goes in several batches: one file stays easy for an officer to handle.
constexpr std::size_t kMaxBatch = 10'000;

bool may_view_batches(const Actor& actor) {
  return actor.can(Permission::send_bpjs_batches) || actor.can(Permission::manage_bpjs) ||
         actor.can(Permission::view_audit);
}

std::string pad3(int n) { return zero_pad(n, 3); }

// The worker's row of the registration file, in formats::registration_columns() order.
std::vector<std::string> registration_row(std::size_t no, std::int64_t batch_id, const Worker& w,
                                          const RegionTree& regions, const store::FunderRecord* funder,
                                          const std::string& first_month) {
  const Region* kel = regions.find(w.kode_kelurahan);
  return {std::to_string(no),
          std::to_string(batch_id),
          "LDG-" + std::to_string(batch_id) + "-" + std::to_string(w.id),
          w.nik,
          w.nama,
          w.tanggal_lahir ? w.tanggal_lahir->iso() : "",
          w.jenis_kelamin ? std::string{to_string(*w.jenis_kelamin)} : "",
          w.alamat,
          w.kode_kelurahan,
          kel ? kel->nama : "",
          pad3(w.rt),
          phone_national(w.no_hp),  // BPJS's file keeps the national form (docs/BPJS-FILES.md)
          std::string{label_of(occupations(), w.pekerjaan)},
          std::to_string(w.penghasilan),
          "JKK+JKM",
          "BPU",
          w.sumber_dana,
          funder ? funder->nama : "",
          first_month};
}

// Whether two rows of the registration file carry the same person's data (the columns after
// no, id_pendaftaran and referensi).
bool same_person_data(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return a.size() == b.size() && a.size() >= 3 && std::equal(a.begin() + 3, a.end(), b.begin() + 3);
}

}  // namespace

std::string common_area(const std::string& a, const std::string& b) {
  std::size_t end = 0;  // the length of the common whole-segment prefix
  for (std::size_t i = 0; i <= a.size() && i <= b.size(); ++i) {
    const bool a_end = i == a.size() || a[i] == '.';
    const bool b_end = i == b.size() || b[i] == '.';
    if (a_end && b_end) end = i;
    if (i == a.size() || i == b.size() || a[i] != b[i]) break;
  }
  return a.substr(0, end);
}

BpjsRegistrationService::BpjsRegistrationService(App& app, std::shared_ptr<BpjsAdapter> adapter)
    : app_(app), adapter_(adapter ? std::move(adapter) : std::make_shared<FileBpjsAdapter>()) {}

BatchCreated BpjsRegistrationService::create_batch(const Actor& actor, const BatchRequest& request,
                                                   const Progress& progress) {
  if (!actor.can(Permission::send_bpjs_batches))
    throw Forbidden("tidak_berwenang", "Anda tidak berwenang mengirim pendaftaran ke BPJS");
  std::string area = request.wilayah;
  if (!area.empty() && !level_of_code(area))
    throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + area + "' tidak valid", "wilayah");
  if (!area.empty() && !can_access_area(actor, area))
    throw Forbidden("di_luar_wilayah", "Wilayah " + area + " di luar kewenangan Anda", "wilayah");
  if (request.pekerja.size() > kMaxBatch)
    throw ValidationError("pekerja", "jumlah_tidak_valid", "Satu batch paling banyak 10.000 pekerja");
  BatchCreated out;
  app_.store().write([&](store::Session& s) {
    std::map<std::string, std::optional<store::FunderRecord>> funders;
    auto row_of = [&](store::Session& session, const Worker& w, std::size_t no, std::int64_t batch_id) {
      if (!funders.contains(w.sumber_dana)) funders[w.sumber_dana] = session.funding().funder(w.sumber_dana);
      std::string first_month;
      for (const auto& a : session.funding().allocations_of(w.id))
        if (first_month.empty() || a.bulan < first_month) first_month = a.bulan;
      const auto& funder = funders[w.sumber_dana];
      return registration_row(no, batch_id, w, app_.regions(), funder ? &*funder : nullptr, first_month);
    };
    std::vector<std::int64_t> ids = request.pekerja;
    if (ids.empty()) {
      const std::string where = area.empty() ? actor.area : area;
      std::vector<std::string> statuses = {"dialokasikan"};
      if (request.kirim_ulang) statuses.push_back("ditolak_bpjs");
      for (const auto& status : statuses) {
        store::WorkerQuery q;
        q.area = where;
        q.status = status;
        q.sort = "rt";
        q.limit = 500;
        for (q.offset = 0; ids.size() < kMaxBatch; q.offset += q.limit) {
          const auto page = s.registry().workers(q);
          for (const auto& w : page.items)
            if (ids.size() < kMaxBatch) ids.push_back(w.id);
          if (page.items.size() < static_cast<std::size_t>(q.limit)) break;
        }
      }
      if (ids.empty())
        throw ValidationError("pekerja", "tidak_ada_pekerja",
                              std::string{"Tidak ada pekerja berstatus dialokasikan"} +
                                  (request.kirim_ulang ? " atau ditolak BPJS" : "") + " di wilayah ini");
    }
    std::set<std::int64_t> seen;
    std::vector<Worker> chosen;
    std::string batch_area;
    std::uint64_t checked = 0;
    for (const auto id : ids) {
      progress("Memeriksa pekerja", ++checked, ids.size());
      if (!seen.insert(id).second) continue;
      auto w = s.registry().worker(id);
      auto skip = [&](std::string code, std::string message) {
        out.skipped.push_back({id, w ? w->nama : "", {"pekerja", std::move(code), std::move(message)}});
      };
      if (!w || !can_access_area(actor, w->kode_rt()) || (!area.empty() && !code_within(w->kode_rt(), area))) {
        skip("pekerja_tidak_ada", "Pekerja dengan id " + std::to_string(id) + " tidak ditemukan di wilayah ini");
        continue;
      }
      if (auto problem = registration_transition_problem(w->status, "didaftarkan")) {
        skip("status_tidak_sesuai", *problem);
        continue;
      }
      if (w->sumber_dana.empty() || s.funding().allocations_of(id).empty()) {
        skip("belum_didanai", "Pekerja belum dialokasikan ke sumber dana; iurannya belum ada yang membayar");
        continue;
      }
      // Re-sending a whole area takes only the rejected workers whose data was corrected since:
      // the same row would be rejected again. A worker listed by id is sent as asked.
      if (w->status == "ditolak_bpjs" && request.pekerja.empty()) {
        const auto sent = s.bpjs().entries_of_worker(id);
        if (!sent.empty() && same_person_data(sent.back().baris, row_of(s, *w, 0, 0))) {
          skip("belum_diperbaiki", "Data pekerja belum diperbaiki sejak ditolak BPJS (" + w->alasan + ")");
          continue;
        }
      }
      batch_area = chosen.empty() ? w->kode_rt() : common_area(batch_area, w->kode_rt());
      chosen.push_back(std::move(*w));
    }
    if (chosen.empty()) {
      const auto& first = out.skipped.front().problem;
      throw ValidationError("pekerja", "tidak_ada_pekerja",
                            "Tidak ada pekerja yang dapat didaftarkan. Contoh: " + first.message);
    }
    out.batch.pelaku = actor.username;
    // The batch belongs to the area it was made for (asked, or the actor's), or for a list of
    // workers to the smallest area holding them, so that the operators of that area see it.
    out.batch.wilayah = !area.empty() ? area : request.pekerja.empty() ? actor.area : batch_area;
    s.bpjs().insert_batch(out.batch);
    std::size_t no = 0;
    for (auto& w : chosen) {
      progress("Menulis batch pendaftaran", no + 1, chosen.size());
      store::RegistrationEntryRecord e;
      e.pendaftaran_id = out.batch.id;
      e.pekerja_id = w.id;
      e.nik = w.nik;
      e.baris = row_of(s, w, ++no, out.batch.id);
      s.bpjs().add_entry(e);
      const Worker before = w;
      w.status = "didaftarkan";
      w.alasan.clear();
      save_worker(s, w);
      nlohmann::json changes = formats::worker_changes(&before, w);
      changes["pendaftaran_bpjs"] = {nullptr, out.batch.id};
      s.audit().append(
          {0, "", actor.username, "daftar_bpjs", "pekerja", std::to_string(w.id), formats::json_text(changes)});
    }
    s.audit().append({0, "", actor.username, "buat", "pendaftaran_bpjs", std::to_string(out.batch.id),
                      formats::json_text({{"wilayah", {nullptr, out.batch.wilayah}},
                                          {"jumlah", {nullptr, chosen.size()}},
                                          {"adaptor", {nullptr, std::string{adapter_->name()}}}})});
    out.batch = *s.bpjs().batch(out.batch.id);
  });
  return out;
}

store::Page<store::RegistrationBatchRecord> BpjsRegistrationService::batches(const Actor& actor, int offset,
                                                                             int limit) {
  if (!may_view_batches(actor)) throw Forbidden("tidak_berwenang", "Anda tidak berwenang melihat pendaftaran BPJS");
  if (limit < 1 || limit > 500) throw BadRequest("batas_tidak_valid", "Jumlah per halaman harus 1-500", "limit");
  if (offset < 0) throw BadRequest("offset_tidak_valid", "Offset tidak boleh negatif", "offset");
  store::Page<store::RegistrationBatchRecord> page;
  app_.store().read([&](store::Session& s) { page = s.bpjs().batches(actor.area, offset, limit); });
  return page;
}

BatchDetail BpjsRegistrationService::batch(const Actor& actor, std::int64_t id) {
  if (!may_view_batches(actor)) throw Forbidden("tidak_berwenang", "Anda tidak berwenang melihat pendaftaran BPJS");
  BatchDetail d;
  app_.store().read([&](store::Session& s) {
    const auto b = s.bpjs().batch(id);
    if (!b || !(actor.area.empty() || code_within(b->wilayah, actor.area)))
      throw NotFound("pendaftaran_tidak_ada", "Batch pendaftaran " + std::to_string(id) + " tidak ditemukan");
    d.batch = *b;
    d.entries = s.bpjs().entries(id);
    for (const auto& e : d.entries) {
      const auto w = s.registry().worker(e.pekerja_id);
      d.names.push_back(w ? w->nama : "");
    }
    d.responses = s.bpjs().response_files(id);
  });
  return d;
}

BpjsArtefact BpjsRegistrationService::export_batch(const Actor& actor, std::int64_t id, const std::string& format) {
  if (!actor.can(Permission::send_bpjs_batches) && !actor.can(Permission::manage_bpjs) &&
      !actor.can(Permission::view_audit))
    throw Forbidden("tidak_berwenang", "Anda tidak berwenang mengunduh berkas pendaftaran BPJS");
  if (format.empty() || format.size() > 10 ||
      format.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos)
    throw BadRequest("format_tidak_valid", "Format harus csv atau xlsx", "format");
  formats::RegistrationFile file;
  file.batch_id = id;
  std::optional<BpjsArtefact> out;
  app_.store().write([&](store::Session& s) {
    const auto b = s.bpjs().batch(id);
    if (!b || !(actor.area.empty() || code_within(b->wilayah, actor.area)))
      throw NotFound("pendaftaran_tidak_ada", "Batch pendaftaran " + std::to_string(id) + " tidak ditemukan");
    for (const auto& e : s.bpjs().entries(id)) file.rows.push_back(e.baris);
    std::string made;
    for (auto& a : adapter_->submit(file)) {
      made += (made.empty() ? "" : ", ") + a.format;
      if (a.format == format) out = std::move(a);
    }
    if (!out)
      throw BadRequest("format_tidak_valid",
                       "Format '" + format + "' tidak tersedia; adaptor BPJS '" + std::string{adapter_->name()} +
                           "' menghasilkan: " + made,
                       "format");
    s.audit().append({0, "", actor.username, "unduh_pendaftaran_bpjs", "pendaftaran_bpjs", std::to_string(id),
                      formats::json_text({{"format", {nullptr, format}}})});
  });
  return *out;
}

ResponseResult BpjsRegistrationService::import_response(const Actor& actor, std::int64_t batch_id, std::string bytes,
                                                        const std::string& file_name, bool dry_run) {
  if (!actor.can(Permission::manage_bpjs))
    throw Forbidden("tidak_berwenang", "Anda tidak berwenang mengunggah jawaban BPJS");
  const formats::ResponseFile file = adapter_->read_response(std::move(bytes), file_name);
  ResponseResult r;
  r.batch_id = batch_id;
  r.unknown_columns = file.unknown_columns;
  r.dry_run = dry_run;
  // A dry run reads in a read transaction and skips every write below: what it answers is what
  // applying the same file now would do.
  auto work = [&](store::Session& s) {
    const auto b = s.bpjs().batch(batch_id);
    if (!b || !(actor.area.empty() || code_within(b->wilayah, actor.area)))
      throw NotFound("pendaftaran_tidak_ada", "Batch pendaftaran " + std::to_string(batch_id) + " tidak ditemukan");
    std::map<std::string, store::RegistrationEntryRecord> by_nik;
    for (auto& e : s.bpjs().entries(batch_id)) by_nik.emplace(e.nik, std::move(e));
    std::map<std::string, std::size_t> nik_rows, kpj_rows;
    std::map<std::string, std::string> kpj_nik;
    std::set<std::size_t> bad_rows;
    for (const auto& row : file.rows) {
      ++r.rows;
      ResponseRowOutcome& out = r.outcomes.emplace_back();
      out.row = static_cast<std::int64_t>(row.row);
      out.hasil = "galat";
      if (row.nik.size() == 16) out.nik = mask_nik(row.nik);
      auto reject = [&](const std::string& column, const std::string& code, const std::string& message) {
        r.errors.push_back(
            {static_cast<std::int64_t>(row.row), column, code, row_message(row.row, column, message), false});
        bad_rows.insert(row.row);
      };
      if (!row.errors.empty()) {
        for (const auto& e : row.errors) reject(e.field, e.code, e.message);
        continue;
      }
      if (const auto [it, fresh] = nik_rows.emplace(row.nik, row.row); !fresh) {
        reject("nik", "nik_ganda", "NIK " + mask_nik(row.nik) + " sudah ada di baris " + std::to_string(it->second));
        continue;
      }
      const auto entry_it = by_nik.find(row.nik);
      if (entry_it == by_nik.end()) {
        if (s.registry().worker_by_nik(row.nik))
          reject("nik", "nik_bukan_batch_ini",
                 "NIK " + mask_nik(row.nik) + " tidak termasuk batch pendaftaran " + std::to_string(batch_id));
        else
          reject("nik", "nik_tidak_dikenal", "NIK " + mask_nik(row.nik) + " tidak dikenal di registri");
        continue;
      }
      store::RegistrationEntryRecord& entry = entry_it->second;
      auto w = s.registry().worker(entry.pekerja_id);
      if (!w) {
        reject("nik", "nik_tidak_dikenal", "NIK " + mask_nik(row.nik) + " tidak dikenal di registri");
        continue;
      }
      out.pekerja_id = w->id;
      out.nama = w->nama;
      const std::string tanggal = row.tanggal_efektif ? row.tanggal_efektif->iso() : "";
      if (entry.status != "dikirim") {
        const bool same = entry.status == row.status &&
                          (row.status == "diterima" ? entry.kpj == row.kpj && entry.tanggal_efektif == tanggal
                                                    : entry.alasan == row.alasan);
        if (same) {
          ++r.unchanged;
          out.hasil = "tidak_berubah";
          out.kpj = entry.kpj;
          out.tanggal_efektif = entry.tanggal_efektif;
          out.alasan = entry.alasan;
        } else {
          reject("status", "sudah_dijawab",
                 "Pekerja ini sudah dijawab BPJS (" + entry.status + ") untuk batch ini; jawaban yang berbeda ditolak");
        }
        continue;
      }
      if (auto problem =
              registration_transition_problem(w->status, row.status == "diterima" ? "aktif" : "ditolak_bpjs")) {
        reject("status", "status_tidak_sesuai", *problem);
        continue;
      }
      // A worker sent again answers only through the newest batch that holds them.
      const auto history = s.bpjs().entries_of_worker(w->id);
      if (!history.empty() && history.back().pendaftaran_id != batch_id) {
        reject("nik", "bukan_batch_terakhir",
               "Pekerja ini sudah dikirim ulang di batch " + std::to_string(history.back().pendaftaran_id) +
                   "; unggah jawabannya untuk batch tersebut");
        continue;
      }
      const Worker before = *w;
      if (row.status == "diterima") {
        if (const auto [it, fresh] = kpj_rows.emplace(row.kpj, row.row); !fresh) {
          reject("kpj", "kpj_sudah_dipakai",
                 "KPJ " + row.kpj + " sudah dipakai di baris " + std::to_string(it->second));
          continue;
        }
        if (const auto holder = s.bpjs().worker_with_kpj(row.kpj); holder && *holder != w->id) {
          reject("kpj", "kpj_sudah_dipakai",
                 "KPJ " + row.kpj + " sudah dipakai pekerja lain (id " + std::to_string(*holder) + ")");
          continue;
        }
        w->status = "aktif";
        w->kpj = row.kpj;
        w->alasan.clear();
        entry.status = "diterima";
        entry.kpj = row.kpj;
        entry.tanggal_efektif = tanggal;
        entry.alasan.clear();
        ++r.accepted;
        out.hasil = "diterima";
        out.kpj = row.kpj;
        out.tanggal_efektif = tanggal;
      } else {
        w->status = "ditolak_bpjs";
        w->alasan = "Ditolak BPJS: " + row.alasan;
        entry.status = "ditolak";
        entry.alasan = row.alasan;
        ++r.rejected_by_bpjs;
        out.hasil = "ditolak";
        out.alasan = row.alasan;
      }
      if (dry_run) continue;
      entry.dijawab = app_.today().iso();
      s.bpjs().answer_entry(entry);
      save_worker(s, *w);
      nlohmann::json changes = formats::worker_changes(&before, *w);
      changes["jawaban_bpjs"] = {nullptr,
                                 {{"pendaftaran", batch_id},
                                  {"status", entry.status},
                                  {"tanggal_efektif", entry.tanggal_efektif},
                                  {"alasan", entry.alasan}}};
      s.audit().append(
          {0, "", actor.username, "jawaban_bpjs", "pekerja", std::to_string(w->id), formats::json_text(changes)});
      // Billing follows the answer (issue 17 item 7): months already on an invoice that may no
      // longer be billed come off it, each invoice corrected and audited.
      correct_invoices_of_worker(s, w->id, actor.username);
      // A rejected worker's months from the rejection on go back to the funder's budget (issue 17).
      if (entry.status == "ditolak") release_after_rejection(s, w->id, app_.today(), actor.username);
    }
    r.errors_count = static_cast<std::int64_t>(bad_rows.size());
    r.saved = !dry_run && r.accepted + r.rejected_by_bpjs > 0;
    if (r.saved) {
      store::ResponseFileRecord f{0,          batch_id,           "",          actor.username, file_name, r.rows,
                                  r.accepted, r.rejected_by_bpjs, r.unchanged, r.errors_count};
      s.bpjs().insert_response_file(f);
      s.audit().append({0, "", actor.username, "impor_jawaban_bpjs", "pendaftaran_bpjs", std::to_string(batch_id),
                        formats::json_text({{"nama_berkas", {nullptr, file_name}},
                                            {"baris", {nullptr, r.rows}},
                                            {"diterima", {nullptr, r.accepted}},
                                            {"ditolak", {nullptr, r.rejected_by_bpjs}},
                                            {"tidak_berubah", {nullptr, r.unchanged}},
                                            {"galat", {nullptr, r.errors_count}}})});
    }
  };
  if (dry_run)
    app_.store().read(work);
  else
    app_.store().write(work);
  return r;
}

}  // namespace lindungi::services
