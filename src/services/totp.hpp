#pragma once
// Time-based one-time passwords (RFC 6238) for the second factor (issue 16 item 8): a thin
// wrapper over liboath (Debian's OATH Toolkit) so that the HMAC and truncation are not ours to
// get wrong. Pure computation from the time it is given: the caller passes the real clock.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lindungi::services::totp {

inline constexpr unsigned kStepSeconds = 30;  // RFC 6238's default, what authenticator apps use
inline constexpr unsigned kDigits = 6;

enum class Hash { sha1, sha256, sha512 };

// The code for raw key bytes at a Unix time (RFC 6238 §4), `digits` long with leading zeros.
std::string code_at(std::string_view key, std::int64_t unix_seconds, unsigned digits = kDigits, Hash hash = Hash::sha1);

// The time step (T) whose code `code` is, for a base32 secret, within `window` steps either side
// of `unix_seconds` (one step tolerates a phone clock 30 s off); nullopt when none matches or the
// code is not `kDigits` digits.
std::optional<std::int64_t> matching_step(const std::string& base32_secret, std::string_view code,
                                          std::int64_t unix_seconds, unsigned window = 1);

// A new random 160-bit key (RFC 4226 §4's recommended length), base32 without padding.
std::string random_secret();

std::string base32_encode(std::string_view bytes);
// nullopt when `text` is not base32 (spaces and lower case are accepted, as apps print them).
std::optional<std::string> base32_decode(std::string_view text);

// otpauth://totp/<issuer>:<account>?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30, the
// Key URI format authenticator apps read (as text or as a QR code).
std::string otpauth_uri(std::string_view issuer, std::string_view account, std::string_view base32_secret);

}  // namespace lindungi::services::totp
