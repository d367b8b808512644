#pragma once
// Messages on the wire (issue 20): GET /messages (the outbox), the templates and their preview,
// the daily job's tally and a delivery round (`lindungi pesan … --json` prints the same).
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "services/message_delivery.hpp"
#include "services/messages_service.hpp"

namespace lindungi::wire {

nlohmann::json to_json(const store::MessageRecord& m);
nlohmann::json to_json(const services::TemplateView& t);
nlohmann::json to_json(const services::TemplatePreview& p);
nlohmann::json to_json(const services::DailyMessages& d);
nlohmann::json to_json(const services::DeliveryRound& r);
// The items of GET /messages' page (wire/lists.hpp's json_array).
nlohmann::json messages_json(const std::vector<store::MessageRecord>& messages);
// GET /message-templates: {"items": [...]}.
nlohmann::json templates_json(const std::vector<services::TemplateView>& templates);

// {"isi": "…"} of PUT /message-templates/:kode and its preview: 422 naming `isi` when absent or
// not text.
std::string template_text(const nlohmann::json& body);
// {"setuju": true|false} of PUT /workers/:id/pesan.
bool consent(const nlohmann::json& body);

}  // namespace lindungi::wire
