// The password rule (issue 16 item 8): length, the user name, and the shipped list of common
// passwords (data/passwords), thousands of entries rather than the ten the code once held.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "core/access.hpp"

namespace lindungi {
namespace {

std::vector<std::string> shipped(const std::string& file) {
  std::ifstream in(std::string{LINDUNGI_SOURCE_DIR} + "/data/passwords/" + file);
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line.front() != '#') out.push_back(line);
  return out;
}

TEST(PasswordRule, EveryLongEnoughListedPasswordIsRefused) {
  const auto list = shipped("password.lst");
  ASSERT_GE(list.size(), 3000u);  // John the Ripper's list, several thousand entries
  std::size_t checked = 0;
  for (const auto& p : list) {
    const auto problem = password_problem(p, "budi");
    ASSERT_TRUE(problem) << p;  // too short, or too common
    if (p.size() >= 10 && p.size() <= 128) {
      EXPECT_EQ(*problem, "Kata sandi terlalu umum (ada dalam daftar kata sandi yang sering dibobol)") << p;
      ++checked;
    }
  }
  EXPECT_GT(checked, 20u);
  for (const auto& p : shipped("lokal.txt")) {
    if (p.size() >= 10) {
      EXPECT_TRUE(password_problem(p, "budi")) << p;
    }
  }
}

TEST(PasswordRule, ListedWordsLengthenedWithDigitsAreRefusedCaseIgnored) {
  for (const char* p :
       {"Password2024!", "dragon1234567", "SUPERMAN-1990", "bismillah123", "Sunshine!!!!", "QWERTYUIOP"})
    EXPECT_EQ(password_problem(p, "budi"), "Kata sandi terlalu umum (ada dalam daftar kata sandi yang sering dibobol)")
        << p;
}

TEST(PasswordRule, OrdinaryPassphrasesStillPass) {
  for (const char* p : {"sandi-uji-12345", "lindungi-demo", "kopi susu di sipin", "Batanghari-2026!", "rumah-makan-7"})
    EXPECT_EQ(password_problem(p, "budi"), std::nullopt) << p;
  EXPECT_EQ(password_problem("pendek", "budi"), "Kata sandi minimal 10 karakter");
  EXPECT_EQ(password_problem("budi-sekali-123", "budi"), "Kata sandi tidak boleh memuat nama pengguna");
}

}  // namespace
}  // namespace lindungi
