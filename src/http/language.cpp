#include "http/language.hpp"

#include <cctype>
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

// "Desember 2026" -> "December 2026": texts and files carry months as words (a cover decision, an
// invoice's months, a subtitle); only a month name followed by a year changes, so that a person
// called Juni stays Juni.
void english_months(std::string& s) {
  static const std::pair<std::string_view, std::string_view> months[] = {
      {"Januari", "January"}, {"Februari", "February"}, {"Maret", "March"},
      {"April", "April"},     {"Mei", "May"},           {"Juni", "June"},
      {"Juli", "July"},       {"Agustus", "August"},    {"September", "September"},
      {"Oktober", "October"}, {"November", "November"}, {"Desember", "December"}};
  auto is_digit = [&](std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  for (const auto& [id, en] : months) {
    for (std::size_t at = s.find(id); at != std::string::npos; at = s.find(id, at + 1)) {
      const std::size_t end = at + id.size();
      const bool word_start = at == 0 || !std::isalpha(static_cast<unsigned char>(s[at - 1]));
      if (!word_start || end >= s.size() || s[end] != ' ' || !is_digit(end + 1) || !is_digit(end + 4) ||
          is_digit(end + 5))
        continue;
      s.replace(at, id.size(), en);
    }
  }
}

// Keys whose strings are always texts the server wrote: messages and labels, and the legal basis
// and arithmetic of a figure (a benefit line's `basis`, a rule's `source`, `dasar_hukum`,
// `rounding`, the coverage report's `nilai_perlindungan_dasar`).
bool human_key(std::string_view key) {
  return key == "message" || key == "pesan" || key == "label" || key == "penjelasan" || key == "keterangan" ||
         key == "teks" || key == "basis" || key == "source" || key == "dasar_hukum" || key == "rounding" ||
         key == "nilai_perlindungan_dasar" || (key.size() > 6 && key.substr(key.size() - 6) == "_label");
}

// Keys whose strings are sometimes the server's text and sometimes a person's: a single `alasan`
// (a worker's status reason is "Meninggal 23/09/2026 (kasus klaim #1)" or what a checker typed),
// `dasar` (a checklist item's regulation, or the decree number an admin typed for a holiday).
// Translated when the catalogue knows the text, otherwise kept without being recorded.
bool mixed_key(std::string_view key) { return key == "alasan" || key == "dasar"; }

enum class Unknown { record, keep };

void translate_value(nlohmann::ordered_json& value, Unknown unknown = Unknown::record) {
  if (!value.is_string()) return;
  const std::string& text = value.get_ref<const std::string&>();
  if (text.empty()) return;
  if (auto english = services::MessageCatalogue::english().translate(text)) {
    english_months(*english);  // a part such as "Desember 2026" inside a translated text
    value = std::move(*english);
  } else if (unknown == Unknown::record) {
    record_missing(text);
  }
}

// An audit entry's or a pending change's values (`perubahan`): codes, data, names and what people
// typed, among which the server's own sentences (a status reason) are translated. A value without
// a space is a code or a datum the web app labels itself ("ditolak" stays "ditolak", not
// "rejected"); nothing is recorded.
void walk_mixed(nlohmann::ordered_json& node) {
  if (node.is_string()) {
    if (node.get_ref<const std::string&>().find(' ') != std::string::npos) translate_value(node, Unknown::keep);
  } else if (node.is_array() || node.is_object()) {
    for (auto& item : node) walk_mixed(item);
  }
}

// Lists of texts the server writes: a benefit quote's `notes`, a premium quote's `warnings`, the
// reasons of a duplicate pair or a scholarship decision (`alasan` as a list).
bool human_list_key(std::string_view key) { return key == "notes" || key == "alasan" || key == "warnings"; }

void walk(nlohmann::ordered_json& node) {
  if (node.is_array()) {
    for (auto& item : node) walk(item);
  } else if (node.is_object()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      if (it.key() == "perubahan") {
        walk_mixed(it.value());
      } else if (it.value().is_string()) {
        if (human_key(it.key()))
          translate_value(it.value());
        else if (mixed_key(it.key()))
          translate_value(it.value(), Unknown::keep);
      } else if (it.value().is_array() && human_list_key(it.key())) {
        for (auto& item : it.value()) {
          if (item.is_string())
            translate_value(item);
          else
            walk(item);  // an import's `warnings` are records with a `message`
        }
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
                          "\"keterangan\"", "\"teks\"", "\"basis\"", "\"source\"", "\"dasar", "\"rounding\"",
                          "\"perubahan\"", "\"warnings\"", "\"nilai_perlindungan_dasar\""})
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

void localize(formats::Table& table, services::Language language) {
  if (language != services::Language::en) return;
  const auto& catalogue = services::MessageCatalogue::english();
  auto text = [&](std::string& s, Unknown unknown) {
    if (s.empty()) return;
    if (auto english = catalogue.translate(s))
      s = std::move(*english);
    else if (unknown == Unknown::record)
      record_missing(s);
    english_months(s);
  };
  text(table.sheet, Unknown::record);
  for (auto& h : table.header) text(h, Unknown::record);
  // Cells hold names, codes and figures besides the server's labels and messages: only what the
  // catalogue knows changes, digits are not even looked up.
  for (auto& row : table.rows)
    for (auto& cell : row)
      if (cell.find_first_not_of("0123456789.-/: ") != std::string::npos) text(cell, Unknown::keep);
}

void localize(formats::ReportDocument& document, services::Language language) {
  if (language != services::Language::en) return;
  const auto& catalogue = services::MessageCatalogue::english();
  auto text = [&](std::string& s) {
    if (auto english = catalogue.translate(s))
      s = std::move(*english);
    else
      record_missing(s);
    english_months(s);
  };
  text(document.title);
  for (auto& line : document.subtitle) text(line);
  for (auto& table : document.tables) localize(table, language);
}

std::function<std::string(const std::string&)> pdf_words(services::Language language) {
  if (language != services::Language::en) return {};
  return [](const std::string& indonesian) {
    auto english = services::MessageCatalogue::english().translate(indonesian);
    if (!english) record_missing(indonesian);
    return english ? *english : indonesian;
  };
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
