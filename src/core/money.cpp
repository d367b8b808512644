#include "core/money.hpp"

#include <cctype>

namespace lindungi {

std::string format_thousands(std::int64_t n) {
  // Work on the magnitude as unsigned so INT64_MIN does not overflow.
  const bool negative = n < 0;
  std::uint64_t v = negative ? 0 - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
  std::string digits = std::to_string(v);
  std::string out;
  out.reserve(digits.size() + digits.size() / 3 + 1);
  const std::size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out.append(digits, 0, first);
  for (std::size_t i = first; i < digits.size(); i += 3) {
    out.push_back('.');
    out.append(digits, i, 3);
  }
  return negative ? "-" + out : out;
}

std::string format_rupiah(Rupiah amount) {
  std::string body = format_thousands(amount);
  if (amount < 0) return "-Rp" + body.substr(1);
  return "Rp" + body;
}

std::optional<Rupiah> parse_rupiah(std::string_view original) {
  // Excel and web forms put no-break spaces (UTF-8 C2 A0) where people see spaces.
  std::string normalized;
  normalized.reserve(original.size());
  for (std::size_t i = 0; i < original.size(); ++i) {
    if (original[i] == '\xC2' && i + 1 < original.size() && original[i + 1] == '\xA0') {
      normalized.push_back(' ');
      ++i;
    } else {
      normalized.push_back(original[i]);
    }
  }
  std::string_view text = normalized;
  auto is_space = [](char c) { return c == ' ' || c == '\t'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  if (text.size() >= 2 && (text[0] == 'R' || text[0] == 'r') && (text[1] == 'p' || text[1] == 'P')) {
    text.remove_prefix(2);
    if (!text.empty() && text.front() == '.') text.remove_prefix(1);  // "Rp. 1.500.000"
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  }
  // A decimal comma is allowed only with zeros after it ("1.500.000,00") or as the usual ",-"
  // ("Rp 1.500.000,-"): no fractions of a Rupiah.
  if (const auto comma = text.find(','); comma != std::string_view::npos) {
    const auto tail = text.substr(comma + 1);
    if (tail != "-" && (tail.empty() || tail.find_first_not_of('0') != std::string_view::npos)) return std::nullopt;
    text = text.substr(0, comma);
  }
  if (text.empty()) return std::nullopt;
  // Either plain digits, or groups of three separated consistently by '.' or ' '.
  std::string digits;
  char separator = 0;
  std::size_t group_len = 0, groups = 1;
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits.push_back(c);
      ++group_len;
    } else if (c == '.' || c == ' ') {
      if (separator != 0 && separator != c) return std::nullopt;
      if (groups == 1 ? (group_len == 0 || group_len > 3) : group_len != 3) return std::nullopt;
      separator = c;
      ++groups;
      group_len = 0;
    } else {
      return std::nullopt;
    }
  }
  if (groups > 1 && group_len != 3) return std::nullopt;
  if (digits.size() > 18) return std::nullopt;  // keeps the value well inside int64
  Rupiah value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

Rupiah apply_basis_points(Rupiah amount, std::int64_t basis_points) {
  const __int128 product = static_cast<__int128>(amount) * basis_points;
  const __int128 half = 5000;
  const __int128 q = product >= 0 ? (product + half) / 10000 : (product - half) / 10000;
  return static_cast<Rupiah>(q);
}

}  // namespace lindungi
