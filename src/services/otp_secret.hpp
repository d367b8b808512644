#pragma once
// TOTP secrets encrypted at rest (issue 16 item 8): whoever reads the database (its owner, a DBA,
// a stolen backup) must not be able to make an admin's second-factor codes. The key is kept where
// the audit HMAC key is (services/audit_key.hpp: the key file beside the database, or
// LINDUNGI_AUDIT_KEY_FILE, or `serve --kunci-audit`), never in the database: a subkey derived from
// that file's key for this one purpose (libsodium's KDF), so there is no second file to lose, and
// backup/restore, which already carry the key file, keep the secrets readable.
//
// Sealed with libsodium's XChaCha20-Poly1305 (AEAD, a random 24-byte nonce per secret), bound to
// the account's id as additional data: a secret copied onto another account's row does not open.
// Stored as "sodium1:" + base64(nonce || ciphertext); a value without that prefix is a secret
// stored in clear before this change (base32 never contains ':'), read as it is and sealed by
// App::open at the next start (seal_plain_otp_secrets).
#include <cstdint>
#include <string>
#include <string_view>

namespace lindungi::services::otp_secret {

// The stored form of `base32_secret` for account `user_id`, sealed with a key derived from
// `key_text` (the audit key file's kunci=).
std::string seal(std::string_view key_text, std::int64_t user_id, std::string_view base32_secret);

// The base32 secret back. A legacy clear value is returned as it is. Throws Conflict
// (kunci_otp_tidak_cocok, Indonesian message) when the value does not open with this key: another
// key file than the one that sealed it, or a value changed in the database.
std::string open(std::string_view key_text, std::int64_t user_id, std::string_view stored);

bool sealed(std::string_view stored);

}  // namespace lindungi::services::otp_secret
