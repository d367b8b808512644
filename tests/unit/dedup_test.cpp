// The "same person, other NIK" scorer (core/dedup): Indonesian name normalisation, NIK typos, and
// pairs that must and must not be proposed to the kelurahan.
#include "core/dedup.hpp"

#include <gtest/gtest.h>

namespace lindungi {
namespace {

TEST(NormalizeName, TitlesDegreesMuhammadSpellingAndCase) {
  EXPECT_EQ(normalize_person_name("H. Moh. Rizky Pratama, S.Pd."), "muhammad rizki pratama");
  EXPECT_EQ(normalize_person_name("Hj. SITI   aminah"), "siti aminah");
  EXPECT_EQ(normalize_person_name("Drs. Muhamad Yusuf, M.Pd."), "muhammad yusuf");
  EXPECT_EQ(normalize_person_name("M. Yusuf"), "muhammad yusuf");
  EXPECT_EQ(normalize_person_name("Mohammad Yusuf"), "muhammad yusuf");
  EXPECT_EQ(normalize_person_name("Muh Yusuf"), "muhammad yusuf");
  EXPECT_EQ(normalize_person_name("Mhd. Yusuf"), "muhammad yusuf");
  EXPECT_EQ(normalize_person_name("Ir. Budi Santoso S.T."), "budi santoso");
  EXPECT_EQ(normalize_person_name("Budi Santoso, S.E., M.M."), "budi santoso");
  EXPECT_EQ(normalize_person_name("Soekarno"), "sukarno");
  EXPECT_EQ(normalize_person_name("Djoko Tjahjono"), "joko cahjono");
  EXPECT_EQ(normalize_person_name("Chairul Anwar"), "khairul anwar");
  EXPECT_EQ(normalize_person_name("Ma'ruf Amin"), "maruf amin");
  EXPECT_EQ(normalize_person_name("Abd. Rahman"), "abdul rahman");
  EXPECT_EQ(normalize_person_name("Ahmad bin Yusuf"), "ahmad yusuf");
  EXPECT_EQ(normalize_person_name("Hasan"), "hasan");
  // A title alone is a name: nothing is stripped down to nothing.
  EXPECT_EQ(normalize_person_name("H."), "h");
  // An initial M that is not first stays an initial.
  EXPECT_EQ(normalize_person_name("Rizki M. Putra"), "rizki m putra");
}

TEST(NameSimilarity, SameSimilarDifferent) {
  auto sim = [](const char* a, const char* b) {
    return name_similarity(normalize_person_name(a), normalize_person_name(b));
  };
  EXPECT_DOUBLE_EQ(sim("Muhammad Rizki", "M. Rizki"), 1.0);
  EXPECT_DOUBLE_EQ(sim("Nurhayati", "Nur Hayati"), 1.0);
  EXPECT_DOUBLE_EQ(sim("Siti Aminah", "Aminah Siti"), 1.0);
  EXPECT_GE(sim("Siti Aminah", "Siti Aminnah"), 0.92);
  EXPECT_GE(sim("Budi Santoso Pratama", "Budi Santoso"), 0.92);
  EXPECT_LT(sim("Hasan", "Hasan Lubis"), 0.92);  // a lone given name is only similar
  EXPECT_LT(sim("Muhammad Hasan", "Muhammad Husin"), 0.85);
  EXPECT_LT(sim("Siti Aminah", "Dewi Lestari"), 0.7);
  EXPECT_DOUBLE_EQ(jaro_winkler("martha", "martha"), 1.0);
  EXPECT_NEAR(jaro_winkler("martha", "marhta"), 0.961, 0.001);  // the textbook value
  EXPECT_DOUBLE_EQ(jaro_winkler("", "abc"), 0.0);
}

TEST(CompareNik, OneDigitTransposedOrDifferent) {
  EXPECT_EQ(compare_nik("1571015708850003", "1571015708850003").relation, NikRelation::same);
  const auto one = compare_nik("1571015708850003", "1571015708850008");
  EXPECT_EQ(one.relation, NikRelation::one_digit);
  EXPECT_EQ(one.position, 16);
  const auto swap = compare_nik("1571015708850003", "1571015078850003");
  EXPECT_EQ(swap.relation, NikRelation::transposed);
  EXPECT_EQ(swap.position, 8);
  EXPECT_EQ(compare_nik("1571015708850003", "1571015708850030").relation, NikRelation::transposed);
  EXPECT_EQ(compare_nik("1571015708850003", "1571015708850099").relation, NikRelation::different);
  EXPECT_EQ(compare_nik("1571015708850003", "157101570885000").relation, NikRelation::different);
}

PersonKey person(std::string nik, std::string nama, Date dob, Sex sex, std::string kel = "15.71.01.1001", int rt = 7) {
  return {0, std::move(nik), normalize_person_name(nama), dob, sex, std::move(kel), rt};
}

TEST(ScorePair, PairsThatMustMatch) {
  const PersonKey base = person("1571015708850003", "Siti Aminah", {1985, 8, 17}, Sex::P);
  // One mistyped digit, the same person: anywhere in the city.
  EXPECT_TRUE(score_pair(base, person("1571015708850008", "Siti Aminah", {1985, 8, 17}, Sex::P)).candidate);
  EXPECT_TRUE(score_pair(base, person("1571015708850008", "Hj. Siti Aminah", {1985, 8, 17}, Sex::P, "15.71.05.1002", 3))
                  .candidate);
  // Two neighbouring digits swapped, name with a typo.
  EXPECT_TRUE(score_pair(base, person("1571015078850003", "Siti Aminnah", {1985, 8, 17}, Sex::P)).candidate);
  // Another NIK altogether (a temporary one), same birth date, same kelurahan, name variant.
  EXPECT_TRUE(
      score_pair(base, person("1571110101000001", "SITI AMINAH, S.Pd.", {1985, 8, 17}, Sex::P, "15.71.01.1001", 2))
          .candidate);
  const PersonKey rizki = person("1571012001950003", "Muhammad Rizki", {1995, 1, 20}, Sex::L);
  EXPECT_TRUE(score_pair(rizki, person("1571019901950003", "M. Rizki", {1995, 1, 20}, Sex::L)).candidate);
  // A mistyped NIK and a mistyped birth date, same RT.
  const auto m = score_pair(rizki, person("1571012001950008", "Muhammad Rizki", {1995, 1, 21}, Sex::L));
  EXPECT_TRUE(m.candidate);
  EXPECT_GT(m.score, 0.9);
  EXPECT_FALSE(m.reasons.empty());
}

TEST(ScorePair, PairsThatMustNotMatch) {
  const PersonKey base = person("1571015708850003", "Siti Aminah", {1985, 8, 17}, Sex::P);
  // Twins: same day, same RT, NIK one serial apart, different given names.
  EXPECT_FALSE(score_pair(base, person("1571015708850004", "Dewi Aminah", {1985, 8, 17}, Sex::P)).candidate);
  EXPECT_FALSE(score_pair(person("1571011708850003", "Muhammad Hasan", {1985, 8, 17}, Sex::L),
                          person("1571011708850004", "Muhammad Husin", {1985, 8, 17}, Sex::L))
                   .candidate);
  // Brother and sister: NIK one digit apart (+40 on the day), different sex and name.
  EXPECT_FALSE(score_pair(base, person("1571011708850003", "Budi Aminah", {1985, 8, 17}, Sex::L)).candidate);
  // Namesakes born the same day in different kelurahan with unrelated NIKs.
  EXPECT_FALSE(
      score_pair(base, person("1571065708850191", "Siti Aminah", {1985, 8, 17}, Sex::P, "15.71.06.1001", 1)).candidate);
  // Father and son with the same name in the same RT.
  EXPECT_FALSE(score_pair(person("1571011708600003", "Ahmad Yani", {1960, 8, 17}, Sex::L),
                          person("1571011708900011", "Ahmad Yani", {1990, 8, 17}, Sex::L))
                   .candidate);
  // A lone given name that another person in the kelurahan shares, born the same day.
  EXPECT_FALSE(score_pair(person("1571011708850003", "Hasan", {1985, 8, 17}, Sex::L, "15.71.01.1001", 1),
                          person("1571091708850077", "Hasan Lubis", {1985, 8, 17}, Sex::L, "15.71.01.1001", 4))
                   .candidate);
}

TEST(ScorePair, WorthScoringIsExactForTheThreshold) {
  // Different kelurahan and a far NIK can never reach the threshold, whatever else agrees.
  const PersonKey a = person("1571015708850003", "Siti Aminah", {1985, 8, 17}, Sex::P);
  const PersonKey b = person("1571065708850191", "Siti Aminah", {1985, 8, 17}, Sex::P, "15.71.06.1001", 7);
  EXPECT_FALSE(worth_scoring(a, b));
  EXPECT_FALSE(score_pair(a, b).candidate);
  EXPECT_TRUE(worth_scoring(a, person("1571015708850008", "x", {2000, 1, 1}, Sex::L, "15.71.06.1001", 7)));
}

}  // namespace
}  // namespace lindungi
