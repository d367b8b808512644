// The API tests run on the backend CTest asked for: a "pg:" run that quietly used SQLite would
// prove nothing about PostgreSQL.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "integration/test_server.hpp"

namespace {

using lindungi::testing::TestServer;

TEST(BackendTest, HealthReportsTheDatabaseUnderTest) {
  TestServer server("backend");
  server.start();
  auto res = server.client().Get("/api/v1/health");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(nlohmann::json::parse(res->body)["database"],
            lindungi::testing::test_on_postgres() ? "postgresql" : "sqlite");
}

}  // namespace
