// The member-card PDF renders (pdftoppm, poppler-utils) and every card's QR code decodes back to
// its verification URL (zbarimg, zbar-tools). Both tools are Debian packages installed by
// scripts/install-deps.sh --test; without them (a bare dev machine) the test says so and skips.
#include "formats/card_pdf.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "pdf_tools.hpp"

namespace lindungi::formats {
namespace {

using lindungi::testing::have;
using lindungi::testing::run;

class CardPdfTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("lindungi_cards_" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

std::vector<CardFace> faces(int n) {
  std::vector<CardFace> out;
  for (int i = 0; i < n; ++i) {
    const std::string id = std::to_string(1000 + i);
    out.push_back({"Kartu Peserta BPJS Ketenagakerjaan",
                   i == 0 ? "Siti Nur\u2019aini Ömer Çelik" : "Pekerja Nomor " + id, "2501234" + id,
                   "1571**********" + id.substr(2), "APBD Kota Jambi", "01/02/2026 s.d. 31/12/2026",
                   "http://127.0.0.1:8080/v/AbCdEfGhIjKlMnOpQrS" + id.substr(1)});
  }
  return out;
}

TEST_F(CardPdfTest, ElevenCardsMakeTwoA4PagesOfIdOneCards) {
  const std::string pdf = cards_pdf(faces(11));
  ASSERT_GT(pdf.size(), 1000u);
  EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
  if (!have("pdfinfo")) GTEST_SKIP() << "pdfinfo (poppler-utils) tidak terpasang: scripts/install-deps.sh --test";
  std::ofstream(dir_ / "k.pdf", std::ios::binary) << pdf;
  const std::string info = run("pdfinfo " + (dir_ / "k.pdf").string() + " 2>/dev/null");
  const auto pages = info.find("Pages:");
  ASSERT_NE(pages, std::string::npos) << info;
  EXPECT_EQ(std::stoi(info.substr(pages + 6)), 2) << info;
  EXPECT_NE(info.find("595.276 x 841.89 pts (A4)"), std::string::npos) << info;
}

TEST_F(CardPdfTest, RendersAndEveryQrCodeDecodesToItsUrl) {
  if (!have("pdftoppm") || !have("zbarimg") || !have("pdftotext"))
    GTEST_SKIP() << "pdftoppm/pdftotext (poppler-utils) atau zbarimg (zbar-tools) tidak terpasang: "
                    "scripts/install-deps.sh --test";
  const auto cards = faces(10);
  std::ofstream(dir_ / "k.pdf", std::ios::binary) << cards_pdf(cards);
  const std::string pdf = (dir_ / "k.pdf").string();
  ASSERT_EQ(std::system(("pdftoppm -r 200 -png " + pdf + " " + (dir_ / "p").string() + " 2>/dev/null").c_str()), 0);
  const auto png = dir_ / "p-1.png";
  ASSERT_TRUE(std::filesystem::exists(png)) << "pdftoppm wrote no page";
  EXPECT_GT(std::filesystem::file_size(png), 10'000u);
  const std::string decoded = run("zbarimg --quiet --raw " + png.string() + " 2>/dev/null");
  std::set<std::string> urls;
  std::istringstream lines(decoded);
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) urls.insert(line);
  std::set<std::string> expected;
  for (const auto& c : cards) expected.insert(c.url);
  EXPECT_EQ(urls, expected) << decoded;
  // The text is real text in a Unicode font: names with non-ASCII letters come back out.
  const std::string text = run("pdftotext " + pdf + " - 2>/dev/null");
  EXPECT_NE(text.find("Siti Nur\u2019aini Ömer Çelik"), std::string::npos) << text;
  EXPECT_NE(text.find("25012341000"), std::string::npos);
  EXPECT_NE(text.find("1571**********00"), std::string::npos);
  EXPECT_NE(text.find("APBD Kota Jambi"), std::string::npos);
  EXPECT_NE(text.find("31/12/2026"), std::string::npos);
}

TEST_F(CardPdfTest, AMissingFontIsAClearError) {
  CardPdfOptions o;
  o.font = (dir_ / "tidak-ada.ttf").string();
  try {
    cards_pdf(faces(1), o);
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string{e.what()}.find("fonts-dejavu-core"), std::string::npos);
  }
}

}  // namespace
}  // namespace lindungi::formats
