#pragma once
// The audit log (issue 18 item 2): the hash chain of every write, reached through
// Session::audit() in the caller's transaction.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/page.hpp"

namespace lindungi::store {

struct AuditEntry {
  std::int64_t id = 0;
  std::string waktu;  // ISO 8601 UTC
  std::string pelaku;
  std::string aksi;
  std::string entitas;
  std::string entitas_id;
  std::string perubahan;       // JSON object: field -> [old, new]
  std::string hash_sebelum{};  // set by the store: the previous entry's hash
  std::string hash{};          // set by the store: "k1:" + HMAC-SHA256 with the audit key, or
                               // BLAKE2b (legacy, before the database had a key); see audit_chain
  // The area (region or RT code) of what the entry concerns, so the log is filtered like the
  // records themselves (issue 16 item 1); "" = system-wide, seen only by actors without an area.
  // Filled by AuditSession::append from the entity when the caller leaves it empty. Not part of
  // the hash: it is derived from the entity, and old chains must still verify after the back-fill.
  std::string wilayah{};
};

class AuditSession {
 public:
  virtual ~AuditSession() = default;

  // Appends to the hash chain (the store fills waktu if empty, hash_sebelum and hash), with the
  // entry's area resolved from its entity when empty (store::audit_area, one rule for both
  // backends).
  virtual void append(const AuditEntry& entry) = 0;
  // Every entry in id order, for verification: `visit` returns false to stop.
  virtual void scan(const std::function<bool(const AuditEntry&)>& visit) = 0;
  // Newest first; with `area`, only the entries whose area lies within it ("" = every entry).
  virtual Page<AuditEntry> entries(std::string_view entitas, std::string_view entitas_id, int offset, int limit,
                                   std::string_view area = "") = 0;
};

}  // namespace lindungi::store
