// Login throttling (issue 16 item 6): a growing delay per key instead of a lockout, with a short
// cap on the key anybody can feed (the account from anywhere).
#include "services/login_throttle.hpp"

#include <gtest/gtest.h>

namespace lindungi::services {
namespace {

std::vector<std::string> keys(const std::string& user, const std::string& client) {
  return {"uc:" + user + "|" + client, "c:" + client, "u:" + user};
}

TEST(LoginThrottle, DelaysDoubleAfterTheFreeFailures) {
  LoginThrottle t;
  const auto k = keys("budi", "203.0.113.5");
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(t.wait_seconds(k), 0) << i;  // five free failures
    t.failed(k);
  }
  EXPECT_EQ(t.wait_seconds(k), 0);
  t.failed(k);  // 6th: 5 s
  EXPECT_GE(t.wait_seconds(k), 4);
  EXPECT_LE(t.wait_seconds(k), 5);
  t.failed(k);  // 7th: 10 s
  EXPECT_GE(t.wait_seconds(k), 9);
  EXPECT_LE(t.wait_seconds(k), 10);
  for (int i = 0; i < 30; ++i) t.failed(k);  // capped at 15 minutes
  EXPECT_GT(t.wait_seconds(k), 14 * 60);
  EXPECT_LE(t.wait_seconds(k), 15 * 60);
}

TEST(LoginThrottle, OneClientsFailuresDoNotDelayAnotherClient) {
  LoginThrottle t;
  const auto attacker = keys("budi", "203.0.113.5");
  const auto owner = keys("budi", "198.51.100.7");
  for (int i = 0; i < 6; ++i) t.failed(attacker);
  EXPECT_GE(t.wait_seconds(attacker), 4);
  EXPECT_EQ(t.wait_seconds(owner), 0);  // the owner, elsewhere, logs in at once
  t.succeeded(owner);
  EXPECT_GE(t.wait_seconds(attacker), 4);  // the attacker's own client key stays
}

TEST(LoginThrottle, ManyClientsAgainstOneAccountWaitAtMostAMinute) {
  LoginThrottle t;
  for (int i = 0; i < 60; ++i) t.failed(keys("budi", "198.18.0." + std::to_string(i)));
  const auto wait = t.wait_seconds(keys("budi", "192.0.2.1"));
  EXPECT_GT(wait, 0);
  EXPECT_LE(wait, 60);
}

TEST(LoginThrottle, AnOfficeBehindOneAddressHasFiftyFreeFailures) {
  LoginThrottle t;
  for (int i = 0; i < 50; ++i) t.failed(keys("pengguna" + std::to_string(i), "10.0.0.1"));
  EXPECT_EQ(t.wait_seconds(keys("lain", "10.0.0.1")), 0);
  t.failed(keys("pengguna50", "10.0.0.1"));
  EXPECT_GE(t.wait_seconds(keys("lain", "10.0.0.1")), 4);
}

}  // namespace
}  // namespace lindungi::services
