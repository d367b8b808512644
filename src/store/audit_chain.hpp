#pragma once
// The audit log's hash chain, the same for every backend: each entry stores the hash of the
// previous entry and its own hash over its fields and that previous hash.
//
// Issue 16 item 5: a plain hash can be recomputed by anyone who can write the database, so
// entries are keyed: "k1:" + HMAC-SHA256 under a key kept outside the database. Entries written
// before a database had a key keep their BLAKE2b hash (legacy); once keyed entries start, every
// later one must be keyed (AuditService::verify).
#include <string>
#include <string_view>

#include "store/audit_store.hpp"

namespace lindungi::store {

// What a keyed entry's hash starts with.
inline constexpr std::string_view kKeyedHashPrefix = "k1:";

// `key` empty: BLAKE2b-256 (hex) over the entry's fields and `hash_sebelum` (legacy). Otherwise
// "k1:" + HMAC-SHA256 (hex) over the same bytes under `key`.
std::string audit_hash(const AuditEntry& entry, std::string_view key = {});

inline bool audit_hash_keyed(std::string_view hash) { return hash.starts_with(kKeyedHashPrefix); }

}  // namespace lindungi::store
