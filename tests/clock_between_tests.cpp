// The one clock is process-wide (src/clock): a suite that fixes the date must not leave it fixed
// for the next suite of the same process. Before every suite (before its SetUpTestSuite, which may
// fix a date for all its tests) the clock returns to what the environment says (LINDUNGI_TODAY of
// the date matrix, or the real date).
#include <gtest/gtest.h>

#include "clock/clock.hpp"

namespace {

class ClockBetweenTests : public ::testing::EmptyTestEventListener {
  void OnTestSuiteStart(const ::testing::TestSuite&) override {
    lindungi::clock::set_today(lindungi::clock::environment_today());
  }
};

const bool registered = [] {
  ::testing::UnitTest::GetInstance()->listeners().Append(new ClockBetweenTests);
  return true;
}();

}  // namespace
