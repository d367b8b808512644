#pragma once
// A fresh registry for the intake tests, on both databases (a testing::BackendTest: a suite
// deriving from it writes TEST_P and LINDUNGI_ON_BOTH_BACKENDS): the shipped regions, RTs 1-10 of
// Simpang IV Sipin (15.71.01.1001) and 1-5 of Pasir Putih (15.71.02.1002), today = 1 June 2025.
#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "services/app.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"
#include "test_backend.hpp"

namespace lindungi::testing {

inline std::string read_bytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::filesystem::path corpus_dir() { return std::filesystem::path{LINDUNGI_SOURCE_DIR} / "tests/data/import"; }

class IntakeFixture : public BackendTest {
 protected:
  void SetUp() override {
    dir_ = fresh_dir("lindungi_intake_");
    db_ = make_database(dir_ / "t.db");
    path_ = db_->location();
    open();
    app_->store().write([](store::Session& s) {
      for (int rt = 1; rt <= 10; ++rt) s.registry().put_rt({"", "15.71.01.1001", rt, ""});
      for (int rt = 1; rt <= 5; ++rt) s.registry().put_rt({"", "15.71.02.1002", rt, ""});
    });
  }
  void TearDown() override {
    app_.reset();
    db_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }
  void open() {
    app_ = services::App::open(path_);
    app_->set_today_for_tests(Date{2025, 6, 1});
  }

  std::int64_t count(const std::string& table) { return db_->count(table); }

  static Actor admin() { return Actor{"admin.kota", Role::admin_kota, "15.71", ""}; }
  // BPJS's active-member file is BPJS's officers' to upload (issue 16 item 4), not the city admin's.
  static Actor bpjs_officer() { return Actor{"petugas.bpjs", Role::petugas_bpjs, "15.71", ""}; }
  static Actor operator_kel() { return Actor{"operator.kelurahan", Role::operator_kelurahan, "15.71.01.1001", ""}; }
  static Actor rt_head(int rt) {
    return Actor{"ketua.rt" + std::to_string(rt), Role::ketua_rt, "15.71.01.1001.00" + std::to_string(rt), ""};
  }

  std::filesystem::path dir_;
  std::unique_ptr<TestDatabase> db_;
  std::string path_;  // what App::open takes: the SQLite file or the PostgreSQL URL
  std::unique_ptr<services::App> app_;
};

}  // namespace lindungi::testing
