#include "services/totp.hpp"

#include <liboath/oath.h>
#include <sodium.h>

#include <cstdlib>
#include <stdexcept>

namespace lindungi::services::totp {

namespace {

void ensure_oath() {
  static const int ok = oath_init();
  if (ok != OATH_OK) throw std::runtime_error("liboath could not be initialised");
}

int oath_flags(Hash hash) {
  switch (hash) {
    case Hash::sha1:
      return 0;
    case Hash::sha256:
      return OATH_TOTP_HMAC_SHA256;
    case Hash::sha512:
      return OATH_TOTP_HMAC_SHA512;
  }
  return 0;
}

// RFC 3986 unreserved characters pass, everything else is percent-encoded.
std::string uri_escape(std::string_view s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace

std::string code_at(std::string_view key, std::int64_t unix_seconds, unsigned digits, Hash hash) {
  ensure_oath();
  char out[16] = {};
  if (digits < 6 || digits > 8) throw std::invalid_argument("TOTP codes have 6 to 8 digits");
  if (oath_totp_generate2(key.data(), key.size(), static_cast<time_t>(unix_seconds), kStepSeconds,
                          OATH_TOTP_DEFAULT_START_TIME, digits, oath_flags(hash), out) != OATH_OK)
    throw std::runtime_error("liboath could not compute a TOTP code");
  return out;
}

std::optional<std::int64_t> matching_step(const std::string& base32_secret, std::string_view code,
                                          std::int64_t unix_seconds, unsigned window) {
  if (code.size() != kDigits || code.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  const auto key = base32_decode(base32_secret);
  if (!key) return std::nullopt;
  ensure_oath();
  int position = 0;
  std::uint64_t counter = 0;
  const std::string otp{code};
  const int r = oath_totp_validate3(key->data(), key->size(), static_cast<time_t>(unix_seconds), kStepSeconds,
                                    OATH_TOTP_DEFAULT_START_TIME, window, &position, &counter, otp.c_str());
  if (r < 0) return std::nullopt;
  return static_cast<std::int64_t>(counter);
}

std::string random_secret() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
  unsigned char bytes[20];
  randombytes_buf(bytes, sizeof bytes);
  return base32_encode(std::string_view{reinterpret_cast<const char*>(bytes), sizeof bytes});
}

std::string base32_encode(std::string_view bytes) {
  ensure_oath();
  char* out = nullptr;
  std::size_t len = 0;
  if (oath_base32_encode(bytes.data(), bytes.size(), &out, &len) != OATH_OK)
    throw std::runtime_error("liboath could not encode base32");
  std::string s{out, len};
  std::free(out);
  // Apps take the secret without '=' padding (Key URI format); 20 bytes need none anyway.
  while (!s.empty() && s.back() == '=') s.pop_back();
  return s;
}

std::optional<std::string> base32_decode(std::string_view text) {
  ensure_oath();
  std::string clean;
  for (char c : text) {
    if (c == ' ' || c == '-') continue;
    clean += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  while (clean.size() % 8 != 0) clean += '=';  // liboath wants the padding back
  char* out = nullptr;
  std::size_t len = 0;
  if (clean.empty() || oath_base32_decode(clean.data(), clean.size(), &out, &len) != OATH_OK) return std::nullopt;
  std::string s{out, len};
  sodium_memzero(out, len);
  std::free(out);
  return s;
}

std::string otpauth_uri(std::string_view issuer, std::string_view account, std::string_view base32_secret) {
  return "otpauth://totp/" + uri_escape(issuer) + ":" + uri_escape(account) + "?secret=" + std::string{base32_secret} +
         "&issuer=" + uri_escape(issuer) + "&algorithm=SHA1&digits=" + std::to_string(kDigits) +
         "&period=" + std::to_string(kStepSeconds);
}

}  // namespace lindungi::services::totp
