#include "core/bpjs.hpp"

#include <algorithm>
#include <cctype>

namespace lindungi {

namespace {

std::string lower_ascii(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  const auto b = out.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  return out.substr(b, out.find_last_not_of(" \t\r\n") - b + 1);
}

std::string status_label(std::string_view s) {
  if (s == "didata") return "baru didata dan belum diverifikasi";
  if (s == "diverifikasi") return "sudah diverifikasi tetapi belum dialokasikan ke sumber dana";
  if (s == "ditolak") return "ditolak saat verifikasi";
  if (s == "dialokasikan") return "sudah dialokasikan dan belum dikirim ke BPJS";
  if (s == "didaftarkan") return "sudah dikirim ke BPJS dan menunggu jawaban";
  if (s == "aktif") return "sudah menjadi peserta aktif";
  if (s == "ditolak_bpjs") return "ditolak BPJS";
  return "berstatus '" + std::string{s} + "'";
}

}  // namespace

std::string normalize_kpj(std::string_view text) {
  std::string out;
  for (char c : text)
    if (c != ' ' && c != '.' && c != '-' && c != '\t' && c != '\r' && c != '\n' && c != '\'') out.push_back(c);
  return out;
}

std::optional<FieldError> kpj_problem(std::string_view kpj) {
  if (kpj.empty()) return FieldError{"kpj", "kpj_wajib", "Nomor KPJ wajib diisi untuk peserta yang diterima"};
  if (kpj.size() != 11 || kpj.find_first_not_of("0123456789") != std::string_view::npos)
    return FieldError{"kpj", "kpj_tidak_valid", "Nomor KPJ '" + std::string{kpj} + "' harus 11 digit angka"};
  return std::nullopt;
}

std::optional<std::string> registration_transition_problem(std::string_view from, std::string_view to) {
  if (to == "didaftarkan") {
    if (from == "dialokasikan" || from == "ditolak_bpjs") return std::nullopt;
    return "Pekerja " + status_label(from) +
           "; hanya pekerja yang sudah dialokasikan (atau ditolak BPJS lalu "
           "diperbaiki) yang dapat dikirim ke BPJS";
  }
  if (to == "aktif" || to == "ditolak_bpjs") {
    if (from == "didaftarkan") return std::nullopt;
    return "Pekerja " + status_label(from) + "; jawaban BPJS hanya berlaku bagi pekerja yang sedang didaftarkan";
  }
  return "Perubahan status ke '" + std::string{to} + "' bukan bagian dari pendaftaran BPJS";
}

std::string_view to_string(BpjsAnswer answer) { return answer == BpjsAnswer::diterima ? "diterima" : "ditolak"; }

std::optional<BpjsAnswer> parse_bpjs_answer(std::string_view text) {
  const std::string t = lower_ascii(text);
  if (t == "diterima" || t == "terima" || t == "aktif" || t == "ok" || t == "berhasil" || t == "sukses")
    return BpjsAnswer::diterima;
  if (t == "ditolak" || t == "tolak" || t == "gagal" || t == "reject" || t == "rejected") return BpjsAnswer::ditolak;
  return std::nullopt;
}

std::optional<std::string> card_transition_problem(std::string_view from, std::string_view to) {
  if (to == kCardPrinted) {
    if (from == kCardRequested || from == kCardPrinted) return std::nullopt;
    if (from == kCardHandedOver) return "Kartu sudah diserahkan; minta kartu baru bila perlu cetak ulang";
  } else if (to == kCardHandedOver) {
    if (from == kCardPrinted) return std::nullopt;
    if (from == kCardRequested) return "Kartu belum dicetak sehingga belum dapat diserahkan";
    if (from == kCardHandedOver) return "Kartu sudah diserahkan sebelumnya";
  }
  return "Perubahan status kartu dari '" + std::string{from} + "' ke '" + std::string{to} + "' tidak diizinkan";
}

std::optional<Date> coverage_end(const std::vector<LedgerMonth>& months) {
  if (months.empty()) return std::nullopt;
  std::optional<YearMonth> last_paid, last_allocated;
  for (const auto& m : months) {
    if (!last_allocated || m.month > *last_allocated) last_allocated = m.month;
    if (m.billed > 0 && m.paid >= m.billed && (!last_paid || m.month > *last_paid)) last_paid = m.month;
  }
  const YearMonth last = last_paid ? *last_paid : *last_allocated;
  return Date{last.year, last.month, Date::days_in_month(last.year, last.month)};
}

std::optional<Date> card_valid_until(const RuleBook& rules, std::string_view worker_status,
                                     const std::vector<LedgerMonth>& months, const Date& today,
                                     const WorkCalendar* calendar) {
  if (worker_status != "aktif") return std::nullopt;
  return protected_until(rules, months, today, calendar);
}

std::string name_initials(std::string_view name) {
  auto separator = [](char c) { return c == ' ' || c == '\t' || c == '.' || c == ','; };
  std::string out;
  int words = 0;
  std::size_t i = 0;
  while (i < name.size() && words < 4) {
    while (i < name.size() && separator(name[i])) ++i;
    const std::size_t word_end = [&] {
      std::size_t e = i;
      while (e < name.size() && !separator(name[e])) ++e;
      return e;
    }();
    // The word's first letter or digit: a whole code point when it is not ASCII.
    for (std::size_t j = i; j < word_end; ++j) {
      const auto c = static_cast<unsigned char>(name[j]);
      if (c < 0x80 && !std::isalnum(c)) continue;
      if ((c & 0xC0) == 0x80) continue;
      std::size_t len = 1;
      while (j + len < word_end && (static_cast<unsigned char>(name[j + len]) & 0xC0) == 0x80) ++len;
      std::string letter{name.substr(j, len)};
      if (len == 1) letter[0] = static_cast<char>(std::toupper(c));
      out += (out.empty() ? "" : " ") + letter + ".";
      ++words;
      break;
    }
    i = word_end;
  }
  return out;
}

}  // namespace lindungi
