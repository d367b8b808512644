#pragma once
// The audit log's hash chain, the same for every backend: each entry stores the hash of the
// previous entry and its own hash over its fields and that previous hash.
#include <string>

#include "store/store.hpp"

namespace lindungi::store {

// BLAKE2b-256 (hex) over an entry's fields and `hash_sebelum`.
std::string audit_hash(const AuditEntry& entry);

}  // namespace lindungi::store
