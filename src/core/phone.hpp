#pragma once
// Phone numbers (issue 20 item 5), the one rule: an Indonesian mobile number written 08..., 628...
// or +628... (spaces, dashes, dots and brackets between the digits allowed), 10-13 digits in the
// national form 08... with a third digit 1-9 (shared/data/README.md §6), stored in one canonical
// form, E.164 "+628...". The worker form's live check (POST /api/v1/no-hp), a save (validate_worker)
// and the import all use these; the browser holds no copy.
#include <optional>
#include <string>
#include <string_view>

namespace lindungi {

// "0812-3456-7890", "+62 812 3456 7890", "62812..." -> "+6281234567890"; nullopt otherwise.
// A canonical number is returned unchanged.
std::optional<std::string> normalize_phone(std::string_view text);
// What is wrong with a number normalize_phone refuses (Indonesian, for the form and the import).
std::string phone_problem();
// "+6281234567890" -> "081234567890": the national form BPJS's registration file carries
// (docs/BPJS-FILES.md). Anything else is returned as it is.
std::string phone_national(std::string_view canonical);

}  // namespace lindungi
