#include "services/message_catalogue.hpp"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <tuple>

namespace lindungi::embedded {
const std::vector<std::pair<std::string_view, std::string_view>>& i18n_catalogues();
}

namespace lindungi::services {

namespace {

constexpr std::size_t kKey = 16;  // bytes of a literal prefix/suffix used as an index key

std::string lower_view(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

std::string_view trim_view(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

Language language_from_accept(std::string_view header) {
  // "en-US,en;q=0.9,id;q=0.8": the highest q among the languages we have decides; a tie goes to
  // the one listed first. `*` means any, i.e. the default.
  double best_q = -1;
  Language best = Language::id;
  while (!header.empty()) {
    const std::size_t comma = header.find(',');
    std::string_view item = header.substr(0, comma);
    header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
    const std::size_t semi = item.find(';');
    const std::string tag = lower_view(trim_view(item.substr(0, semi)));
    double q = 1.0;
    if (semi != std::string_view::npos) {
      std::string_view params = item.substr(semi + 1);
      const std::size_t at = params.find("q=");
      if (at != std::string_view::npos) {
        const std::string number{trim_view(params.substr(at + 2, params.find(';', at) - at - 2))};
        try {
          q = std::stod(number);
        } catch (...) {
          q = 0;  // unreadable: ignore this language
        }
      }
    }
    if (q <= 0 || tag.empty()) continue;
    std::optional<Language> lang;
    if (tag == "en" || tag.rfind("en-", 0) == 0)
      lang = Language::en;
    else if (tag == "id" || tag.rfind("id-", 0) == 0 || tag == "in" || tag == "*")
      lang = Language::id;
    if (lang && q > best_q) {
      best_q = q;
      best = *lang;
    }
  }
  return best;
}

std::string_view language_tag(Language language) { return language == Language::en ? "en" : "id"; }

MessageCatalogue::MessageCatalogue(std::string_view json_text) {
  const auto doc = nlohmann::json::parse(json_text, nullptr, false);
  if (!doc.is_object()) throw std::invalid_argument("katalog pesan bukan objek JSON");
  for (const auto& [key, value] : doc.items()) {
    if (key.empty() || key.front() == '_') continue;
    if (!value.is_string() || value.get_ref<const std::string&>().empty())
      throw std::invalid_argument("katalog pesan: terjemahan kosong untuk \"" + key + "\"");
    const std::string& english = value.get_ref<const std::string&>();
    if (key.find("{}") == std::string::npos) {
      exact_.emplace(key, english);
      continue;
    }
    Pattern p;
    std::size_t pos = 0;
    for (std::size_t hole; (hole = key.find("{}", pos)) != std::string::npos; pos = hole + 2)
      p.literals.push_back(key.substr(pos, hole - pos));
    p.literals.push_back(key.substr(pos));
    for (std::size_t i = 1; i + 1 < p.literals.size(); ++i)
      if (p.literals[i].empty())
        throw std::invalid_argument("katalog pesan: dua tempat isian berdampingan dalam \"" + key + "\"");
    const std::size_t holes = p.literals.size() - 1;
    for (const auto& l : p.literals) p.weight += l.size();
    // The English side: {} in order, or {N} for the N-th part (0-based).
    std::size_t next = 0;
    std::string text;
    for (std::size_t i = 0; i < english.size(); ++i) {
      std::size_t close = english[i] == '{' ? english.find('}', i) : std::string::npos;
      if (close != std::string::npos &&
          std::all_of(english.begin() + static_cast<long>(i) + 1, english.begin() + static_cast<long>(close),
                      [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
        const std::size_t index = close == i + 1 ? next++ : std::stoul(english.substr(i + 1, close - i - 1));
        if (index >= holes)
          throw std::invalid_argument("katalog pesan: tempat isian " + std::to_string(index) + " tidak ada di \"" +
                                      key + "\"");
        if (!text.empty()) p.english.push_back({false, 0, std::move(text)});
        text.clear();
        p.english.push_back({true, index, {}});
        i = close;
      } else {
        text.push_back(english[i]);
      }
    }
    if (!text.empty()) p.english.push_back({false, 0, std::move(text)});
    const std::size_t at = patterns_.size();
    const std::string& first = p.literals.front();
    const std::string& last = p.literals.back();
    if (!first.empty()) {
      by_prefix_[first.substr(0, kKey)].push_back(at);
    } else if (!last.empty()) {
      by_suffix_[last.size() > kKey ? last.substr(last.size() - kKey) : last].push_back(at);
    } else {
      // "{} ... {}": indexed by its longest literal would need a substring search; these are few.
      by_prefix_[""].push_back(at);
    }
    patterns_.push_back(std::move(p));
  }
  std::set<std::size_t> pl, sl;
  for (const auto& [k, _] : by_prefix_) pl.insert(k.size());
  for (const auto& [k, _] : by_suffix_) sl.insert(k.size());
  prefix_lengths_.assign(pl.begin(), pl.end());
  suffix_lengths_.assign(sl.begin(), sl.end());
}

const MessageCatalogue& MessageCatalogue::english() {
  static const MessageCatalogue catalogue = [] {
    for (const auto& [name, text] : embedded::i18n_catalogues())
      if (name == "en.json") return MessageCatalogue(text);
    throw std::logic_error("katalog pesan en.json tidak tertanam dalam program");
  }();
  return catalogue;
}

std::optional<std::string> MessageCatalogue::translate(std::string_view text) const { return translate(text, 0); }

std::optional<std::string> MessageCatalogue::translate(std::string_view text, int depth) const {
  if (const auto it = exact_.find(std::string{text}); it != exact_.end()) return it->second;
  return translate_pattern(text, depth);
}

std::optional<std::string> MessageCatalogue::translate_list(std::string_view text, int depth) const {
  std::string out;
  for (std::size_t pos = 0; pos <= text.size();) {
    const std::size_t end = std::min(text.find("; ", pos), text.size());
    const auto item = translate(text.substr(pos, end - pos), depth);
    if (!item) return std::nullopt;  // all or nothing: never half a sentence in each language
    out += (out.empty() ? "" : "; ") + *item;
    pos = end + 2;
  }
  return out;
}

bool MessageCatalogue::match(const Pattern& p, std::string_view text, std::vector<std::string_view>& parts) const {
  const auto& lit = p.literals;
  const std::size_t holes = lit.size() - 1;
  if (text.size() < p.weight || text.substr(0, lit[0].size()) != lit[0]) return false;
  if (text.substr(text.size() - lit.back().size()) != lit.back()) return false;
  parts.assign(holes, {});
  // Hole i lies between literal i and literal i+1; try every place the next literal occurs
  // (backtracking), the last literal being anchored at the end.
  auto fill = [&](auto&& self, std::size_t i, std::size_t pos) -> bool {
    if (i + 1 == holes) {
      const std::size_t end = text.size() - lit.back().size();
      if (end < pos) return false;
      parts[i] = text.substr(pos, end - pos);
      return true;
    }
    // Where the next literal is only a space ("Anggaran {} {} belum diisi" around "APBD Kota"
    // and "2026"), the part before it is taken as long as possible: a name has spaces, a year or
    // an amount has none. Otherwise as short as possible, so that a nested text keeps its own
    // literals ("... ditolak dari {} baris{}" where the last part repeats " baris").
    const std::string& next = lit[i + 1];
    const std::size_t last = text.size() - lit.back().size();
    if (last < pos + next.size()) return false;
    if (next.find_first_not_of(' ') == std::string::npos) {
      for (std::size_t q = text.rfind(next, last - next.size()); q != std::string_view::npos && q >= pos;
           q = q == 0 ? std::string_view::npos : text.rfind(next, q - 1)) {
        parts[i] = text.substr(pos, q - pos);
        if (self(self, i + 1, q + next.size())) return true;
      }
      return false;
    }
    for (std::size_t q = text.find(next, pos); q != std::string_view::npos && q + next.size() <= last;
         q = text.find(next, q + 1)) {
      parts[i] = text.substr(pos, q - pos);
      if (self(self, i + 1, q + next.size())) return true;
    }
    return false;
  };
  return fill(fill, 0, lit[0].size());
}

std::optional<std::string> MessageCatalogue::translate_pattern(std::string_view text, int depth) const {
  // A template that starts with text beats one that starts with a part (which could swallow
  // the other's beginning: "{} baru, ..." inside "Uji coba ...: {}."), then the one with more
  // literal text.
  auto rank = [](const Pattern& p) {
    return std::tuple{!p.literals.front().empty(), !p.literals.back().empty(), p.weight};
  };
  const Pattern* best = nullptr;
  std::vector<std::string_view> parts, best_parts;
  auto consider = [&](const std::vector<std::size_t>& candidates) {
    for (std::size_t at : candidates) {
      const Pattern& p = patterns_[at];
      if ((!best || rank(p) > rank(*best)) && match(p, text, parts)) {
        best = &p;
        best_parts = parts;
      }
    }
  };
  for (std::size_t len : prefix_lengths_) {
    if (len > text.size()) break;
    if (const auto it = by_prefix_.find(std::string{text.substr(0, len)}); it != by_prefix_.end()) consider(it->second);
  }
  for (std::size_t len : suffix_lengths_) {
    if (len > text.size()) break;
    if (const auto it = by_suffix_.find(std::string{text.substr(text.size() - len)}); it != by_suffix_.end())
      consider(it->second);
  }
  if (!best) return std::nullopt;
  std::string out;
  for (const Piece& piece : best->english) {
    if (!piece.hole) {
      out += piece.text;
      continue;
    }
    const std::string_view part = best_parts[piece.index];
    // A part may itself be a catalogued text ("Baris 4: {}" around a field problem).
    std::optional<std::string> inner;
    if (depth < 4 && !part.empty()) inner = translate(part, depth + 1);
    // ... or a list of them joined by "; " (a duplicate pair's reasons inside an import warning).
    if (!inner && depth < 4 && part.find("; ") != std::string_view::npos) inner = translate_list(part, depth + 1);
    if (inner)
      out += *inner;
    else
      out += part;
  }
  return out;
}

}  // namespace lindungi::services
