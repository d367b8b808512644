#pragma once
// Rupiah are whole numbers: the currency has no minor unit in use, and every figure in RULES.md
// is an integer number of Rupiah.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lindungi {

using Rupiah = std::int64_t;

// "Rp4.032.000", "-Rp1.500", "Rp0".
std::string format_rupiah(Rupiah amount);

// "4.032.000" (thousands separated by dots, no currency sign).
std::string format_thousands(std::int64_t n);

// Accepts what people type or Excel exports: "1500000", "1.500.000", "Rp 1.500.000",
// "Rp1.500.000,00", "Rp 1.500.000,-", " 1 500 000 ". Rejects fractions of a Rupiah, signs, letters, misplaced
// separators ("1.50.000") and values beyond int64.
std::optional<Rupiah> parse_rupiah(std::string_view text);

// round(amount * basis_points / 10000), half away from zero, without overflow for any Rupiah
// figure this domain produces.
Rupiah apply_basis_points(Rupiah amount, std::int64_t basis_points);

}  // namespace lindungi
