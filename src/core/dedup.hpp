#pragma once
// "Same person, other NIK" (DESIGN.md §2 step 2): Indonesian name normalisation, NIK typo
// detection, and a score for a pair of records. Exact NIK duplicates are not handled here: the
// NIK is the registry's key and an exact match is the same record (update or unchanged).
//
// The score adds evidence for and against, like a Fellegi-Sunter match weight: a near NIK (one
// digit mistyped or two neighbours swapped), the same birth date, a similar name, the same
// kelurahan and RT, the same sex. A pair is a candidate for the review queue when the evidence
// reaches `DedupPolicy::candidate_threshold`. Candidates are only ever proposed: an operator
// merges or dismisses them.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/nik.hpp"

namespace lindungi {

// Lower case, ASCII letters and single spaces; titles (H., Hj., Dr., Drs., Ir., Prof., KH.) and
// academic degrees (", S.Pd., M.Pd.", "S.E.") removed; Muhammad/Muhamad/Mohammad/Moh./Muh./M.
// unified to "muhammad", Abd./Abdoel to "abdul"; old spellings (dj, tj, oe, sj, ch) and doubled
// letters unified; "bin"/"binti" dropped. "H. Moh. Rizky Pratama, S.Pd." -> "muhammad rizki pratama".
std::string normalize_person_name(std::string_view name);

// Jaro-Winkler similarity of two strings, 0..1.
double jaro_winkler(std::string_view a, std::string_view b);

// Similarity of two normalised names, 0..1: every word of the shorter name must find a close word
// in the other (order free), so "muhammad hasan" and "muhammad husin" are not similar, while
// "siti aminah" and "aminah siti" are; spacing differences ("nur hayati"/"nurhayati") are equal.
double name_similarity(std::string_view normalized_a, std::string_view normalized_b);

enum class NikRelation { same, one_digit, transposed, different };

struct NikComparison {
  NikRelation relation = NikRelation::different;
  int position = 0;  // 1-based digit that differs (the first of the two for a transposition)
};

// Two 16-digit NIKs: equal, one digit mistyped, two neighbouring digits swapped, or different.
NikComparison compare_nik(std::string_view a, std::string_view b);

// What the scorer compares of a record.
struct PersonKey {
  std::int64_t id = 0;  // worker id, or 0 for a row not yet stored
  std::string nik;
  std::string nama_normal;  // normalize_person_name(nama)
  std::optional<Date> tanggal_lahir;
  std::optional<Sex> jenis_kelamin;
  std::string kode_kelurahan;
  int rt = 0;
};

struct DedupPolicy {
  double candidate_threshold = 6.5;  // evidence at or above which a pair goes to the review queue
};

struct DedupMatch {
  double evidence = 0;  // sum of the weights below
  double score = 0;     // 0..1, a logistic of the evidence, for display and sorting
  bool candidate = false;
  std::vector<std::string> reasons;  // Indonesian, one per piece of evidence
};

// Evidence weights (positive: for the same person; negative: against).
//   NIK: one digit mistyped or two swapped +4; otherwise -1.
//   birth date: same +3; a slip (another day or month in the same year, day and month swapped,
//   the year before or after) +1; else -3.
//   name: similarity >= 0.97 +4, >= 0.92 +2.5, >= 0.85 +1, >= 0.70 -4, else -6.
//   place: same RT +2.5, same kelurahan +1.5, else -1.5.
//   sex: same +0.5, different -3.
// So the same birth date and a similar name in the same kelurahan reach the threshold without a
// near NIK, and a near NIK with a similar name reaches it anywhere; a different kelurahan with a
// far NIK never does, nor do twins (NIKs one serial apart, same day, same RT) with different
// given names.
DedupMatch score_pair(const PersonKey& a, const PersonKey& b, const DedupPolicy& policy = {});

// True when a pair sharing a birth date can reach the threshold at all (same kelurahan or a near
// NIK): the cheap filter a candidate search applies before comparing names.
bool worth_scoring(const PersonKey& a, const PersonKey& b);
bool worth_scoring(std::string_view nik_a, std::string_view kelurahan_a, std::string_view nik_b,
                   std::string_view kelurahan_b);

}  // namespace lindungi
