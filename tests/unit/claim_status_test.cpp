// The claim's state machine as data (issue 18 item 6): every state against every step, who may
// take each step, and a refusal names the state in words, never its stored code.
#include "core/claim_status.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace lindungi {
namespace {

// The whole machine, written out: for each state and step, the state it leads to ("" = refused,
// "~" = recognised but held until the documents are complete).
struct Row {
  std::string_view from;
  ClaimStep step;
  std::string_view to;
};

constexpr ClaimStep kAllSteps[] = {ClaimStep::add_document, ClaimStep::complete_documents,
                                   ClaimStep::submit,       ClaimStep::approve,
                                   ClaimStep::reject,       ClaimStep::pay};

const Row kExpected[] = {
    {kClaimDraft, ClaimStep::add_document, kClaimDraft},
    {kClaimDraft, ClaimStep::complete_documents, kClaimDocumentsComplete},
    {kClaimDraft, ClaimStep::submit, "~"},
    {kClaimDocumentsComplete, ClaimStep::add_document, kClaimDocumentsComplete},
    {kClaimDocumentsComplete, ClaimStep::submit, kClaimSubmitted},
    {kClaimSubmitted, ClaimStep::approve, kClaimApproved},
    {kClaimSubmitted, ClaimStep::reject, kClaimRejected},
    {kClaimApproved, ClaimStep::pay, kClaimPaid},
};  // every other (state, step): refused

std::string_view expected(std::string_view from, ClaimStep step) {
  for (const auto& r : kExpected)
    if (r.from == from && r.step == step) return r.to;
  return "";
}

TEST(ClaimStatusTest, EveryStateAgainstEveryStep) {
  for (const auto from : claim_states())
    for (const auto step : kAllSteps) {
      const std::string_view want = expected(from, step);
      const ClaimTransition* t = claim_transition(step, from);
      const auto problem = claim_step_problem(step, from);
      SCOPED_TRACE(std::string{from} + " langkah " + std::to_string(static_cast<int>(step)));
      if (want.empty()) {
        EXPECT_EQ(t, nullptr);
        ASSERT_TRUE(problem.has_value());
        EXPECT_NE(problem->find(claim_status_label(from)), std::string::npos) << *problem;
        EXPECT_EQ(problem->find(std::string{"("} + std::string{from} + ")"), std::string::npos) << *problem;
        continue;
      }
      ASSERT_NE(t, nullptr);
      EXPECT_FALSE(problem.has_value());
      if (want == "~") {
        EXPECT_EQ(t->held_code, "dokumen_belum_lengkap");
        EXPECT_NE(t->held.find("Dokumen wajib belum lengkap"), std::string_view::npos);
      } else {
        EXPECT_EQ(t->to, want);
        EXPECT_TRUE(t->held.empty());
      }
    }
}

TEST(ClaimStatusTest, WhoMayTakeEachStep) {
  const std::pair<ClaimStep, std::optional<Permission>> who[] = {
      {ClaimStep::add_document, Permission::manage_claims},
      {ClaimStep::complete_documents, std::nullopt},  // the checklist, on the last required document
      {ClaimStep::submit, Permission::manage_claims},
      {ClaimStep::approve, Permission::decide_claims},
      {ClaimStep::reject, Permission::decide_claims},
      {ClaimStep::pay, Permission::decide_claims},
  };
  for (const auto& [step, permission] : who) EXPECT_EQ(claim_step_rule(step).who, permission);
  EXPECT_TRUE(claim_step_rule(ClaimStep::reject).reason_required);
  EXPECT_FALSE(claim_step_rule(ClaimStep::approve).reason_required);
}

TEST(ClaimStatusTest, DecisionsAreNamedByTheStateTheyLeadTo) {
  EXPECT_EQ(claim_decision_step("disetujui"), ClaimStep::approve);
  EXPECT_EQ(claim_decision_step("ditolak"), ClaimStep::reject);
  EXPECT_EQ(claim_decision_step("dibayar"), std::nullopt);
  EXPECT_EQ(claim_decision_step("diajukan"), std::nullopt);
  EXPECT_EQ(claim_decision_step(""), std::nullopt);
}

TEST(ClaimStatusTest, EveryStateHasWordsAndIsReachedAndOnlyPaidOrRejectedEnd) {
  std::set<std::string_view> reached{kClaimDraft};  // where an event opens the case
  for (const auto& t : claim_transitions()) {
    EXPECT_NE(std::find(claim_states().begin(), claim_states().end(), t.from), claim_states().end()) << t.from;
    EXPECT_NE(std::find(claim_states().begin(), claim_states().end(), t.to), claim_states().end()) << t.to;
    reached.insert(t.to);
  }
  for (const auto s : claim_states()) {
    EXPECT_FALSE(claim_status_label(s).empty());
    EXPECT_EQ(claim_status_label(s).find('_'), std::string_view::npos) << s;
    EXPECT_TRUE(reached.contains(s)) << s;
    EXPECT_EQ(claim_is_pending(s), s != kClaimPaid && s != kClaimRejected) << s;
  }
  EXPECT_TRUE(claim_is_granted(kClaimPaid));
  EXPECT_TRUE(claim_is_granted(kClaimApproved));
  EXPECT_FALSE(claim_is_granted(kClaimSubmitted));
}

}  // namespace
}  // namespace lindungi
