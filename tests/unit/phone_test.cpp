// Phone numbers (issue 20 item 5): the one rule of core/phone.hpp.
#include "core/phone.hpp"

#include <gtest/gtest.h>

namespace lindungi {
namespace {

// Issue 20 item 5: 08..., 628... and +628... in, one canonical form out (+62..., E.164).
TEST(NormalizePhone, AcceptedAndStoredAsPlus62) {
  EXPECT_EQ(normalize_phone("081234567890"), "+6281234567890");
  EXPECT_EQ(normalize_phone("0812-3456-7890"), "+6281234567890");
  EXPECT_EQ(normalize_phone("+62 812 3456 7890"), "+6281234567890");
  EXPECT_EQ(normalize_phone("+6281234567890"), "+6281234567890");
  EXPECT_EQ(normalize_phone("6281234567890"), "+6281234567890");
  EXPECT_EQ(normalize_phone("62 812-3456-7890"), "+6281234567890");
  EXPECT_EQ(normalize_phone("(0812) 3456.7890"), "+6281234567890");
  EXPECT_EQ(normalize_phone("0812345678"), "+62812345678");        // 10 digits
  EXPECT_EQ(normalize_phone("0812345678901"), "+62812345678901");  // 13 digits
  EXPECT_EQ(normalize_phone("0891234567"), "+62891234567");
  // The canonical form is a fixed point: what is stored is accepted again unchanged.
  for (const char* in : {"081234567890", "0812345678", "0812345678901"})
    EXPECT_EQ(normalize_phone(*normalize_phone(in)), normalize_phone(in)) << in;
}

TEST(NormalizePhone, NationalFormForBpjsFiles) {
  EXPECT_EQ(phone_national("+6281234567890"), "081234567890");
  EXPECT_EQ(phone_national(""), "");
  EXPECT_EQ(phone_national("081234567890"), "081234567890");  // not canonical: left as it is
}

TEST(NormalizePhone, Rejected) {
  const char* inputs[] = {"",
                          "081234567",
                          "08123456789012",
                          "0712345678",
                          "0801234567",
                          "+081234567890",
                          "+1 812 3456 7890",
                          "0812345678a",
                          "0812/3456/7890",
                          "62",
                          "81234567890",
                          "++6281234567890",
                          "0812+34567890",
                          "0741 123456",
                          "+62 0812 3456 7890",
                          "62081234567890",
                          "+6281234567890123"};
  for (const char* in : inputs) EXPECT_EQ(normalize_phone(in), std::nullopt) << "input: '" << in << "'";
}

}  // namespace
}  // namespace lindungi
