#pragma once
// JSON shapes of BPJS registration and member cards, shared by the API and the CLI (docs/API.md).
#include <nlohmann/json.hpp>

#include "services/bpjs_registration_service.hpp"
#include "services/card_service.hpp"

namespace lindungi::wire {

// POST /bpjs/batches {"wilayah"} | {"pekerja":[ids]}, optional "kirim_ulang": true.
services::BatchRequest batch_request(const nlohmann::json& body);
// POST /cards {"pekerja":[ids]} | {"pendaftaran": batch id}.
struct CardRequestBody {
  std::vector<std::int64_t> pekerja;
  std::int64_t pendaftaran = 0;
};
CardRequestBody card_request(const nlohmann::json& body);

nlohmann::json registration_batch_json(const store::RegistrationBatchRecord& b);
// The items of GET /bpjs/batches (a page).
nlohmann::json registration_batches_json(const std::vector<store::RegistrationBatchRecord>& batches);
nlohmann::json batch_created_json(const services::BatchCreated& c);
// Entries with the NIK masked: the full one is in the downloadable file only.
nlohmann::json batch_detail_json(const services::BatchDetail& d);
nlohmann::json response_result_json(const services::ResponseResult& r);

nlohmann::json card_batch_json(const store::CardBatchRecord& b);
// The items of GET /cards/batches (a page).
nlohmann::json card_batches_json(const std::vector<store::CardBatchRecord>& batches);
// A member card as the API answers it (never its token), mapped from store::CardRecord in one
// place, so that a change of the store cannot change the answer silently.
struct CardAnswer {
  struct Stamp {
    std::string oleh, pada;
  };
  std::int64_t id = 0, batch_id = 0, pekerja_id = 0;
  std::string status;
  Stamp diminta, dicetak, diserahkan;
};
CardAnswer card_answer(const store::CardRecord& card);
nlohmann::json to_json(const CardAnswer& card);
// to_json(card_answer(card)).
nlohmann::json card_json(const store::CardRecord& c);
// GET /workers/:id/cards: {"items":[card]}.
nlohmann::json cards_json(const std::vector<store::CardRecord>& cards);
nlohmann::json card_request_json(const services::CardRequestResult& r);
nlohmann::json card_batch_detail_json(const services::CardBatchDetail& d);
// Initials and the active text only.
nlohmann::json public_card_json(const services::PublicCardStatus& st);
// The page /v/<token> shows: the same facts as public_card_json, every value escaped.
std::string public_card_html(const services::PublicCardStatus& st);

}  // namespace lindungi::wire
