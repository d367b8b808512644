#include "core/claim_status.hpp"

#include <algorithm>
#include <array>

namespace lindungi {

namespace {

constexpr std::array<std::string_view, 6> kStates = {kClaimDraft,    kClaimDocumentsComplete, kClaimSubmitted,
                                                     kClaimApproved, kClaimRejected,          kClaimPaid};

constexpr std::array<ClaimStepRule, 6> kSteps = {{
    {ClaimStep::add_document, Permission::manage_claims, "Dokumen hanya dapat ditambah sebelum klaim diajukan"},
    {ClaimStep::complete_documents, std::nullopt, "Dokumen klaim ini sudah lengkap"},
    {ClaimStep::submit, Permission::manage_claims, "Klaim ini tidak dapat diajukan lagi"},
    {ClaimStep::approve, Permission::decide_claims, "Hanya klaim yang sudah diajukan yang dapat diputus"},
    {ClaimStep::reject, Permission::decide_claims, "Hanya klaim yang sudah diajukan yang dapat diputus", true},
    {ClaimStep::pay, Permission::decide_claims, "Hanya klaim yang disetujui yang dapat dibayar"},
}};

// Submitting a draft is not a wrong state but a wait: the service checks the cover first, then
// refuses it for the missing documents, with the checklist as the reason.
constexpr std::array<ClaimTransition, 8> kTransitions = {{
    {kClaimDraft, ClaimStep::add_document, kClaimDraft},
    {kClaimDraft, ClaimStep::complete_documents, kClaimDocumentsComplete},
    {kClaimDraft, ClaimStep::submit, kClaimSubmitted, "dokumen_belum_lengkap",
     "Dokumen wajib belum lengkap: lihat daftar periksa dokumen"},
    {kClaimDocumentsComplete, ClaimStep::add_document, kClaimDocumentsComplete},
    {kClaimDocumentsComplete, ClaimStep::submit, kClaimSubmitted},
    {kClaimSubmitted, ClaimStep::approve, kClaimApproved},
    {kClaimSubmitted, ClaimStep::reject, kClaimRejected},
    {kClaimApproved, ClaimStep::pay, kClaimPaid},
}};

}  // namespace

std::span<const std::string_view> claim_states() { return kStates; }

std::span<const ClaimTransition> claim_transitions() { return kTransitions; }

std::string_view claim_status_label(std::string_view status) {
  if (status == kClaimDraft) return "draf (dokumen belum lengkap)";
  if (status == kClaimDocumentsComplete) return "dokumen lengkap, belum diajukan";
  if (status == kClaimSubmitted) return "sudah diajukan ke BPJS";
  if (status == kClaimApproved) return "disetujui";
  if (status == kClaimRejected) return "ditolak";
  if (status == kClaimPaid) return "sudah dibayar";
  return status;
}

const ClaimStepRule& claim_step_rule(ClaimStep step) {
  return *std::find_if(kSteps.begin(), kSteps.end(), [&](const ClaimStepRule& r) { return r.step == step; });
}

const ClaimTransition* claim_transition(ClaimStep step, std::string_view status) {
  const auto it = std::find_if(kTransitions.begin(), kTransitions.end(),
                               [&](const ClaimTransition& t) { return t.step == step && t.from == status; });
  return it == kTransitions.end() ? nullptr : &*it;
}

std::optional<std::string> claim_step_problem(ClaimStep step, std::string_view status) {
  if (claim_transition(step, status)) return std::nullopt;
  return std::string{claim_step_rule(step).refused} + " (klaim ini " + std::string{claim_status_label(status)} + ")";
}

std::optional<ClaimStep> claim_decision_step(std::string_view keputusan) {
  for (const auto& t : kTransitions)
    if (t.from == kClaimSubmitted && t.to == keputusan) return t.step;
  return std::nullopt;
}

// Pending: some step still starts from it (paid and rejected are where a claim ends).
bool claim_is_pending(std::string_view status) {
  return std::any_of(kTransitions.begin(), kTransitions.end(), [&](const ClaimTransition& t) { return t.from == status; });
}

bool claim_is_granted(std::string_view status) { return status == kClaimApproved || status == kClaimPaid; }

}  // namespace lindungi
