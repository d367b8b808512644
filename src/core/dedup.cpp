#include "core/dedup.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace lindungi {

namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Titles written before a name (compared without dots, lower case).
constexpr std::array<std::string_view, 22> kPrefixTitles = {
    "h",      "hj",    "haji",     "hajjah",  "dr",    "drs", "dra", "ir",  "prof", "kh", "ust",
    "ustadz", "ustaz", "ustadzah", "ustazah", "bapak", "bpk", "ibu", "sdr", "sdri", "tn", "ny"};

// Academic degrees written after a name ("Budi, S.Pd., M.Pd."), compared without dots.
constexpr std::array<std::string_view, 46> kDegrees = {
    "spd",  "spdi",  "se",     "sh",     "st",  "skom", "sag",  "ssos", "skep", "ssi", "sked", "sip",
    "sthi", "sfarm", "spsi",   "sikom",  "shi", "sei",  "stp",  "spt",  "sp",   "ssn", "ssy",  "sos",
    "mpd",  "msi",   "mm",     "mkes",   "mh",  "mag",  "mkom", "mt",   "msc",  "ma",  "mba",  "phd",
    "amd",  "ama",   "amdkeb", "amdkep", "lc",  "dra",  "drs",  "ir",   "dr",   "bsc"};

bool in(std::string_view word, const auto& list) { return std::find(list.begin(), list.end(), word) != list.end(); }

std::string strip_dots(std::string_view t) {
  std::string out;
  for (char c : t)
    if (c != '.') out.push_back(lower(c));
  return out;
}

// A token like "S.Pd", "M.Pd.", "A.Md" or "S.E.": letters with a dot after the first one or two.
bool looks_like_degree(std::string_view raw) {
  const auto dot = raw.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot > 2) return false;
  return in(strip_dots(raw), kDegrees);
}

std::string canonical_word(std::string w) {
  static constexpr std::array<std::string_view, 17> kMuhammad = {
      "muhammad", "muhamad", "muhammed", "muhamed", "mohammad", "mohamad", "mohammed",  "mohamed", "mochammad",
      "mochamad", "mohd",    "moch",     "moh",     "muh",      "mhd",     "mukhammad", "md"};
  if (in(w, kMuhammad)) return "muhammad";
  if (w == "abd" || w == "abdoel" || w == "abdul") return "abdul";
  // Old (pre-1972) spellings and common spelling variants, applied left to right.
  struct Respelling {
    std::string_view from, to;
  };
  static constexpr Respelling kRespell[] = {{"dj", "j"}, {"tj", "c"}, {"oe", "u"}, {"sj", "sy"}, {"ch", "kh"}};
  std::string out;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    const auto respelt = std::find_if(std::begin(kRespell), std::end(kRespell),
                                      [&](const Respelling& r) { return w.compare(i, 2, r.from) == 0; });
    if (respelt != std::end(kRespell)) {
      out += respelt->to;
      ++i;
      continue;
    }
    if (!out.empty() && out.back() == c) continue;  // doubled letters: "Aminnah" = "Aminah"
    out.push_back(c);
  }
  if (out.size() > 2 && out.back() == 'y') out.back() = 'i';  // Rizky = Rizki
  return out;
}

}  // namespace

std::string normalize_person_name(std::string_view name) {
  // Degrees follow the first comma by convention ("Siti Aminah, S.Pd.").
  if (const auto comma = name.find(','); comma != std::string_view::npos) name = name.substr(0, comma);

  // Raw whitespace-separated tokens, then degrees dropped and dotted initials split.
  std::vector<std::string> raw;
  std::string cur;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == '/' || c == '_') {
      if (!cur.empty()) raw.push_back(std::move(cur)), cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) raw.push_back(std::move(cur));

  std::vector<std::string> words;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (i > 0 && looks_like_degree(raw[i])) continue;
    std::string word;
    auto flush = [&] {
      if (!word.empty()) words.push_back(std::move(word)), word.clear();
    };
    for (char c : raw[i]) {
      if (c == '.')
        flush();
      else if (is_ascii_letter(c))
        word.push_back(lower(c));
      else if (static_cast<unsigned char>(c) >= 0x80)
        word.push_back(c);  // keep UTF-8 letters as they are
      // apostrophes, digits and other marks are dropped: "Ma'ruf" = "Maruf"
    }
    flush();
  }

  // Titles in front of the name, then a leading single "m" (M. Rizki = Muhammad Rizki).
  std::size_t first = 0;
  while (first + 1 < words.size() && in(words[first], kPrefixTitles)) ++first;
  std::string out;
  for (std::size_t i = first; i < words.size(); ++i) {
    std::string w = words[i];
    if (w == "bin" || w == "binti") continue;
    w = (i == first && w == "m") ? std::string{"muhammad"} : canonical_word(std::move(w));
    if (w.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

double jaro_winkler(std::string_view a, std::string_view b) {
  if (a.empty() && b.empty()) return 1.0;
  if (a.empty() || b.empty()) return 0.0;
  if (a == b) return 1.0;
  const std::size_t window = std::max<std::size_t>(std::max(a.size(), b.size()) / 2, 1) - 1;
  // Names are short; fixed buffers avoid allocating in the hot loop.
  std::array<bool, 128> ma{}, mb{};
  const std::size_t la = std::min<std::size_t>(a.size(), 128), lb = std::min<std::size_t>(b.size(), 128);
  std::size_t matches = 0;
  for (std::size_t i = 0; i < la; ++i) {
    const std::size_t lo = i > window ? i - window : 0, hi = std::min(lb, i + window + 1);
    for (std::size_t j = lo; j < hi; ++j) {
      if (!mb[j] && a[i] == b[j]) {
        ma[i] = mb[j] = true;
        ++matches;
        break;
      }
    }
  }
  if (matches == 0) return 0.0;
  std::size_t t = 0, k = 0;
  for (std::size_t i = 0; i < la; ++i) {
    if (!ma[i]) continue;
    while (!mb[k]) ++k;
    if (a[i] != b[k]) ++t;
    ++k;
  }
  const double m = static_cast<double>(matches);
  const double jaro =
      (m / static_cast<double>(la) + m / static_cast<double>(lb) + (m - static_cast<double>(t) / 2) / m) / 3;
  std::size_t prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix]) ++prefix;
  return jaro + static_cast<double>(prefix) * 0.1 * (1 - jaro);
}

namespace {

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto j = s.find(' ', i);
    const auto end = j == std::string_view::npos ? s.size() : j;
    if (end > i) out.push_back(s.substr(i, end - i));
    i = end + 1;
  }
  return out;
}

// The name as one word, doubled letters collapsed again across the joins ("rosmiati ismail" and
// "rosmiatiismail" are the same letters).
std::string without_spaces(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && (out.empty() || out.back() != c)) out.push_back(c);
  return out;
}

}  // namespace

double name_similarity(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return 0.0;
  if (a == b) return 1.0;
  const std::string ja = without_spaces(a), jb = without_spaces(b);
  if (ja == jb) return 1.0;
  auto wa = split_words(a), wb = split_words(b);
  if (wa.size() > wb.size()) std::swap(wa, wb);
  // Every word of the shorter name against its best partner in the longer one; the weakest
  // link decides, so one different given name is enough to tell two people apart.
  double weakest = 1.0, total = 0.0;
  std::size_t letters = 0;
  std::vector<bool> used(wb.size(), false);
  for (const auto& w : wa) {
    double best = 0.0;
    std::size_t best_j = 0;
    for (std::size_t j = 0; j < wb.size(); ++j) {
      if (used[j]) continue;
      double s = jaro_winkler(w, wb[j]);
      // An initial matches a word it begins: "s aminah" ~ "siti aminah".
      if (w.size() == 1 && wb[j].front() == w.front()) s = std::max(s, 0.9);
      if (wb[j].size() == 1 && w.front() == wb[j].front()) s = std::max(s, 0.9);
      if (s > best) best = s, best_j = j;
    }
    if (!wb.empty()) used[best_j] = true;
    weakest = std::min(weakest, best);
    total += best * static_cast<double>(w.size());
    letters += w.size();
  }
  double words = letters ? total / static_cast<double>(letters) : 0.0;
  words = std::min(words, weakest + 0.05);
  // Extra words in the longer name cost: a lone given name ("Hasan") is common enough that
  // "Hasan Lubis" is only similar to it, not the same; a missing third name costs a little.
  if (wa.size() == 1 && wb.size() > 1)
    words = std::min(words, 0.90);
  else if (wb.size() > wa.size())
    words *= 0.95;
  // Whole-string comparison catches splits and joins the word pairing misses ("nurhayati").
  return std::max(words, jaro_winkler(ja, jb) >= 0.97 ? jaro_winkler(ja, jb) : 0.0);
}

NikComparison compare_nik(std::string_view a, std::string_view b) {
  NikComparison r;
  if (a.size() != 16 || b.size() != 16) return r;
  if (a == b) {
    r.relation = NikRelation::same;
    return r;
  }
  int diffs = 0, first = -1, second = -1;
  for (int i = 0; i < 16; ++i) {
    if (a[static_cast<std::size_t>(i)] != b[static_cast<std::size_t>(i)]) {
      if (++diffs > 2) return r;
      (first < 0 ? first : second) = i;
    }
  }
  if (diffs == 1) {
    r.relation = NikRelation::one_digit;
    r.position = first + 1;
  } else if (second == first + 1 && a[static_cast<std::size_t>(first)] == b[static_cast<std::size_t>(second)] &&
             a[static_cast<std::size_t>(second)] == b[static_cast<std::size_t>(first)]) {
    r.relation = NikRelation::transposed;
    r.position = first + 1;
  }
  return r;
}

bool worth_scoring(std::string_view nik_a, std::string_view kel_a, std::string_view nik_b, std::string_view kel_b) {
  if (kel_a == kel_b) return true;
  const auto rel = compare_nik(nik_a, nik_b).relation;
  return rel == NikRelation::one_digit || rel == NikRelation::transposed;
}

bool worth_scoring(const PersonKey& a, const PersonKey& b) {
  return worth_scoring(a.nik, a.kode_kelurahan, b.nik, b.kode_kelurahan);
}

DedupMatch score_pair(const PersonKey& a, const PersonKey& b, const DedupPolicy& policy) {
  DedupMatch m;
  auto add = [&](double weight, std::string reason) {
    m.evidence += weight;
    m.reasons.push_back(std::move(reason));
  };

  const NikComparison nik = compare_nik(a.nik, b.nik);
  if (nik.relation == NikRelation::one_digit)
    add(4, "NIK hanya berbeda satu digit (digit ke-" + std::to_string(nik.position) + ")");
  else if (nik.relation == NikRelation::transposed)
    add(4, "NIK sama kecuali dua digit bertukar tempat (digit ke-" + std::to_string(nik.position) + " dan ke-" +
               std::to_string(nik.position + 1) + ")");
  else if (nik.relation == NikRelation::same)
    add(8, "NIK sama");
  else
    add(-1, "NIK berbeda");

  if (a.tanggal_lahir && b.tanggal_lahir) {
    const Date& x = *a.tanggal_lahir;
    const Date& y = *b.tanggal_lahir;
    // Typing slips: another day or month in the same year, day and month swapped, the year next
    // door. Decades apart on the same day is a father and son, not a typo.
    const bool near = (x.year == y.year && (x.day == y.day || x.month == y.month)) ||
                      (x.year == y.year && x.day == y.month && x.month == y.day) ||
                      (x.day == y.day && x.month == y.month && (x.year - y.year == 1 || y.year - x.year == 1));
    if (x == y)
      add(3, "Tanggal lahir sama (" + x.id() + ")");
    else if (near)
      add(1, "Tanggal lahir hampir sama (" + x.id() + " dan " + y.id() + ")");
    else
      add(-3, "Tanggal lahir berbeda (" + x.id() + " dan " + y.id() + ")");
  }

  const double sim = name_similarity(a.nama_normal, b.nama_normal);
  const int pct = static_cast<int>(std::lround(sim * 100));
  if (sim >= 0.97)
    add(4, "Nama sama (" + std::to_string(pct) + "%)");
  else if (sim >= 0.92)
    add(2.5, "Nama sangat mirip (" + std::to_string(pct) + "%)");
  else if (sim >= 0.85)
    add(1, "Nama mirip (" + std::to_string(pct) + "%)");
  else if (sim >= 0.70)
    add(-4, "Nama berbeda (" + std::to_string(pct) + "%)");
  else
    add(-6, "Nama berbeda (" + std::to_string(pct) + "%)");

  if (!a.kode_kelurahan.empty() && a.kode_kelurahan == b.kode_kelurahan)
    add(a.rt == b.rt ? 2.5 : 1.5, a.rt == b.rt ? "RT dan kelurahan sama" : "Kelurahan sama, RT berbeda");
  else
    add(-1.5, "Kelurahan berbeda");

  if (a.jenis_kelamin && b.jenis_kelamin) {
    if (*a.jenis_kelamin == *b.jenis_kelamin)
      add(0.5, "Jenis kelamin sama");
    else
      add(-3, "Jenis kelamin berbeda");
  }

  m.score = 1.0 / (1.0 + std::exp(-(m.evidence - 4.0)));
  m.candidate = m.evidence >= policy.candidate_threshold;
  return m;
}

}  // namespace lindungi
