#pragma once
// JSON shapes of BPJS registration and member cards, shared by the API and the CLI (docs/API.md).
#include <nlohmann/json.hpp>

#include "services/bpjs_registration_service.hpp"
#include "services/card_service.hpp"

namespace lindungi::wire {

nlohmann::json registration_batch_json(const store::RegistrationBatchRecord& b);
nlohmann::json batch_created_json(const services::BatchCreated& c);
// Entries with the NIK masked: the full one is in the downloadable file only.
nlohmann::json batch_detail_json(const services::BatchDetail& d);
nlohmann::json response_result_json(const services::ResponseResult& r);

nlohmann::json card_batch_json(const store::CardBatchRecord& b);
nlohmann::json card_json(const store::CardRecord& c);  // without the token
nlohmann::json card_request_json(const services::CardRequestResult& r);
nlohmann::json card_batch_detail_json(const services::CardBatchDetail& d);
// Initials and the active text only.
nlohmann::json public_card_json(const services::PublicCardStatus& st);
// The page /v/<token> shows: the same facts as public_card_json, every value escaped.
std::string public_card_html(const services::PublicCardStatus& st);

}  // namespace lindungi::wire
