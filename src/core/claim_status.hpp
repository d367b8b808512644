#pragma once
// A claim's life as data (DESIGN.md §2 step 7; issue 18 item 6): its states, their names for
// people, and which step may start from which state. The claims service asks here instead of
// comparing string literals, and its refusals name the state in words, never the stored code.
//
//   draf --(required documents complete)--> dokumen_lengkap --(ajukan)--> diajukan
//   diajukan --(putus)--> disetujui | ditolak;  disetujui --(bayar)--> dibayar
// No I/O.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace lindungi {

inline constexpr std::string_view kClaimDraft = "draf";
inline constexpr std::string_view kClaimDocumentsComplete = "dokumen_lengkap";
inline constexpr std::string_view kClaimSubmitted = "diajukan";
inline constexpr std::string_view kClaimApproved = "disetujui";
inline constexpr std::string_view kClaimRejected = "ditolak";
inline constexpr std::string_view kClaimPaid = "dibayar";

// The steps a person (or the checklist) takes on a claim.
enum class ClaimStep { add_document, complete_documents, submit, decide, pay };

struct ClaimStepRule {
  ClaimStep step;
  std::span<const std::string_view> from;  // states the step may start from
  std::string_view to;                     // the state it leads to; empty: the state stays (documents)
                                           // or is the decision (decide: disetujui | ditolak)
  std::string_view refused;                // why it is refused from any other state, in Indonesian
};

// Every claim state, in the order of a claim's life.
std::span<const std::string_view> claim_states();
// "draf" -> "draf (dokumen belum lengkap)", "dibayar" -> "sudah dibayar"; an unknown code is
// returned as it is (it never reaches a screen: the store only holds the states above).
std::string_view claim_status_label(std::string_view status);
const ClaimStepRule& claim_step_rule(ClaimStep step);
// nullopt when `step` may start from `status`, else the Indonesian reason it may not, naming the
// state in words.
std::optional<std::string> claim_step_problem(ClaimStep step, std::string_view status);
// Still waiting for someone (not paid, not rejected): the claims report's "tertunda".
bool claim_is_pending(std::string_view status);
// Approved, whether paid yet or not: scholarships are due for these.
bool claim_is_granted(std::string_view status);

}  // namespace lindungi
