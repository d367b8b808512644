// The web UI's files as the server sends them: the single-page app's fallback to index.html,
// long caching of hashed assets, and precompressed `.gz` copies for browsers that accept gzip.
#include <gtest/gtest.h>

#include <fstream>

#include "test_server.hpp"

namespace {

using lindungi::testing::free_port;
namespace fs = std::filesystem;

void write(const fs::path& p, const std::string& content) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << content;
}

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("lindungi_static_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    write(dir_ / "web/index.html", "<!doctype html><div id=\"app\"></div>");
    write(dir_ / "web/assets/index-abc123.js", "console.log('lindungi')");
    // Not real gzip: the test only checks which copy is sent, the client does not inflate it.
    write(dir_ / "web/assets/index-abc123.js.gz", std::string("\x1f\x8b", 2) + "GZ-COPY");
    write(dir_ / "web/kota_jambi_kelurahan.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}");
    app_ = lindungi::services::App::open((dir_ / "test.db").string());
    port_ = free_port();
    server_ = lindungi::http::start_server(*app_, {"127.0.0.1", port_, 1, (dir_ / "web").string(), 64 * 1024, false});
  }
  void TearDown() override {
    server_->stop();
    server_.reset();
    app_.reset();
    fs::remove_all(dir_);
  }
  httplib::Result get(const std::string& path, const std::string& accept_encoding = "") {
    httplib::Client c("127.0.0.1", port_);
    c.set_decompress(false);
    httplib::Headers h;
    if (!accept_encoding.empty()) h.emplace("Accept-Encoding", accept_encoding);
    return c.Get(path.c_str(), h);
  }

  fs::path dir_;
  std::unique_ptr<lindungi::services::App> app_;
  std::unique_ptr<lindungi::http::RunningServer> server_;
  std::uint16_t port_ = 0;
};

TEST_F(StaticFilesTest, SendsTheGzipCopyOnlyToBrowsersThatAcceptIt) {
  auto gz = get("/assets/index-abc123.js", "gzip, deflate, br");
  ASSERT_TRUE(gz);
  EXPECT_EQ(gz->status, 200);
  EXPECT_EQ(gz->get_header_value("Content-Encoding"), "gzip");
  EXPECT_EQ(gz->get_header_value("Vary"), "Accept-Encoding");
  EXPECT_EQ(gz->body, std::string("\x1f\x8b", 2) + "GZ-COPY");
  EXPECT_EQ(gz->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_NE(gz->get_header_value("Cache-Control").find("immutable"), std::string::npos);

  auto plain = get("/assets/index-abc123.js");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->get_header_value("Content-Encoding"), "");
  EXPECT_EQ(plain->get_header_value("Vary"), "Accept-Encoding");
  EXPECT_EQ(plain->body, "console.log('lindungi')");

  auto refused = get("/assets/index-abc123.js", "gzip;q=0, deflate");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->body, "console.log('lindungi')");

  auto weighted = get("/assets/index-abc123.js", "deflate, GZIP;q=0.5");
  ASSERT_TRUE(weighted);
  EXPECT_EQ(weighted->get_header_value("Content-Encoding"), "gzip");
}

TEST_F(StaticFilesTest, FilesWithoutACopyAreSentAsTheyAre) {
  auto res = get("/kota_jambi_kelurahan.geojson", "gzip");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Encoding"), "");
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/geo+json");
}

TEST_F(StaticFilesTest, ClientRoutesGetTheAppAndMissingAssetsA404) {
  for (const char* path : {"/", "/dasbor", "/pekerja/42", "/pekerja?q=budi"}) {
    auto res = get(path, "gzip");
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 200) << path;
    EXPECT_NE(res->body.find("id=\"app\""), std::string::npos) << path;
    EXPECT_EQ(res->get_header_value("Cache-Control"), "no-cache") << path;
  }
  auto missing = get("/assets/hilang-000.js", "gzip");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  auto raw_gz = get("/assets/index-abc123.js.gz");
  ASSERT_TRUE(raw_gz);
  EXPECT_EQ(raw_gz->status, 404);
}

}  // namespace
