#include "http/language.hpp"

#include <mutex>
#include <nlohmann/json.hpp>
#include <set>

namespace lindungi::http {

namespace {

std::mutex missing_mutex;
std::set<std::string> missing;

void record_missing(const std::string& text) {
  const std::lock_guard lock(missing_mutex);
  if (missing.size() < 200) missing.insert(text);
}

bool human_key(std::string_view key) {
  return key == "message" || key == "pesan" || key == "label" || key == "penjelasan" || key == "keterangan" ||
         key == "teks" || (key.size() > 6 && key.substr(key.size() - 6) == "_label");
}

void translate_value(nlohmann::ordered_json& value) {
  if (!value.is_string()) return;
  const std::string& text = value.get_ref<const std::string&>();
  if (text.empty()) return;
  if (auto english = services::MessageCatalogue::english().translate(text))
    value = std::move(*english);
  else
    record_missing(text);
}

// Lists of texts the server writes: a benefit quote's `notes`, the reasons of a duplicate pair or
// a scholarship decision (`alasan` as a list; a single `alasan` string is what a user wrote).
bool human_list_key(std::string_view key) { return key == "notes" || key == "alasan"; }

void walk(nlohmann::ordered_json& node) {
  if (node.is_array()) {
    for (auto& item : node) walk(item);
  } else if (node.is_object()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      if (it.value().is_string()) {
        if (human_key(it.key())) translate_value(it.value());
      } else if (it.value().is_array() && human_list_key(it.key())) {
        for (auto& item : it.value()) translate_value(item);
      } else {
        walk(it.value());
      }
    }
  }
}

// Whether the body may hold a human text at all: most answers (lists of numbers, reports) do not,
// and are then neither parsed nor written again.
bool may_hold_text(const std::string& body) {
  for (const char* key : {"\"message\"", "\"pesan\"", "label\"", "\"notes\"", "\"alasan\"", "\"penjelasan\"",
                          "\"keterangan\"", "\"teks\""})
    if (body.find(key) != std::string::npos) return true;
  return false;
}

}  // namespace

void localize(ApiResponse& response, services::Language language) {
  if (response.content_type.rfind("application/json", 0) != 0) return;
  response.headers.emplace_back("Content-Language", std::string{services::language_tag(language)});
  response.headers.emplace_back("Vary", "Accept-Language");
  if (language != services::Language::en || !may_hold_text(response.body)) return;
  auto doc = nlohmann::ordered_json::parse(response.body, nullptr, false);
  if (doc.is_discarded()) return;
  walk(doc);
  response.body = doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::string> untranslated_messages() {
  const std::lock_guard lock(missing_mutex);
  return {missing.begin(), missing.end()};
}

void clear_untranslated_messages() {
  const std::lock_guard lock(missing_mutex);
  missing.clear();
}

}  // namespace lindungi::http
