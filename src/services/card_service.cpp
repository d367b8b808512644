#include "services/card_service.hpp"

#include <sodium.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

#include "clock/clock.hpp"
#include "core/bpjs.hpp"
#include "core/errors.hpp"
#include "formats/card_pdf.hpp"
#include "formats/record_json.hpp"
#include "services/bpjs_registration_service.hpp"
#include "services/messages_service.hpp"
#include "services/billing_detail.hpp"
#include "store/audit_store.hpp"
#include "store/bpjs_store.hpp"
#include "store/funding_store.hpp"
#include "store/page.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services {

namespace {

std::string iso_now() { return clock::now_utc_iso(); }

void require_cards(const Actor& actor) {
  if (!actor.can(Permission::manage_cards))
    throw Forbidden("tidak_berwenang", "Anda tidak berwenang mengelola kartu peserta");
}

bool may_view_cards(const Actor& actor) {
  return actor.can(Permission::manage_cards) || actor.can(Permission::manage_bpjs) || actor.can(Permission::view_audit);
}

bool within(const Actor& actor, const std::string& wilayah) {
  return actor.area.empty() || code_within(wilayah, actor.area);
}

store::CardBatchRecord visible_batch(store::Session& s, const Actor& actor, std::int64_t id) {
  const auto b = s.bpjs().card_batch(id);
  if (!b || !within(actor, b->wilayah))
    throw NotFound("batch_kartu_tidak_ada", "Batch kartu " + std::to_string(id) + " tidak ditemukan");
  return *b;
}

void audit_card(store::Session& s, const Actor& actor, const store::CardRecord& before, const store::CardRecord& after,
                const char* action) {
  s.audit().append({0, "", actor.username, action, "kartu", std::to_string(after.id),
                    formats::json_text({{"status", {before.status, after.status}},
                                        {"pekerja_id", {nullptr, after.pekerja_id}},
                                        {"batch_kartu", {nullptr, after.batch_id}}})});
}

}  // namespace

std::vector<LedgerMonth> months_of(store::Session& s, std::int64_t pekerja_id) {
  std::vector<LedgerMonth> months;
  for (const auto& a : s.funding().allocations_of(pekerja_id)) months.push_back(billing_detail::ledger_month(a));
  return months;
}

std::string new_card_token() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
  unsigned char bytes[16];  // 128 bits: not guessable, short enough for a small QR code
  randombytes_buf(bytes, sizeof bytes);
  char out[sodium_base64_ENCODED_LEN(16, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(out, sizeof out, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return out;
}

std::string card_url(const std::string& public_url, const std::string& token) {
  std::string base = public_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + "/v/" + token;
}

CardRequestResult CardService::request(const Actor& actor, const std::vector<std::int64_t>& pekerja,
                                       std::int64_t pendaftaran) {
  require_cards(actor);
  if (pekerja.empty() == (pendaftaran <= 0))
    throw ValidationError("pekerja", "wajib_diisi", "Isi daftar id pekerja atau nomor batch pendaftaran (salah satu)");
  if (pekerja.size() > 10'000)
    throw ValidationError("pekerja", "jumlah_tidak_valid", "Satu batch kartu paling banyak 10.000 pekerja");
  CardRequestResult out;
  app_.store().write([&](store::Session& s) {
    std::vector<std::int64_t> ids = pekerja;
    std::string area;
    if (pendaftaran > 0) {
      const auto reg = s.bpjs().batch(pendaftaran);
      if (!reg || !within(actor, reg->wilayah))
        throw NotFound("pendaftaran_tidak_ada", "Batch pendaftaran " + std::to_string(pendaftaran) + " tidak ditemukan",
                       "pendaftaran");
      area = reg->wilayah;
      for (const auto& e : s.bpjs().entries(pendaftaran))
        if (e.status == "diterima") ids.push_back(e.pekerja_id);
      if (ids.empty())
        throw ValidationError("pendaftaran", "belum_ada_peserta_aktif",
                              "Belum ada pekerja batch ini yang diterima BPJS; unggah jawaban BPJS terlebih dahulu");
    }
    std::set<std::int64_t> seen;
    std::vector<std::pair<std::size_t, Worker>> chosen;  // item index, worker
    std::string common;
    for (const auto id : ids) {
      if (!seen.insert(id).second) continue;
      CardRequestItem item;
      item.pekerja_id = id;
      const auto w = s.registry().worker(id);
      if (!w || !can_access_area(actor, w->kode_rt())) {
        item.problems.push_back(
            {"pekerja", "pekerja_tidak_ada", "Pekerja dengan id " + std::to_string(id) + " tidak ditemukan"});
        out.items.push_back(std::move(item));
        continue;
      }
      item.nama = w->nama;
      if (w->status != "aktif" || w->kpj.empty())
        item.problems.push_back(
            {"pekerja", "belum_aktif", "Kartu hanya untuk peserta aktif yang sudah memiliki nomor KPJ"});
      for (const auto& c : s.bpjs().cards_of_worker(id))
        if (c.status != kCardHandedOver)
          item.problems.push_back(
              {"pekerja", "kartu_sudah_diminta",
               "Kartu pekerja ini sudah " + c.status + " (kartu #" + std::to_string(c.id) + ") dan belum diserahkan"});
      if (item.problems.empty()) {
        common = chosen.empty() ? w->kode_rt() : common_area(common, w->kode_rt());
        chosen.emplace_back(out.items.size(), *w);
      }
      out.items.push_back(std::move(item));
    }
    if (chosen.empty()) {
      const auto& first = out.items.empty() ? FieldError{"pekerja", "tidak_ada", "Tidak ada pekerja"}
                                            : out.items.front().problems.front();
      throw ValidationError("pekerja", "tidak_ada_kartu",
                            "Tidak ada kartu yang dapat diminta. Contoh: " + first.message);
    }
    out.batch.pelaku = actor.username;
    out.batch.wilayah = !area.empty() ? area : common;
    out.batch.pendaftaran_id = pendaftaran > 0 ? pendaftaran : 0;
    s.bpjs().insert_card_batch(out.batch);
    const std::string now = iso_now();
    for (auto& [index, w] : chosen) {
      store::CardRecord c;
      c.batch_id = out.batch.id;
      c.pekerja_id = w.id;
      c.token = new_card_token();
      c.status = std::string{kCardRequested};
      c.diminta_oleh = actor.username;
      c.diminta_pada = now;
      s.bpjs().insert_card(c);
      out.items[index].ok = true;
      out.items[index].kartu_id = c.id;
      s.audit().append({0, "", actor.username, "minta_kartu", "kartu", std::to_string(c.id),
                        formats::json_text({{"status", {nullptr, c.status}},
                                            {"pekerja_id", {nullptr, w.id}},
                                            {"batch_kartu", {nullptr, out.batch.id}}})});
    }
    out.batch = *s.bpjs().card_batch(out.batch.id);
  });
  return out;
}

store::Page<store::CardBatchRecord> CardService::batches(const Actor& actor, int offset, int limit) {
  if (!may_view_cards(actor)) throw Forbidden("tidak_berwenang", "Anda tidak berwenang melihat kartu peserta");
  if (limit < 1 || limit > 500) throw BadRequest("batas_tidak_valid", "Jumlah per halaman harus 1-500", "limit");
  if (offset < 0) throw BadRequest("offset_tidak_valid", "Offset tidak boleh negatif", "offset");
  store::Page<store::CardBatchRecord> page;
  app_.store().read([&](store::Session& s) { page = s.bpjs().card_batches(actor.area, offset, limit); });
  return page;
}

CardBatchDetail CardService::batch(const Actor& actor, std::int64_t id) {
  if (!may_view_cards(actor)) throw Forbidden("tidak_berwenang", "Anda tidak berwenang melihat kartu peserta");
  CardBatchDetail d;
  app_.store().read([&](store::Session& s) {
    d.batch = visible_batch(s, actor, id);
    for (auto& c : s.bpjs().cards_of_batch(id)) {
      const auto w = s.registry().worker(c.pekerja_id);
      d.cards.push_back({std::move(c), w ? w->nama : "", w ? w->kpj : "", w ? w->nik : ""});
    }
  });
  return d;
}

PrintedCards CardService::print(const Actor& actor, std::int64_t batch_id, const Progress& progress) {
  require_cards(actor);
  PrintedCards out;
  app_.store().write([&](store::Session& s) {
    visible_batch(s, actor, batch_id);
    std::vector<formats::CardFace> faces;
    std::vector<store::CardRecord> to_mark;
    std::map<std::string, std::string> funder_names;
    const auto cards = s.bpjs().cards_of_batch(batch_id);
    std::uint64_t gathered = 0;
    for (const auto& c : cards) {
      progress("Menyiapkan kartu", ++gathered, cards.size());
      if (c.status == kCardHandedOver) continue;
      const auto w = s.registry().worker(c.pekerja_id);
      if (!w) continue;
      if (!funder_names.contains(w->sumber_dana)) {
        const auto f = s.funding().funder(w->sumber_dana);
        funder_names[w->sumber_dana] = f ? f->nama : w->sumber_dana;
      }
      std::string effective;
      for (const auto& e : s.bpjs().entries_of_worker(w->id))
        if (e.status == "diterima" && !e.tanggal_efektif.empty()) effective = e.tanggal_efektif;
      const auto end = coverage_end(months_of(s, w->id));
      std::string period;
      if (const auto d = parse_iso_date(effective)) period = d->id();
      if (end) period += (period.empty() ? "s.d. " : " s.d. ") + end->id();
      faces.push_back({"Kartu Peserta BPJS Ketenagakerjaan", w->nama, w->kpj, mask_nik(w->nik),
                       funder_names[w->sumber_dana], period, card_url(app_.public_url(), c.token)});
      if (c.status == kCardRequested) to_mark.push_back(c);
    }
    if (faces.empty())
      throw ValidationError("batch", "tidak_ada_kartu",
                            "Semua kartu di batch ini sudah diserahkan; tidak ada yang dicetak");
    formats::CardPdfOptions pdf_options;
    pdf_options.progress = progress;
    out.pdf = formats::cards_pdf(faces, pdf_options);
    out.cards = static_cast<std::int64_t>(faces.size());
    const std::string now = iso_now();
    for (auto& c : to_mark) {
      const store::CardRecord before = c;
      if (auto problem = card_transition_problem(c.status, kCardPrinted)) throw Conflict("status_kartu", *problem);
      c.status = std::string{kCardPrinted};
      c.dicetak_oleh = actor.username;
      c.dicetak_pada = now;
      s.bpjs().update_card(c);
      audit_card(s, actor, before, c, "cetak_kartu");
      // Printed: ready to collect at the worker's kelurahan office (issue 20), with the card.
      if (const auto w = s.registry().worker(c.pekerja_id)) MessageWriter(app_, s).card_ready(*w, c.id);
    }
    out.newly_printed = static_cast<std::int64_t>(to_mark.size());
    s.audit().append(
        {0, "", actor.username, "cetak_kartu", "batch_kartu", std::to_string(batch_id),
         formats::json_text({{"kartu", {nullptr, out.cards}}, {"baru_dicetak", {nullptr, out.newly_printed}}})});
  });
  return out;
}

store::CardRecord CardService::hand_over(const Actor& actor, std::int64_t card_id) {
  require_cards(actor);
  store::CardRecord c;
  app_.store().write([&](store::Session& s) {
    const auto found = s.bpjs().card(card_id);
    const auto w = found ? s.registry().worker(found->pekerja_id) : std::nullopt;
    if (!found || !w || !can_access_area(actor, w->kode_rt()))
      throw NotFound("kartu_tidak_ada", "Kartu " + std::to_string(card_id) + " tidak ditemukan");
    c = *found;
    if (auto problem = card_transition_problem(c.status, kCardHandedOver))
      throw Conflict("status_kartu", *problem, "status");
    const store::CardRecord before = c;
    c.status = std::string{kCardHandedOver};
    c.diserahkan_oleh = actor.username;
    c.diserahkan_pada = iso_now();
    s.bpjs().update_card(c);
    audit_card(s, actor, before, c, "serahkan_kartu");
  });
  return c;
}

std::int64_t CardService::hand_over_batch(const Actor& actor, std::int64_t batch_id) {
  require_cards(actor);
  std::int64_t n = 0;
  app_.store().write([&](store::Session& s) {
    visible_batch(s, actor, batch_id);
    const std::string now = iso_now();
    for (auto c : s.bpjs().cards_of_batch(batch_id)) {
      if (c.status != kCardPrinted) continue;
      const store::CardRecord before = c;
      c.status = std::string{kCardHandedOver};
      c.diserahkan_oleh = actor.username;
      c.diserahkan_pada = now;
      s.bpjs().update_card(c);
      audit_card(s, actor, before, c, "serahkan_kartu");
      ++n;
    }
    if (n == 0)
      throw Conflict("status_kartu", "Tidak ada kartu berstatus dicetak di batch ini; cetak dahulu sebelum diserahkan",
                     "status");
  });
  return n;
}

store::Page<store::CardRecord> CardService::cards_of_worker(const Actor& actor, std::int64_t pekerja_id, int offset,
                                                            int limit) {
  if (!may_view_cards(actor) && !actor.can(Permission::view_workers))
    throw Forbidden("tidak_berwenang", "Anda tidak berwenang melihat kartu peserta");
  store::Page<store::CardRecord> out;
  app_.store().read([&](store::Session& s) {
    const auto w = s.registry().worker(pekerja_id);
    if (!w || !can_access_area(actor, w->kode_rt()) || (!actor.cohort.empty() && w->sumber_dana != actor.cohort))
      throw NotFound("pekerja_tidak_ada", "Pekerja dengan id " + std::to_string(pekerja_id) + " tidak ditemukan");
    out = s.bpjs().cards_of_worker_page(pekerja_id, offset, limit);
  });
  for (auto& c : out.items) c.token.clear();  // the token is the card's: a list never hands it out
  return out;
}

PublicCardStatus CardService::verify(const std::string& token) {
  PublicCardStatus st;
  st.teks = "kartu tidak dikenal";
  if (token.size() != 22 ||
      token.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") != std::string::npos)
    return st;
  app_.store().read([&](store::Session& s) {
    const auto c = s.bpjs().card_by_token(token);
    if (!c) return;
    const auto w = s.registry().worker(c->pekerja_id);
    if (!w) return;
    st.found = true;
    st.inisial = name_initials(w->nama);
    // A lost card must stop verifying once its replacement is requested, not when the worker's
    // membership ends: a card with a later id for the same worker supersedes this one.
    for (const auto& other : s.bpjs().cards_of_worker(w->id))
      if (other.id > c->id) st.diganti = true;
    if (st.diganti) {
      st.teks = "kartu sudah diganti dengan kartu baru";
      return;
    }
    st.sampai = card_valid_until(app_.rules(), w->status, months_of(s, w->id), app_.today(), app_.calendar().get());
    st.aktif = st.sampai.has_value();
    st.teks = st.aktif ? "aktif s.d. " + st.sampai->id() : "tidak aktif";
  });
  return st;
}

}  // namespace lindungi::services
