// The outbox (issue 20 items 2 and 4): messages written with their events, the templates, the
// daily job of time-based messages, and the outbox's list and retry.
#include "services/messages_service.hpp"

#include <spdlog/spdlog.h>

#include "clock/clock.hpp"
#include "core/bpjs.hpp"
#include "core/claim_status.hpp"
#include "core/claims.hpp"
#include "core/errors.hpp"
#include "core/heirs.hpp"
#include "core/ledger.hpp"
#include "core/messages.hpp"
#include "core/nik.hpp"
#include "core/region.hpp"
#include "formats/record_json.hpp"
#include "services/card_service.hpp"
#include "services/checks.hpp"
#include "services/logging.hpp"
#include "services/worker_changes.hpp"
#include "store/audit_store.hpp"
#include "store/claims_store.hpp"
#include "store/funding_store.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services {

namespace {

TemplateView view_of(const MessageTemplateRule& rule, const std::optional<store::TemplateRecord>& stored) {
  TemplateView v;
  v.kode = std::string{rule.kode};
  v.judul = std::string{rule.judul};
  v.isi_bawaan = std::string{rule.isi_bawaan};
  v.isi = stored ? stored->isi : v.isi_bawaan;
  for (const auto& n : rule.isian) v.isian.emplace_back(n);
  v.diubah = stored && stored->isi != v.isi_bawaan;
  if (stored) {
    v.diubah_oleh = stored->diubah_oleh;
    v.diubah_pada = stored->diubah;
  }
  return v;
}

const MessageTemplateRule& rule_of(const std::string& kode) {
  const auto* rule = find_message_template(kode);
  if (!rule) throw NotFound("templat_tidak_ada", "Templat pesan '" + kode + "' tidak dikenal");
  return *rule;
}

// How many active workers each of the daily job's transactions looks at: the writer is free
// between them, so a day's run over a city never holds other writes for long.
constexpr int kDailyBlock = 500;

}  // namespace

// --- MessageWriter ----------------------------------------------------------------------------

const std::string& MessageWriter::text_of(std::string_view kode) {
  if (!texts_) {
    texts_.emplace();
    for (auto& t : s_.outbox().templates()) texts_->emplace(t.kode, std::move(t.isi));
    for (const auto& r : message_template_rules()) texts_->emplace(std::string{r.kode}, std::string{r.isi_bawaan});
  }
  return texts_->find(kode)->second;
}

std::map<std::string, std::string> MessageWriter::worker_values(const Worker& w) {
  std::map<std::string, std::string> v;
  v["nama"] = w.nama;
  v["nik"] = mask_nik(w.nik);  // never the full NIK (UU 27/2022)
  v["kpj"] = w.kpj;
  const Region* kel = app_.regions().find(w.kode_kelurahan);
  v["kelurahan"] = kel ? kel->nama : w.kode_kelurahan;
  if (!w.sumber_dana.empty()) {
    const auto f = s_.funding().funder(w.sumber_dana);
    v["penanggung"] = f ? f->nama : w.sumber_dana;
  }
  return v;
}

bool MessageWriter::write(const Worker& w, std::string_view templat, std::string kunci,
                          std::map<std::string, std::string> values, bool to_heirs) {
  // Consent recorded at intake (or given later) and an opt-out honoured: no consent, no message.
  if (!w.setuju_pesan || w.no_hp.empty()) return false;
  store::MessageRecord m;
  m.kunci = std::move(kunci);
  m.pekerja_id = w.id;
  m.kode_kelurahan = w.kode_kelurahan;
  m.rt = w.rt;
  m.penerima = to_heirs ? "ahli_waris" : "pekerja";
  if (to_heirs) {
    // Heirs' records hold no phone number: the message goes to the number on the worker's
    // record, which the family keeps, addressed to the heirs by name.
    std::string names;
    for (const auto& h : w.ahli_waris) names += (names.empty() ? "" : ", ") + h.nama;
    m.nama_penerima = names.empty() ? "ahli waris " + w.nama : names;
    values["penerima"] = "ahli waris " + w.nama;
  } else {
    m.nama_penerima = w.nama;
    values["penerima"] = w.nama;
  }
  m.no_hp = w.no_hp;
  m.templat = std::string{templat};
  m.isi = render_message(text_of(templat), values);
  if (m.isi.size() > kMaxMessageChars) m.isi.resize(kMaxMessageChars);
  // The template's check refuses 16 digits in a row; a value (a name typed with digits) could still
  // bring them in, and a NIK must never leave in a message.
  if (holds_full_nik(m.isi)) return false;
  return s_.outbox().enqueue(m);
}

bool MessageWriter::worker_active(const Worker& w) {
  return write(w, "terdaftar_aktif", "terdaftar_aktif:" + std::to_string(w.id) + ":" + w.kpj, worker_values(w), false);
}

bool MessageWriter::card_ready(const Worker& w, std::int64_t kartu_id) {
  return write(w, "kartu_siap", "kartu_siap:" + std::to_string(kartu_id), worker_values(w), false);
}

bool MessageWriter::claim_status(const store::ClaimRecord& c) {
  const auto w = s_.registry().worker(c.pekerja_id);
  if (!w) return false;
  auto values = worker_values(*w);
  values["jenis_klaim"] = std::string{claim_kind_words(c.jenis_klaim)};
  values["status"] = std::string{claim_status_label(c.status)};
  return write(*w, "klaim_status", "klaim_status:" + std::to_string(c.id) + ":" + c.status, std::move(values),
               c.jenis_kejadian == "meninggal");
}

bool MessageWriter::cover_ending(const Worker& w, const Date& end) {
  auto values = worker_values(w);
  values["tanggal"] = end.id();
  return write(w, "tanggungan_berakhir", "tanggungan_berakhir:" + std::to_string(w.id) + ":" + end.iso(),
               std::move(values), false);
}

bool MessageWriter::cover_lapsed(const Worker& w, const Date& since) {
  auto values = worker_values(w);
  values["tanggal"] = since.id();
  return write(w, "tanggungan_gugur", "tanggungan_gugur:" + std::to_string(w.id) + ":" + since.iso(), std::move(values),
               false);
}

bool MessageWriter::scholarship_due(const Worker& w, const std::string& nama_anak, std::int64_t anak_id,
                                    int school_year) {
  auto values = worker_values(w);
  values["nama_anak"] = nama_anak;
  values["tahun_ajaran"] = school_year_label(school_year);
  return write(w, "beasiswa_perpanjang",
               "beasiswa_perpanjang:" + std::to_string(anak_id) + ":" + std::to_string(school_year), std::move(values),
               true);
}

// --- MessagesService --------------------------------------------------------------------------

MessageList MessagesService::list(const Actor& actor, const MessageFilter& f) {
  require(actor, Permission::view_workers, "melihat pesan");
  const std::string area = f.wilayah.empty() ? actor.area : f.wilayah;
  if (!can_access_area(actor, area))
    throw Forbidden("di_luar_wilayah", "Wilayah " + area + " di luar wilayah Anda", "wilayah");
  if (!f.status.empty() && f.status != kMessageQueued && f.status != kMessageSent && f.status != kMessageFailed)
    throw ValidationError("status", "status_tidak_dikenal", "Status pesan harus antre, terkirim, atau gagal");
  MessageList out;
  app_.store().read([&](store::Session& s) {
    if (f.pekerja_id > 0) {
      const auto w = s.registry().worker(f.pekerja_id);
      if (!w || !can_access_area(actor, w->kode_rt()) || (!actor.cohort.empty() && w->sumber_dana != actor.cohort))
        throw NotFound("pekerja_tidak_ada", "Pekerja dengan id " + std::to_string(f.pekerja_id) + " tidak ditemukan");
    }
    store::MessageQuery q{area, f.status, f.templat, f.pekerja_id, f.offset, f.limit};
    out.page = s.outbox().messages(q);
    out.counts = s.outbox().counts(area);
  });
  return out;
}

store::MessageRecord MessagesService::retry(const Actor& actor, std::int64_t id) {
  require(actor, Permission::manage_messages, "mengirim ulang pesan");
  store::MessageRecord m;
  app_.store().write([&](store::Session& s) {
    const auto found = s.outbox().message(id);
    if (!found || !can_access_area(actor, rt_code(found->kode_kelurahan, found->rt)))
      throw NotFound("pesan_tidak_ada", "Pesan " + std::to_string(id) + " tidak ditemukan");
    m = *found;
    if (m.status != kMessageFailed)
      throw Conflict(
          "pesan_belum_gagal",
          "Pesan ini " + std::string{message_status_label(m.status)} + "; hanya pesan gagal yang dapat dikirim ulang",
          "status");
    const store::MessageRecord before = m;
    m.status = std::string{kMessageQueued};
    m.percobaan = 0;
    m.coba_pada = clock::now_utc_iso(true);
    m.diubah_oleh = actor.username;
    // The reason stays until the next attempt settles it: the screen says why it failed last time.
    s.outbox().settle(m);
    s.audit().append({0, "", actor.username, "kirim_ulang_pesan", "pesan", std::to_string(id),
                      formats::json_text({{"status", {before.status, m.status}}, {"alasan", {before.alasan, nullptr}}}),
                      "", "", rt_code(m.kode_kelurahan, m.rt)});
  });
  return m;
}

std::vector<TemplateView> MessagesService::templates(const Actor& actor) {
  if (!actor.can(Permission::manage_messages) && !actor.can(Permission::view_workers))
    throw Forbidden("tidak_berwenang", "Anda tidak berwenang melihat templat pesan");
  std::vector<store::TemplateRecord> stored;
  app_.store().read([&](store::Session& s) { stored = s.outbox().templates(); });
  std::vector<TemplateView> out;
  for (const auto& rule : message_template_rules()) {
    std::optional<store::TemplateRecord> mine;
    for (const auto& t : stored)
      if (t.kode == rule.kode) mine = t;
    out.push_back(view_of(rule, mine));
  }
  return out;
}

TemplatePreview MessagesService::preview(const Actor& actor, const std::string& kode, const std::string& isi) {
  require(actor, Permission::manage_messages, "mengubah templat pesan");
  const auto& rule = rule_of(kode);
  return {kode, render_message(isi, sample_values(rule)), message_template_problems(rule, isi)};
}

TemplateView MessagesService::put_template(const Actor& actor, const std::string& kode, const std::string& isi) {
  require(actor, Permission::manage_messages, "mengubah templat pesan");
  const auto& rule = rule_of(kode);
  if (auto problems = message_template_problems(rule, isi); !problems.empty()) throw ValidationError(problems);
  store::TemplateRecord t{kode, isi, actor.username, ""};
  app_.store().write([&](store::Session& s) {
    std::string before{rule.isi_bawaan};
    for (const auto& old : s.outbox().templates())
      if (old.kode == kode) before = old.isi;
    s.outbox().put_template(t);
    s.audit().append({0, "", actor.username, "ubah_templat_pesan", "templat_pesan", kode,
                      formats::json_text({{"isi", {before, isi}}}), "", "", actor.area});
  });
  return view_of(rule, t);
}

Worker MessagesService::set_consent(const Actor& actor, std::int64_t pekerja_id, bool setuju) {
  require(actor, Permission::record_workers, "mengubah persetujuan pesan");
  Worker w;
  app_.store().write([&](store::Session& s) {
    const auto found = s.registry().worker(pekerja_id);
    if (!found || !can_access_area(actor, found->kode_rt()) ||
        (!actor.cohort.empty() && found->sumber_dana != actor.cohort))
      throw NotFound("pekerja_tidak_ada", "Pekerja dengan id " + std::to_string(pekerja_id) + " tidak ditemukan");
    w = *found;
    if (w.setuju_pesan == setuju) return;
    w.setuju_pesan = setuju;
    save_worker(s, w);
    s.audit().append({0, "", actor.username, setuju ? "setuju_pesan" : "tolak_pesan", "pekerja", std::to_string(w.id),
                      formats::json_text({{"setuju_pesan", {!setuju, setuju}}})});
  });
  return w;
}

DailyMessages MessagesService::run_daily(const Actor& actor) {
  require(actor, Permission::manage_messages, "menjalankan pesan harian");
  DailyMessages out;
  const Date today = app_.today();
  out.tanggal = today;
  const Date horizon = today.add_days(30);
  const auto calendar = app_.calendar();
  // Cover ending and lapsed: every active worker who may receive messages, a block at a time.
  for (int offset = 0;; offset += kDailyBlock) {
    std::int64_t seen = 0;
    app_.store().write([&](store::Session& s) {
      store::WorkerQuery q;
      q.status = "aktif";
      q.sort = "dibuat";
      q.offset = offset;
      q.limit = kDailyBlock;
      const auto page = s.registry().workers(q);
      seen = static_cast<std::int64_t>(page.items.size());
      MessageWriter writer(app_, s);
      for (const auto& listed : page.items) {
        if (!listed.setuju_pesan || listed.no_hp.empty()) continue;
        const auto w = s.registry().worker(listed.id);  // with the heirs
        if (!w) continue;
        const auto months = months_of(s, w->id);
        if (months.empty()) continue;
        ++out.diperiksa;
        const auto states = ledger_states(app_.rules(), months, today, calendar.get());
        std::optional<Date> lapsed_on;
        for (const auto& m : states)
          if (m.state == MonthState::lapsed) {
            lapsed_on = due_date(m.entry.month, *calendar);
            break;
          }
        if (lapsed_on) {
          if (writer.cover_lapsed(*w, *lapsed_on)) ++out.tanggungan_gugur;
          continue;
        }
        if (const auto end = coverage_end(months); end && !(*end < today) && !(horizon < *end))
          if (writer.cover_ending(*w, *end)) ++out.tanggungan_berakhir;
      }
    });
    if (seen < kDailyBlock) break;
  }
  // Scholarships: each child of a granted claim still due this school year and not yet enrolled.
  const int year = school_year_of(today);
  app_.store().write([&](store::Session& s) {
    MessageWriter writer(app_, s);
    for (const auto& c : s.claims().claims("")) {
      if (!claim_is_granted(c.status) || year < first_scholarship_year(*parse_iso_date(c.tanggal_kejadian))) continue;
      const auto w = s.registry().worker(c.pekerja_id);
      if (!w) continue;
      for (const auto& ch : s.claims().children(c.id)) {
        const auto birth = parse_iso_date(ch.tanggal_lahir);
        if (!birth || !scholarship_age_ok(*birth, year)) continue;
        bool recorded = false;
        std::int64_t paid = 0;
        for (const auto& y : s.claims().scholarship_years(ch.id)) {
          paid += y.jumlah;
          if (y.tahun_ajaran == year) recorded = true;
        }
        if (recorded || paid >= scholarship_cap_per_child()) continue;
        if (writer.scholarship_due(*w, ch.nama, ch.id, year)) ++out.beasiswa;
      }
    }
  });
  return out;
}

void DailyMessageJob::start(std::chrono::milliseconds look) {
  if (thread_.joinable()) return;
  thread_ = std::thread([this, look] {
    std::optional<Date> done;
    for (;;) {
      const Date today = app_.today();
      if (!done || *done != today) {
        try {
          const auto r = MessagesService(app_).run_daily(Actor::system("pesan-harian"));
          spdlog::info("pesan harian {}: berakhir {}, gugur {}, beasiswa {}", today.iso(), r.tanggungan_berakhir,
                       r.tanggungan_gugur, r.beasiswa);
          done = today;
        } catch (const std::exception& e) {
          spdlog::error("pesan harian {}: {}", today.iso(), logging::redact(e.what()));
        }
      }
      std::unique_lock lock(mutex_);
      if (wake_.wait_for(lock, look, [this] { return stopping_; })) return;
    }
  });
}

void DailyMessageJob::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

}  // namespace lindungi::services
