#pragma once
// One error hierarchy for the whole program. The HTTP adapter and the CLI map these to status
// codes and exit codes in one place each; messages are in Bahasa Indonesia because users see them.
#include <stdexcept>
#include <string>
#include <vector>

namespace lindungi {

// A problem with one field of one input, e.g. {"nik", "nik_panjang", "NIK harus 16 digit ..."}.
struct FieldError {
  std::string field;
  std::string code;
  std::string message;
  bool operator==(const FieldError&) const = default;
};

class Error : public std::runtime_error {
 public:
  Error(std::string code, const std::string& message, std::string field = {})
      : std::runtime_error(message), code_(std::move(code)), field_(std::move(field)) {}
  const std::string& code() const { return code_; }
  const std::string& field() const { return field_; }

 private:
  std::string code_;
  std::string field_;
};

// Input that breaks a rule: HTTP 422 (400 when the request itself is malformed).
class ValidationError : public Error {
 public:
  explicit ValidationError(std::vector<FieldError> errors)
      : Error(errors.empty() ? "tidak_valid" : errors.front().code,
              errors.empty() ? "Data tidak valid" : errors.front().message,
              errors.empty() ? "" : errors.front().field),
        errors_(std::move(errors)) {}
  ValidationError(std::string field, std::string code, std::string message)
      : ValidationError(std::vector<FieldError>{{std::move(field), std::move(code), std::move(message)}}) {}
  const std::vector<FieldError>& errors() const { return errors_; }

 private:
  std::vector<FieldError> errors_;
};

class BadRequest : public Error {
 public:
  using Error::Error;
};

class NotFound : public Error {
 public:
  using Error::Error;
};

// The request is valid but collides with existing data (duplicate NIK, stale version).
class Conflict : public Error {
 public:
  using Error::Error;
};

class Unauthorized : public Error {
 public:
  using Error::Error;
};

class Forbidden : public Error {
 public:
  using Error::Error;
};

// Throttled (login attempts): HTTP 429.
class TooManyAttempts : public Error {
 public:
  using Error::Error;
};

}  // namespace lindungi
