#pragma once
// Registration with BPJS Ketenagakerjaan and member cards (DESIGN.md §2 steps 4-5): the member
// number (KPJ), which status changes the registration workflow may make and why others are
// refused, the card's states, and what a card's public verification may show. No I/O.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/errors.hpp"
#include "core/ledger.hpp"

namespace lindungi {

// KPJ: 11 digits (shared/data/README.md §6; no check digit is known). Spaces, dots and dashes
// people type between groups are dropped.
std::string normalize_kpj(std::string_view text);
// The problem with an already normalised KPJ, if any (field "kpj").
std::optional<FieldError> kpj_problem(std::string_view kpj);

// dialokasikan -> didaftarkan (a batch is sent), didaftarkan -> aktif | ditolak_bpjs (BPJS's
// answer), ditolak_bpjs -> didaftarkan (corrected and sent again). nullopt when `from -> to` is
// allowed, else the Indonesian reason it is refused.
std::optional<std::string> registration_transition_problem(std::string_view from, std::string_view to);

// BPJS's answer for one row of a response file.
enum class BpjsAnswer { diterima, ditolak };
std::string_view to_string(BpjsAnswer answer);
// "diterima", "terima", "aktif", "ok", "berhasil" / "ditolak", "tolak", "gagal"; any case.
std::optional<BpjsAnswer> parse_bpjs_answer(std::string_view text);

// Card states: diminta (requested) -> dicetak (printed) -> diserahkan (handed over).
inline constexpr std::string_view kCardRequested = "diminta";
inline constexpr std::string_view kCardPrinted = "dicetak";
inline constexpr std::string_view kCardHandedOver = "diserahkan";
// nullopt when allowed. Printing again a printed card keeps it printed (a jammed sheet).
std::optional<std::string> card_transition_problem(std::string_view from, std::string_view to);

// The end of the covered period printed on a card: the last day of the last paid contribution
// month when any month is paid, else of the last allocated month (while the first invoices are
// not yet paid). nullopt without any month. What the card's page says today is card_valid_until.
std::optional<Date> coverage_end(const std::vector<LedgerMonth>& months);
// Until when a member card says "aktif" (and Cek Perlindungan "terlindungi s.d."): the ledger's
// protected_until (core/ledger.hpp: paid months from today's, or a month not yet due until its due
// date), for an active member; nullopt otherwise ("tidak aktif").
std::optional<Date> card_valid_until(const RuleBook& rules, std::string_view worker_status,
                                     const std::vector<LedgerMonth>& months, const Date& today,
                                     const WorkCalendar* calendar = nullptr);

// "Siti Nur'aini binti Ahmad" -> "S. N. B. A."; at most four words, the first letter of each in
// upper case (non-ASCII letters kept whole). What the public page shows instead of the name.
std::string name_initials(std::string_view name);

}  // namespace lindungi
