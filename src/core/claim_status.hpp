#pragma once
// A claim's life as data (DESIGN.md §2 step 7; issue 18 item 6): its states, their names for
// people, and the transitions as a table (from state, step, to state, who may take it). The
// claims service asks here instead of comparing string literals, and its refusals name the state
// in words, never the stored code.
//
//   draf --(the last required document)--> dokumen_lengkap --(ajukan)--> diajukan
//   diajukan --(setujui)--> disetujui --(bayar)--> dibayar;  diajukan --(tolak)--> ditolak
// No I/O.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/access.hpp"

namespace lindungi {

inline constexpr std::string_view kClaimDraft = "draf";
inline constexpr std::string_view kClaimDocumentsComplete = "dokumen_lengkap";
inline constexpr std::string_view kClaimSubmitted = "diajukan";
inline constexpr std::string_view kClaimApproved = "disetujui";
inline constexpr std::string_view kClaimRejected = "ditolak";
inline constexpr std::string_view kClaimPaid = "dibayar";

// The steps a person (or the checklist) takes on a claim.
enum class ClaimStep { add_document, complete_documents, submit, approve, reject, pay };

// Who may take a step and why it is refused from a state no transition starts from.
struct ClaimStepRule {
  ClaimStep step;
  std::optional<Permission> who;  // nullopt: nobody asks for it (the checklist, on its last document)
  std::string_view refused;       // in Indonesian, for a state the step does not start from
  bool reason_required = false;   // the person must say why (a rejection)
};

// One row of the state machine. A row whose `held` is set names a state the step is recognised
// from but waits in: it is refused with that reason (code `held_code`), not as a wrong state.
struct ClaimTransition {
  std::string_view from;
  ClaimStep step;
  std::string_view to;  // == from: the state stays (a document added)
  std::string_view held_code = {};
  std::string_view held = {};
};

// Every claim state, in the order of a claim's life.
std::span<const std::string_view> claim_states();
// Every transition, in the order of a claim's life.
std::span<const ClaimTransition> claim_transitions();
// "draf" -> "draf (dokumen belum lengkap)", "dibayar" -> "sudah dibayar"; an unknown code is
// returned as it is (it never reaches a screen: the store only holds the states above).
std::string_view claim_status_label(std::string_view status);
const ClaimStepRule& claim_step_rule(ClaimStep step);
// The row for `step` from `status`, or nullptr when the step does not start from it.
const ClaimTransition* claim_transition(ClaimStep step, std::string_view status);
// nullopt when `step` may start from `status` (held or not), else the Indonesian reason it may
// not, naming the state in words.
std::optional<std::string> claim_step_problem(ClaimStep step, std::string_view status);
// A decision named as the API names it, by the state it leads to ("disetujui" | "ditolak").
std::optional<ClaimStep> claim_decision_step(std::string_view keputusan);
// Still waiting for someone (not paid, not rejected): the claims report's "tertunda".
bool claim_is_pending(std::string_view status);
// Approved, whether paid yet or not: scholarships are due for these.
bool claim_is_granted(std::string_view status);

}  // namespace lindungi
