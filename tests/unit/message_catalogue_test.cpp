// Unit tests for services/message_catalogue (issue 17 item 10): the matcher that turns the
// server's Indonesian texts into English, and the Accept-Language negotiation.
#include "services/message_catalogue.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace lindungi::services {
namespace {

const char* kCatalogue = R"katalog({
  "_tentang": "metadata is skipped",
  "Nama wajib diisi": "The name is required",
  "Pekerja dengan id {} tidak ditemukan": "Worker with id {} was not found",
  "Bulan {} untuk {} sudah didanai": "Month {} for {} is already funded",
  "Sisa anggaran {} {} {}, kurang dari {}": "The remaining budget of {} {} is {}, less than {}",
  "Baris {}: {}": "Row {}: {}",
  "{} hanya untuk pekerja di wilayah {}": "{} is only for workers in {}",
  "{} di wilayah ini": "{} in this area",
  "Kuota {} {} sudah penuh": "{1} quota for {0} is full",
  "Pekerja {} tidak ditemukan": "Worker {} not found",
  "Pekerja {} tidak ditemukan di proyek {}": "Worker {} not found in project {}",
  "Nama ahli waris{} wajib diisi": "Heir{}: the name is required",
  " ke-{}": " {}",
  "Anggaran {} {} belum diisi": "The {} budget for {} has not been entered",
  "Uji coba: {}.": "Trial run: {}.",
  "{} baru dari {} baris{}": "{} new out of {}{}",
  "; {} baris duplikat": "; duplicates: {}",
  "Mungkin sama: {}.": "Possibly the same: {}.",
  "NIK sama": "Same NIK",
  "Nama mirip ({}%)": "Similar name ({}%)"
})katalog";

TEST(MessageCatalogue, TranslatesATextWithoutPlaceholders) {
  const MessageCatalogue c(kCatalogue);
  EXPECT_EQ(c.translate("Nama wajib diisi"), "The name is required");
  EXPECT_EQ(c.size(), 19u);  // the metadata key is not an entry
}

TEST(MessageCatalogue, CarriesOnePlaceholderOverUnchanged) {
  const MessageCatalogue c(kCatalogue);
  EXPECT_EQ(c.translate("Pekerja dengan id 42 tidak ditemukan"), "Worker with id 42 was not found");
}

TEST(MessageCatalogue, CarriesSeveralPlaceholdersOverInOrder) {
  const MessageCatalogue c(kCatalogue);
  EXPECT_EQ(c.translate("Bulan 2026-03 untuk Siti Aminah sudah didanai"),
            "Month 2026-03 for Siti Aminah is already funded");
  EXPECT_EQ(c.translate("Sisa anggaran APBD Kota 2026 Rp1.000, kurang dari Rp36.800"),
            "The remaining budget of APBD Kota 2026 is Rp1.000, less than Rp36.800");
}

TEST(MessageCatalogue, ReordersPlaceholdersWithIndexes) {
  const MessageCatalogue c(kCatalogue);
  EXPECT_EQ(c.translate("Kuota APBD 2026 sudah penuh"), "2026 quota for APBD is full");
}

TEST(MessageCatalogue, MatchesTemplatesThatStartWithAPlaceholder) {
  const MessageCatalogue c(kCatalogue);
  EXPECT_EQ(c.translate("Dana Kelurahan hanya untuk pekerja di wilayah Kota Jambi"),
            "Dana Kelurahan is only for workers in Kota Jambi");
}

TEST(MessageCatalogue, TranslatesACataloguedTextInsideAPlaceholder) {
  const MessageCatalogue c(kCatalogue);
  // An import row problem wraps a field problem.
  EXPECT_EQ(c.translate("Baris 7: Nama wajib diisi"), "Row 7: The name is required");
  EXPECT_EQ(c.translate("Baris 8: Pekerja dengan id 3 tidak ditemukan"), "Row 8: Worker with id 3 was not found");
  // Anything else inside is kept as it is.
  EXPECT_EQ(c.translate("Baris 9: sesuatu yang lain"), "Row 9: sesuatu yang lain");
}

TEST(MessageCatalogue, AnEmptyPlaceholderAndATranslatedSuffix) {
  const MessageCatalogue c(kCatalogue);
  EXPECT_EQ(c.translate("Nama ahli waris wajib diisi"), "Heir: the name is required");
  EXPECT_EQ(c.translate("Nama ahli waris ke-2 wajib diisi"), "Heir 2: the name is required");
}

TEST(MessageCatalogue, TheMostSpecificTemplateWins) {
  const MessageCatalogue c(kCatalogue);
  EXPECT_EQ(c.translate("Pekerja 5 tidak ditemukan di proyek 9"), "Worker 5 not found in project 9");
  EXPECT_EQ(c.translate("Pekerja 5 tidak ditemukan"), "Worker 5 not found");
}

TEST(MessageCatalogue, APartBeforeASpaceIsTakenLongest) {
  // A name with spaces, then a year: the name keeps its spaces.
  const MessageCatalogue c(kCatalogue);
  EXPECT_EQ(c.translate("Anggaran APBD Kota Jambi 2026 belum diisi"),
            "The APBD Kota Jambi budget for 2026 has not been entered");
}

TEST(MessageCatalogue, NestedTextsKeepTheirOwnLiterals) {
  // The import summary: a sentence around counts around an optional clause that repeats " baris".
  const MessageCatalogue c(kCatalogue);
  EXPECT_EQ(c.translate("Uji coba: 3 baru dari 5 baris; 2 baris duplikat."),
            "Trial run: 3 new out of 5; duplicates: 2.");
  EXPECT_EQ(c.translate("Uji coba: 3 baru dari 5 baris."), "Trial run: 3 new out of 5.");
}

TEST(MessageCatalogue, APartThatIsAListOfTextsIsTranslatedItemByItem) {
  // A duplicate pair's reasons joined by "; " inside an import warning: all or nothing.
  const MessageCatalogue c(kCatalogue);
  EXPECT_EQ(c.translate("Mungkin sama: NIK sama; Nama mirip (80%)."),
            "Possibly the same: Same NIK; Similar name (80%).");
  EXPECT_EQ(c.translate("Mungkin sama: NIK sama; lain."), "Possibly the same: NIK sama; lain.");
}

TEST(MessageCatalogue, UnmatchedTextsAreNotTranslated) {
  const MessageCatalogue c(kCatalogue);
  EXPECT_EQ(c.translate("Pesan yang belum ada di katalog"), std::nullopt);
  EXPECT_EQ(c.translate("Pekerja dengan id 42"), std::nullopt);  // the end does not match
  EXPECT_EQ(c.translate("Nama wajib diisi!"), std::nullopt);     // exact texts are exact
  EXPECT_EQ(c.translate(""), std::nullopt);
  EXPECT_EQ(c.translate("Baris"), std::nullopt);
}

TEST(MessageCatalogue, RefusesAMalformedCatalogue) {
  EXPECT_THROW(MessageCatalogue("[1, 2]"), std::invalid_argument);
  EXPECT_THROW(MessageCatalogue("{\"Nama\": \"\"}"), std::invalid_argument);
  EXPECT_THROW(MessageCatalogue("{\"A {} B\": \"A {1} B\"}"), std::invalid_argument);  // no second part
  EXPECT_THROW(MessageCatalogue("{\"A {}{} B\": \"A {} {} B\"}"), std::invalid_argument);
  EXPECT_THROW(MessageCatalogue("not json"), std::invalid_argument);
}

TEST(MessageCatalogue, TheCompiledInCatalogueLoads) {
  const auto& en = MessageCatalogue::english();
  EXPECT_GT(en.size(), 500u);
  EXPECT_EQ(en.translate("Nama pengguna atau kata sandi salah"), "Wrong username or password");
  EXPECT_EQ(en.translate("NIK harus 16 digit, bukan 15 digit"), "A NIK must have 16 digits, not 15");
  EXPECT_EQ(en.translate("Anda tidak berwenang mengelola anggaran"), "You are not allowed to manage budgets");
}

TEST(AcceptLanguage, EnglishOnlyWhenPreferred) {
  EXPECT_EQ(language_from_accept(""), Language::id);
  EXPECT_EQ(language_from_accept("en"), Language::en);
  EXPECT_EQ(language_from_accept("en-US"), Language::en);
  EXPECT_EQ(language_from_accept("EN-gb"), Language::en);
  EXPECT_EQ(language_from_accept("id"), Language::id);
  EXPECT_EQ(language_from_accept("fr"), Language::id);
  EXPECT_EQ(language_from_accept("fr, en;q=0.5"), Language::en);  // French is not offered
  EXPECT_EQ(language_from_accept("id;q=0.9, en"), Language::en);
  EXPECT_EQ(language_from_accept("en-US,en;q=0.9,id;q=0.8"), Language::en);
  EXPECT_EQ(language_from_accept("id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7"), Language::id);
  EXPECT_EQ(language_from_accept("en;q=0"), Language::id);  // refused
  EXPECT_EQ(language_from_accept("en;q=abc"), Language::id);
  EXPECT_EQ(language_from_accept("*, en;q=0.5"), Language::id);
  EXPECT_EQ(language_from_accept("english"), Language::id);  // not a tag we know
  EXPECT_EQ(language_tag(Language::en), "en");
  EXPECT_EQ(language_tag(Language::id), "id");
}

}  // namespace
}  // namespace lindungi::services
