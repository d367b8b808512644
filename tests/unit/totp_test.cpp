// TOTP (RFC 6238) through liboath: the RFC's appendix B test vectors, and what the login relies
// on (a code matches its own step and its neighbours only, base32 and the Key URI).
#include "services/totp.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace lindungi::services;

namespace {

struct Vector {
  std::int64_t time;
  const char* sha1;
  const char* sha256;
  const char* sha512;
};

// RFC 6238, Appendix B: 8-digit codes; the seeds are ASCII "1234567890" repeated to the hash's
// block length (20, 32 and 64 bytes).
constexpr Vector kRfc6238[] = {
    {59, "94287082", "46119246", "90693936"},         {1111111109, "07081804", "68084774", "25091201"},
    {1111111111, "14050471", "67062674", "99943326"}, {1234567890, "89005924", "91819424", "93441116"},
    {2000000000, "69279037", "90698825", "38618901"}, {20000000000, "65353130", "77737706", "47863826"},
};

const std::string kSeed20 = "12345678901234567890";
const std::string kSeed32 = "12345678901234567890123456789012";
const std::string kSeed64 = "1234567890123456789012345678901234567890123456789012345678901234";

}  // namespace

TEST(TotpTest, Rfc6238AppendixBSha1) {
  for (const auto& v : kRfc6238) EXPECT_EQ(totp::code_at(kSeed20, v.time, 8), v.sha1) << v.time;
}

TEST(TotpTest, Rfc6238AppendixBSha256AndSha512) {
  for (const auto& v : kRfc6238) {
    EXPECT_EQ(totp::code_at(kSeed32, v.time, 8, totp::Hash::sha256), v.sha256) << v.time;
    EXPECT_EQ(totp::code_at(kSeed64, v.time, 8, totp::Hash::sha512), v.sha512) << v.time;
  }
}

TEST(TotpTest, SixDigitCodesAreTheLastSixOfTheRfcs) {
  // Apps show 6 digits: the same truncation modulo 10^6.
  EXPECT_EQ(totp::code_at(kSeed20, 59), "287082");
  EXPECT_EQ(totp::code_at(kSeed20, 1111111109), "081804");
}

TEST(TotpTest, Base32RoundTripAndTheRfcSeed) {
  const std::string b32 = totp::base32_encode(kSeed20);
  EXPECT_EQ(b32, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  EXPECT_EQ(totp::base32_decode(b32), kSeed20);
  EXPECT_EQ(totp::base32_decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"), kSeed20);  // as apps print it
  EXPECT_FALSE(totp::base32_decode("bukan base32!"));
  EXPECT_FALSE(totp::base32_decode(""));
}

TEST(TotpTest, MatchingStepAcceptsOneStepEitherSideOnly) {
  const std::string b32 = totp::base32_encode(kSeed20);
  const std::int64_t now = 1111111111;  // step 37037037
  const std::int64_t step = now / 30;
  EXPECT_EQ(totp::matching_step(b32, totp::code_at(kSeed20, now), now), step);
  EXPECT_EQ(totp::matching_step(b32, totp::code_at(kSeed20, now - 30), now), step - 1);
  EXPECT_EQ(totp::matching_step(b32, totp::code_at(kSeed20, now + 30), now), step + 1);
  EXPECT_FALSE(totp::matching_step(b32, totp::code_at(kSeed20, now - 90), now));
  EXPECT_FALSE(totp::matching_step(b32, "12345", now));
  EXPECT_FALSE(totp::matching_step(b32, "12345a", now));
  EXPECT_FALSE(totp::matching_step(b32, "", now));
}

TEST(TotpTest, RandomSecretsAre160BitsAndDiffer) {
  const std::string a = totp::random_secret(), b = totp::random_secret();
  EXPECT_EQ(a.size(), 32u);
  EXPECT_NE(a, b);
  EXPECT_EQ(totp::base32_decode(a)->size(), 20u);
}

TEST(TotpTest, OtpauthUriNamesIssuerAccountAndParameters) {
  EXPECT_EQ(totp::otpauth_uri("Lindungi", "admin.kota", "GEZDGNBV"),
            "otpauth://totp/Lindungi:admin.kota?secret=GEZDGNBV&issuer=Lindungi&algorithm=SHA1&digits=6&period=30");
  EXPECT_EQ(totp::otpauth_uri("Lindungi Kota", "a b", "X"),
            "otpauth://totp/Lindungi%20Kota:a%20b?secret=X&issuer=Lindungi%20Kota&algorithm=SHA1&digits=6&period=30");
}
