// TOTP secrets encrypted at rest (issue 16 item 8): sealed with a key derived from the audit key
// file (outside the database), bound to the account; a changed value or another key is refused
// with a clear Indonesian message; secrets stored in clear before are sealed at the next start.
// OtpSecretStoreTest runs on SQLite and PostgreSQL (CTest's pg: runs).
#include "services/otp_secret.hpp"

#include <gtest/gtest.h>

#include <ctime>

#include "core/errors.hpp"
#include "intake_fixture.hpp"
#include "services/audit_key.hpp"
#include "services/auth_service.hpp"
#include "services/totp.hpp"
#include "store/accounts_store.hpp"
#include "store/audit_store.hpp"

using namespace lindungi;
namespace otp_secret = lindungi::services::otp_secret;

namespace {

const std::string kKey(64, 'a');
const std::string kOtherKey(64, 'b');
const std::string kSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

std::string refusal(const std::string& key, std::int64_t user, const std::string& stored) {
  try {
    otp_secret::open(key, user, stored);
  } catch (const Conflict& e) {
    EXPECT_EQ(e.code(), "kunci_otp_tidak_cocok");
    return e.what();
  }
  return "";
}

TEST(OtpSecret, RoundTripAndTheStoredFormHoldsNoSecret) {
  const std::string stored = otp_secret::seal(kKey, 7, kSecret);
  EXPECT_TRUE(otp_secret::sealed(stored));
  EXPECT_EQ(stored.find(kSecret), std::string::npos);
  EXPECT_EQ(otp_secret::open(kKey, 7, stored), kSecret);
  // A fresh nonce each time: the same secret sealed twice gives two different values.
  EXPECT_NE(otp_secret::seal(kKey, 7, kSecret), stored);
}

TEST(OtpSecret, AChangedValueIsRefused) {
  const std::string stored = otp_secret::seal(kKey, 7, kSecret);
  for (std::size_t at : {std::size_t{8}, stored.size() / 2, stored.size() - 2}) {
    std::string tampered = stored;
    tampered[at] = tampered[at] == 'A' ? 'B' : 'A';
    EXPECT_NE(refusal(kKey, 7, tampered), "") << at;
  }
  EXPECT_NE(refusal(kKey, 7, stored.substr(0, stored.size() - 4)), "");  // cut short
  EXPECT_NE(refusal(kKey, 7, "sodium1:"), "");
  EXPECT_NE(refusal(kKey, 7, "sodium1:bukan base64!"), "");
}

TEST(OtpSecret, AnotherKeyOrAnotherAccountIsRefusedWithAClearMessage) {
  const std::string stored = otp_secret::seal(kKey, 7, kSecret);
  const std::string message = refusal(kOtherKey, 7, stored);
  EXPECT_NE(message.find("berkas kunci audit"), std::string::npos) << message;
  EXPECT_NE(message.find("tidak dapat dibuka"), std::string::npos) << message;
  // Copied onto another account's row, it does not open either.
  EXPECT_NE(refusal(kKey, 8, stored), "");
}

TEST(OtpSecret, ASecretStoredInClearBeforeIsReadAsItIs) {
  EXPECT_FALSE(otp_secret::sealed(kSecret));
  EXPECT_EQ(otp_secret::open(kKey, 7, kSecret), kSecret);
}

class OtpSecretStoreTest : public lindungi::testing::IntakeFixture {
 protected:
  std::int64_t add_admin(const std::string& username) {
    services::AuthService(*app_).create_user(
        Actor::system("uji"), {username, "Admin " + username, "admin_kota", "15.71", "", "sandi-uji-12345", false});
    std::int64_t id = 0;
    app_->store().read([&](store::Session& s) { id = s.accounts().user_by_username(username)->id; });
    return id;
  }
  std::optional<store::OtpRecord> stored(std::int64_t id) {
    std::optional<store::OtpRecord> out;
    app_->store().read([&](store::Session& s) { out = s.accounts().otp_of(id); });
    return out;
  }
  static std::string code_now(const std::string& secret) {
    return services::totp::code_at(*services::totp::base32_decode(secret), std::time(nullptr));
  }
};

LINDUNGI_ON_BOTH_BACKENDS(OtpSecretStoreTest);

TEST_P(OtpSecretStoreTest, EnrolmentStoresTheSecretSealedAndLoginOpensIt) {
  const auto id = add_admin("admin.segel");
  services::AuthService auth(*app_);
  const Actor me{"admin.segel", Role::admin_kota, "15.71", ""};
  const auto enrolment = auth.start_otp(me);
  auto otp = stored(id);
  ASSERT_TRUE(otp);
  EXPECT_TRUE(otp_secret::sealed(otp->rahasia));
  EXPECT_EQ(otp->rahasia.find(enrolment.rahasia), std::string::npos);
  auth.confirm_otp(me, code_now(enrolment.rahasia));
  EXPECT_TRUE(stored(id)->aktif);
  EXPECT_TRUE(otp_secret::sealed(stored(id)->rahasia));
}

TEST_P(OtpSecretStoreTest, ASecretInClearIsSealedAtTheNextStartAndAnotherKeyFileGivesAClearError) {
  const auto id = add_admin("admin.lama");
  // As a database written before secrets were sealed holds it.
  app_->store().write([&](store::Session& s) {
    s.accounts().put_otp({id, kSecret, true, -1, "2026-12-01T00:00:00Z"});
  });
  open();  // the next start
  auto otp = stored(id);
  ASSERT_TRUE(otp);
  EXPECT_TRUE(otp_secret::sealed(otp->rahasia));
  EXPECT_EQ(otp_secret::open(app_->audit_key().key, id, otp->rahasia), kSecret);
  std::int64_t sealed_entries = 0;
  app_->store().read([&](store::Session& s) {
    s.audit().scan([&](const store::AuditEntry& e) {
      sealed_entries += e.aksi == "segel_rahasia_otp";
      return true;
    });
  });
  EXPECT_EQ(sealed_entries, 1);
  open();  // nothing left in clear: nothing written
  EXPECT_EQ(stored(id)->rahasia, otp->rahasia);
  // The login opens it with the right key.
  const auto result = services::AuthService(*app_).login("admin.lama", "sandi-uji-12345", "uji", code_now(kSecret));
  EXPECT_FALSE(result.token.empty());

  // Started with another key file (a wrong --kunci-audit): the login says why, it does not crash.
  const std::string other = (dir_ / "kunci-lain").string();
  services::create_audit_key(other, 1);
  app_.reset();
  app_ = services::App::open(path_, other);
  try {
    services::AuthService(*app_).login("admin.lama", "sandi-uji-12345", "uji", "000000");
    ADD_FAILURE() << "login with a secret the key does not open";
  } catch (const Conflict& e) {
    EXPECT_EQ(e.code(), "kunci_otp_tidak_cocok");
    EXPECT_NE(std::string{e.what()}.find("berkas kunci audit"), std::string::npos);
  }
}

}  // namespace
