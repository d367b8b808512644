// The contract (issue 18 item 5; docs/API.md "OpenAPI"): docs/openapi.yaml lists exactly the
// routes the server registers, and the server serves it with a reference page that needs nothing
// from outside. The answers themselves are checked against it by tests/openapi/answers.py.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "http/access_log.hpp"
#include "http/api.hpp"
#include "test_server.hpp"

using namespace lindungi;
using namespace lindungi::testing;
using nlohmann::json;

namespace {

class OpenApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = std::make_unique<TestServer>("openapi");
    server_->start();
  }
  // The body of a public GET answered 200 with `type`.
  std::string get_ok(const std::string& path, const std::string& type) {
    auto c = server_->client();
    const auto res = c.Get(path.c_str());
    if (!res) {
      ADD_FAILURE() << path << ": no answer";
      return {};
    }
    EXPECT_EQ(res->status, 200) << path;
    EXPECT_EQ(res->get_header_value("Content-Type"), type) << path;
    return res->body;
  }
  std::unique_ptr<TestServer> server_;
};

TEST_F(OpenApiTest, SpecListsEveryRouteTheServerHasAndNoOther) {
  const json spec = json::parse(get_ok("/api/v1/openapi.json", "application/json; charset=utf-8"));
  EXPECT_EQ(spec["openapi"], "3.1.0");

  std::set<std::string> in_spec;
  for (const auto& [path, item] : spec["paths"].items())
    for (const auto& [method, op] : item.items())
      if (method == "get" || method == "post" || method == "put" || method == "delete" || method == "patch") {
        std::string upper = method;
        for (char& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        in_spec.insert(upper + " " + path);
      }
  // The routes of the API, and the one server.cpp adds beside them.
  std::set<std::string> in_server = {"GET /metrics"};
  for (const auto& route : http::api_routes(server_->app()))
    in_server.insert(route.method + " " + http::display_route(route.pattern));

  for (const auto& r : in_server) EXPECT_TRUE(in_spec.contains(r)) << "docs/openapi.yaml lacks " << r;
  for (const auto& r : in_spec) EXPECT_TRUE(in_server.contains(r)) << "the server has no route " << r;
  EXPECT_GT(in_server.size(), 100u);
}

TEST_F(OpenApiTest, ReferencePageIsServedAndLoadsNothingFromOutside) {
  const std::string page = get_ok("/api/docs", "text/html; charset=utf-8");
  EXPECT_NE(page.find(R"(<script src="/api/docs/referensi.js">)"), std::string::npos);
  const std::string script = get_ok("/api/docs/referensi.js", "text/javascript; charset=utf-8");
  EXPECT_NE(script.find("fetch('/api/v1/openapi.json')"), std::string::npos);
  // No CDN: nothing is loaded from another origin (the Content-Security-Policy would refuse it too).
  for (const std::string& body : {page, script}) {
    EXPECT_EQ(body.find("src=\"http"), std::string::npos);
    EXPECT_EQ(body.find("href=\"http"), std::string::npos);
    EXPECT_EQ(body.find("fetch('http"), std::string::npos);
    EXPECT_EQ(body.find("import "), std::string::npos);
  }
}

}  // namespace
