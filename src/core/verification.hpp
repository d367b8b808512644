#pragma once
// Verification by the kelurahan (DESIGN.md §2 step 2), maker-checker: an RT head (or an operator)
// records, another person verifies or rejects with a reason. States: didata -> diverifikasi |
// ditolak. A rejected record goes back to didata only when it is corrected and submitted again.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/access.hpp"
#include "core/errors.hpp"
#include "core/worker.hpp"

namespace lindungi {

enum class Decision { verify, reject };

// The status a decision leads to: "diverifikasi" or "ditolak".
std::string_view status_after(Decision decision);
// "verifikasi", "diverifikasi", "setuju" -> verify; "tolak", "ditolak" -> reject.
std::optional<Decision> parse_decision(std::string_view text);

// Why `actor` may not take `decision` on `worker` now, or nothing when it may. Checks the state
// (only "didata" is decided), the reason (required for a rejection, at least 5 characters) and
// maker-checker: nobody decides on a record they recorded themselves. The system actor (jobs and
// the machine's operator) is not a person and is exempt. Permissions and areas are the caller's.
// `resubmitted_by`, when not empty, is who last corrected a rejected record and sent it back
// (resubmit_problem): for maker-checker they are its maker as much as the one who recorded it.
std::optional<FieldError> decision_problem(const Actor& actor, const Worker& worker, Decision decision,
                                           std::string_view reason, std::string_view resubmitted_by = {});

// Issue 17 item 2: a worker whose NIK contradicts the record (nik_warnings) is verified only when
// the checker has compared the documents and says why the warning may be set aside, in at least
// kMinOverrideReason characters (not counting spaces). The problem, or nothing when verification
// may go on: `peringatan_nik` (409) without a reason, `alasan_abaikan_terlalu_pendek` (422) with a
// reason too short. The message names each warning.
inline constexpr std::size_t kMinOverrideReason = 10;
std::optional<FieldError> nik_warning_problem(const Worker& worker, const std::vector<FieldError>& warnings,
                                              std::string_view override_reason);

// Why a record may not be sent back to the verification queue now (issue 17 item 1): only a
// rejected record ("ditolak") returns, to "didata", once corrected. Permissions and areas are the
// caller's.
std::optional<FieldError> resubmit_problem(const Worker& worker);

// Who may see the intake's records (imports and their row problems, the duplicate queue, BPJS's
// active-member matches): those who record or verify workers, and auditors. Not a funder's cohort
// view (pemprov), whose users see only the workers they pay for.
bool may_view_intake(const Actor& actor);
// Who may look at suspected duplicates: those who decide them, and auditors.
bool may_view_duplicates(const Actor& actor);

// Whether a record may be the one merged away when two records are the same person: not once it
// is funded or registered with BPJS (that record is the one to keep).
bool may_be_merged_away(std::string_view status);

}  // namespace lindungi
