#pragma once
// Errors that name a fact for the program reading them beside their message (issue 21 item 3: a NIK
// conflict's `nama_kelurahan`, the other record's kelurahan, which the RT head's phone shows on its
// draft). The HTTP adapter adds each (name, text) pair to the answer's `error` object. Only what the
// message itself may say: never a person's data the caller may not see. Apart from core/errors.hpp
// so that the few errors with a detail do not rebuild everything that throws.
#include <string>
#include <utility>
#include <vector>

#include "core/errors.hpp"

namespace lindungi {

using ErrorDetail = std::vector<std::pair<std::string, std::string>>;

// The detail of an error; an Error that carries one also derives from this.
class HasErrorDetail {
 public:
  virtual ~HasErrorDetail() = default;
  const ErrorDetail& detail() const { return detail_; }

 protected:
  explicit HasErrorDetail(ErrorDetail detail) : detail_(std::move(detail)) {}

 private:
  ErrorDetail detail_;
};

// A 409 with a detail.
class DetailedConflict : public Conflict, public HasErrorDetail {
 public:
  DetailedConflict(std::string code, const std::string& message, std::string field, ErrorDetail detail)
      : Conflict(std::move(code), message, std::move(field)), HasErrorDetail(std::move(detail)) {}
};

}  // namespace lindungi
