#include "services/otp_secret.hpp"

#include <sodium.h>

#include <array>
#include <stdexcept>
#include <vector>

#include "core/errors.hpp"

namespace lindungi::services::otp_secret {

namespace {

constexpr std::string_view kPrefix = "sodium1:";
constexpr char kContext[crypto_kdf_CONTEXTBYTES + 1] = "LdgTOTP1";  // 8 bytes: this purpose only
constexpr std::uint64_t kSubkeyId = 1;

using Key = std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_KEYBYTES>;

Key derive(std::string_view key_text) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium tidak dapat dimulai");
  // The key file's text (64 hex digits when Lindungi made it) hashed to a KDF master key, then the
  // subkey for TOTP secrets: the audit HMAC never sees this key, nor this code the audit's.
  std::array<unsigned char, crypto_kdf_KEYBYTES> master{};
  crypto_generichash(master.data(), master.size(), reinterpret_cast<const unsigned char*>(key_text.data()),
                     key_text.size(), nullptr, 0);
  Key key{};
  static_assert(crypto_kdf_BYTES_MIN <= Key{}.size() && Key{}.size() <= crypto_kdf_BYTES_MAX);
  crypto_kdf_derive_from_key(key.data(), key.size(), kSubkeyId, kContext, master.data());
  sodium_memzero(master.data(), master.size());
  return key;
}

std::string additional_data(std::int64_t user_id) { return "lindungi-otp-pengguna:" + std::to_string(user_id); }

[[noreturn]] void does_not_open() {
  throw Conflict("kunci_otp_tidak_cocok",
                 "Rahasia verifikasi dua langkah akun ini tidak dapat dibuka dengan kunci server ini: berkas kunci "
                 "audit yang dipakai bukan yang menyegelnya, atau datanya diubah di database. Pulihkan berkas kunci "
                 "audit yang benar, atau minta admin mereset verifikasi dua langkah akun ini.",
                 "kode_otp");
}

}  // namespace

bool sealed(std::string_view stored) { return stored.substr(0, kPrefix.size()) == kPrefix; }

std::string seal(std::string_view key_text, std::int64_t user_id, std::string_view base32_secret) {
  Key key = derive(key_text);
  const std::string ad = additional_data(user_id);
  std::vector<unsigned char> out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + base32_secret.size() +
                                 crypto_aead_xchacha20poly1305_ietf_ABYTES);
  unsigned char* nonce = out.data();
  randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(out.data() + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written,
                                             reinterpret_cast<const unsigned char*>(base32_secret.data()),
                                             base32_secret.size(), reinterpret_cast<const unsigned char*>(ad.data()),
                                             ad.size(), nullptr, nonce, key.data());
  sodium_memzero(key.data(), key.size());
  out.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + written);
  std::string b64(sodium_base64_ENCODED_LEN(out.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(b64.data(), b64.size(), out.data(), out.size(), sodium_base64_VARIANT_ORIGINAL);
  b64.resize(b64.find('\0'));
  return std::string{kPrefix} + b64;
}

std::string open(std::string_view key_text, std::int64_t user_id, std::string_view stored) {
  if (!sealed(stored)) return std::string{stored};  // stored in clear before secrets were sealed
  const std::string_view b64 = stored.substr(kPrefix.size());
  if (b64.empty()) does_not_open();  // nothing after the prefix (and libsodium must not get a null buffer)
  std::vector<unsigned char> raw(b64.size());
  std::size_t len = 0;
  if (sodium_base642bin(raw.data(), raw.size(), b64.data(), b64.size(), nullptr, &len, nullptr,
                        sodium_base64_VARIANT_ORIGINAL) != 0 ||
      len < crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES)
    does_not_open();
  Key key = derive(key_text);
  const std::string ad = additional_data(user_id);
  std::string plain(len - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES - crypto_aead_xchacha20poly1305_ietf_ABYTES,
                    '\0');
  unsigned long long plain_len = 0;
  const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
      reinterpret_cast<unsigned char*>(plain.data()), &plain_len, nullptr,
      raw.data() + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, len - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
      reinterpret_cast<const unsigned char*>(ad.data()), ad.size(), raw.data(), key.data());
  sodium_memzero(key.data(), key.size());
  if (rc != 0) does_not_open();
  plain.resize(plain_len);
  return plain;
}

}  // namespace lindungi::services::otp_secret
