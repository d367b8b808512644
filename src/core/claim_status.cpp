#include "core/claim_status.hpp"

#include <algorithm>
#include <array>

namespace lindungi {

namespace {

constexpr std::array<std::string_view, 6> kStates = {kClaimDraft,    kClaimDocumentsComplete, kClaimSubmitted,
                                                     kClaimApproved, kClaimRejected,          kClaimPaid};
constexpr std::array<std::string_view, 2> kBeforeSubmission = {kClaimDraft, kClaimDocumentsComplete};
constexpr std::array<std::string_view, 1> kDraftOnly = {kClaimDraft};
constexpr std::array<std::string_view, 1> kSubmittedOnly = {kClaimSubmitted};
constexpr std::array<std::string_view, 1> kApprovedOnly = {kClaimApproved};

// Submitting from "draf" is a step the state allows; the service then refuses it for the missing
// documents, with the checklist as the reason (a different message from a wrong state).
const std::array<ClaimStepRule, 5> kRules = {{
    {ClaimStep::add_document, kBeforeSubmission, "", "Dokumen hanya dapat ditambah sebelum klaim diajukan"},
    {ClaimStep::complete_documents, kDraftOnly, kClaimDocumentsComplete, "Dokumen klaim ini sudah lengkap"},
    {ClaimStep::submit, kBeforeSubmission, kClaimSubmitted, "Klaim ini tidak dapat diajukan lagi"},
    {ClaimStep::decide, kSubmittedOnly, "", "Hanya klaim yang sudah diajukan yang dapat diputus"},
    {ClaimStep::pay, kApprovedOnly, kClaimPaid, "Hanya klaim yang disetujui yang dapat dibayar"},
}};

}  // namespace

std::span<const std::string_view> claim_states() { return kStates; }

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
  return *std::find_if(kRules.begin(), kRules.end(), [&](const ClaimStepRule& r) { return r.step == step; });
}

std::optional<std::string> claim_step_problem(ClaimStep step, std::string_view status) {
  const auto& rule = claim_step_rule(step);
  if (std::find(rule.from.begin(), rule.from.end(), status) != rule.from.end()) return std::nullopt;
  return std::string{rule.refused} + " (klaim ini " + std::string{claim_status_label(status)} + ")";
}

bool claim_is_pending(std::string_view status) { return status != kClaimPaid && status != kClaimRejected; }

bool claim_is_granted(std::string_view status) { return status == kClaimApproved || status == kClaimPaid; }

}  // namespace lindungi
