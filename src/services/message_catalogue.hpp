#pragma once
// The server's second language (issue 17 item 10). Messages are written in Bahasa Indonesia where
// they arise; the HTTP adapter translates them on the way out from a catalogue kept as data
// (data/i18n/en.json, compiled into the binary), keyed by the Indonesian template with `{}` for
// each part computed at run time: "Pekerja dengan id {} tidak ditemukan" -> "Worker with id {} was
// not found". The computed parts are carried over unchanged (or translated themselves when they
// are a catalogued text, or a list of them joined by "; ": "Baris 4: {}" with a field problem
// inside). docs/ARCHITECTURE.md
// "Languages" has the design; tests/i18n/messages.py keeps the catalogue complete.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lindungi::services {

enum class Language { id, en };

// The language of an Accept-Language header: English when the most preferred language the
// server has (q-values honoured, q=0 refused) is `en` or `en-*`; Indonesian otherwise, and
// when the header is absent or unreadable.
Language language_from_accept(std::string_view accept_language);
std::string_view language_tag(Language language);  // "id", "en"

class MessageCatalogue {
 public:
  // `json_text`: {"<Indonesian template>": "<English template>", ...}; keys starting with '_'
  // are metadata. The English side may place the parts in another order with {0}, {1}, ...
  // Throws std::invalid_argument on a malformed catalogue (a wrong file must not start a server).
  explicit MessageCatalogue(std::string_view json_text);

  // The English catalogue compiled into the program.
  static const MessageCatalogue& english();

  // The translation of `text`, or nothing when no entry matches (the caller keeps the original).
  std::optional<std::string> translate(std::string_view text) const;

  std::size_t size() const { return exact_.size() + patterns_.size(); }

 private:
  struct Piece {
    bool hole = false;
    std::size_t index = 0;  // which captured part, for a hole
    std::string text;       // for a literal
  };
  struct Pattern {
    std::vector<std::string> literals;  // n+1 literals around n holes; the first or last may be empty
    std::vector<Piece> english;
    std::size_t weight = 0;  // literal characters: the most specific match wins
  };
  bool match(const Pattern& p, std::string_view text, std::vector<std::string_view>& parts) const;
  std::optional<std::string> translate(std::string_view text, int depth) const;
  std::optional<std::string> translate_pattern(std::string_view text, int depth) const;
  std::optional<std::string> translate_list(std::string_view text, int depth) const;

  std::unordered_map<std::string, std::string> exact_;  // templates without a hole
  std::vector<Pattern> patterns_;
  // Candidates by literal prefix (templates that start with text) or, for templates that start
  // with a hole, by literal suffix: a few hash lookups per message instead of a scan.
  std::unordered_map<std::string, std::vector<std::size_t>> by_prefix_, by_suffix_;
  std::vector<std::size_t> prefix_lengths_, suffix_lengths_;  // distinct key lengths
};

}  // namespace lindungi::services
