#include "core/phone.hpp"

#include <cctype>

namespace lindungi {

std::optional<std::string> normalize_phone(std::string_view text) {
  std::string digits;
  bool plus = false;
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c)))
      digits.push_back(c);
    else if (c == '+' && digits.empty() && !plus)
      plus = true;
    else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')')
      return std::nullopt;
  }
  // 08..., 628..., +628... -> the national number 08... (10-13 digits, shared/data/README.md §6),
  // then +62 in place of its trunk 0 (issue 20 item 5: one canonical form, E.164).
  if (digits.rfind("62", 0) == 0)
    digits.replace(0, 2, "0");
  else if (plus)
    return std::nullopt;
  if (digits.rfind("08", 0) != 0 || digits.size() < 10 || digits.size() > 13 || digits[2] == '0') return std::nullopt;
  digits.replace(0, 1, "+62");
  return digits;
}

std::string phone_problem() {
  return "Nomor HP harus nomor seluler Indonesia yang diawali 08, 628 atau +628, 10-13 angka bila diawali 0, "
         "mis. 081234567890 atau +6281234567890";
}

std::string phone_national(std::string_view canonical) {
  std::string out;
  if (canonical.rfind("+62", 0) == 0) {
    out.reserve(canonical.size() - 2);
    out.push_back('0');
    out.append(canonical.substr(3));
  } else {
    out.assign(canonical);
  }
  return out;
}

}  // namespace lindungi
