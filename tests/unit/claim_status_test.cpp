// The claim's state machine as data (issue 18 item 6): which step starts from which state, and a
// refusal names the state in words, never its stored code.
#include "core/claim_status.hpp"

#include <gtest/gtest.h>

namespace lindungi {
namespace {

struct Case {
  ClaimStep step;
  std::string_view from;
  bool allowed;
};

TEST(ClaimStatusTest, EachStepStartsOnlyFromItsStates) {
  const Case cases[] = {
      {ClaimStep::add_document, kClaimDraft, true},
      {ClaimStep::add_document, kClaimDocumentsComplete, true},
      {ClaimStep::add_document, kClaimSubmitted, false},
      {ClaimStep::complete_documents, kClaimDraft, true},
      {ClaimStep::complete_documents, kClaimDocumentsComplete, false},
      {ClaimStep::submit, kClaimDraft, true},
      {ClaimStep::submit, kClaimDocumentsComplete, true},
      {ClaimStep::submit, kClaimSubmitted, false},
      {ClaimStep::submit, kClaimPaid, false},
      {ClaimStep::decide, kClaimSubmitted, true},
      {ClaimStep::decide, kClaimApproved, false},
      {ClaimStep::decide, kClaimDraft, false},
      {ClaimStep::pay, kClaimApproved, true},
      {ClaimStep::pay, kClaimRejected, false},
      {ClaimStep::pay, kClaimPaid, false},
  };
  for (const auto& c : cases) {
    const auto problem = claim_step_problem(c.step, c.from);
    EXPECT_EQ(!problem.has_value(), c.allowed) << static_cast<int>(c.step) << " dari " << c.from;
    if (problem) {
      EXPECT_NE(problem->find(claim_status_label(c.from)), std::string::npos) << *problem;
      EXPECT_EQ(problem->find(std::string{"("} + std::string{c.from} + ")"), std::string::npos) << *problem;
    }
  }
}

TEST(ClaimStatusTest, EveryStateHasWordsAndTheStepsLeadToKnownStates) {
  for (const auto s : claim_states()) {
    EXPECT_FALSE(claim_status_label(s).empty());
    EXPECT_EQ(claim_status_label(s).find('_'), std::string_view::npos) << s;
  }
  EXPECT_EQ(claim_step_rule(ClaimStep::submit).to, kClaimSubmitted);
  EXPECT_EQ(claim_step_rule(ClaimStep::pay).to, kClaimPaid);
  EXPECT_TRUE(claim_is_pending(kClaimApproved));
  EXPECT_FALSE(claim_is_pending(kClaimPaid));
  EXPECT_FALSE(claim_is_pending(kClaimRejected));
  EXPECT_TRUE(claim_is_granted(kClaimPaid));
  EXPECT_FALSE(claim_is_granted(kClaimSubmitted));
}

}  // namespace
}  // namespace lindungi
