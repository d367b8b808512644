#pragma once
// Member cards (DESIGN.md §2 step 5): requested for active members with a KPJ, one by one or
// for the accepted workers of a registration batch, printed in batches as PDF (A4 sheets of ID-1
// cards with a QR code), handed over; states diminta -> dicetak -> diserahkan with who and when.
// The QR code opens a public page that shows only the initials and "aktif s.d. <date>".
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/access.hpp"
#include "core/ledger.hpp"
#include "core/progress.hpp"
#include "services/app.hpp"
#include "store/bpjs_store.hpp"
#include "store/page.hpp"

namespace lindungi::services {

struct CardRequestItem {
  std::int64_t pekerja_id = 0;
  std::string nama;
  bool ok = false;
  std::int64_t kartu_id = 0;
  std::vector<FieldError> problems;
};

struct CardRequestResult {
  store::CardBatchRecord batch;  // id 0 when no card could be requested
  std::vector<CardRequestItem> items;
};

struct CardView {
  store::CardRecord card;
  std::string nama;
  std::string kpj;
  std::string nik;  // full; renderers mask it
};

struct CardBatchDetail {
  store::CardBatchRecord batch;
  std::vector<CardView> cards;
};

struct PrintedCards {
  std::string pdf;
  std::int64_t cards = 0;
  std::int64_t newly_printed = 0;
};

// What anyone holding a card's QR code may learn: nothing but initials and whether it is active.
struct PublicCardStatus {
  bool found = false;
  std::string inisial;
  bool aktif = false;
  std::optional<Date> sampai;
  bool diganti = false;  // a newer card was requested for the same worker: this one is void
  std::string teks;  // "aktif s.d. 31/12/2026" | "tidak aktif" | "kartu sudah diganti dengan kartu baru" | "kartu tidak
                     // dikenal"
};

class CardService {
 public:
  explicit CardService(App& app) : app_(app) {}

  // Needs manage_cards. Either `pekerja` or `pendaftaran` (its accepted workers). Each worker is
  // requested or refused on its own; all in one transaction, under one card batch.
  CardRequestResult request(const Actor& actor, const std::vector<std::int64_t>& pekerja, std::int64_t pendaftaran);
  store::Page<store::CardBatchRecord> batches(const Actor& actor, int offset, int limit);
  CardBatchDetail batch(const Actor& actor, std::int64_t id);
  // The batch's cards not yet handed over, as PDF; requested ones become printed. Audited.
  // `progress` hears of the cards gathered, then drawn (issue 19 item 8: `lindungi cards print`).
  PrintedCards print(const Actor& actor, std::int64_t batch_id, const Progress& progress = {});
  store::CardRecord hand_over(const Actor& actor, std::int64_t card_id);
  std::int64_t hand_over_batch(const Actor& actor, std::int64_t batch_id);
  // A page of the worker's cards, oldest first, without their tokens.
  store::Page<store::CardRecord> cards_of_worker(const Actor& actor, std::int64_t pekerja_id, int offset, int limit);
  // No login: the token is the capability. Unknown and malformed tokens look the same.
  PublicCardStatus verify(const std::string& token);

 private:
  App& app_;
};

// A worker's contribution months as the ledger reads them (the card's "aktif s.d." and the public
// protection check, issue 20 item 1).
std::vector<LedgerMonth> months_of(store::Session& s, std::int64_t pekerja_id);

// 128 random bits from libsodium, base64url without padding (22 characters).
std::string new_card_token();
// The URL a card's QR code opens: "<public_url>/v/<token>".
std::string card_url(const std::string& public_url, const std::string& token);

}  // namespace lindungi::services
