#pragma once
// Session::audit() on either database (issue 18): the audit log's hash chain (store/audit_chain.hpp),
// appended, scanned and paged the same way on both. PostgreSQL subclasses it to write an entry by
// the transaction's COPY (PgAudit in pg_store.cpp).
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "store/audit_store.hpp"
#include "store/row.hpp"

namespace lindungi::store {
class Session;
}

namespace lindungi::store::records {

// The columns of audit_log but id, in the order the chain hashes are read back.
struct AuditFields {
  template <typename F, typename E>
  void operator()(F&& f, E& e) const {
    f("waktu", e.waktu);
    f("pelaku", e.pelaku);
    f("aksi", e.aksi);
    f("entitas", e.entitas);
    f("entitas_id", e.entitas_id);
    f("perubahan", e.perubahan);
    f("hash_sebelum", e.hash_sebelum);
    f("hash", e.hash);
    f("wilayah", e.wilayah);
  }
};
using AuditLog = rows::Table<AuditEntry, AuditFields>;

class Audit : public AuditSession {
 public:
  // `session`: the transaction this log is part of, where an entry's area is looked up
  // (store::audit_area); `audit_key`: the Store's (which outlives every session).
  Audit(std::unique_ptr<rows::Db> db, Session& session, std::string_view audit_key)
      : db_(std::move(db)), session_(session), audit_key_(audit_key) {}

  void append(const AuditEntry& entry) override;
  void scan(const std::function<bool(const AuditEntry&)>& visit) override;
  Page<AuditEntry> entries(std::string_view entitas, std::string_view entitas_id, int offset, int limit,
                           std::string_view area) override;

 protected:
  rows::Db& db() { return *db_; }
  // Writes one hashed entry of the chain (PostgreSQL buffers it for COPY).
  virtual void insert(const AuditEntry& e);

 private:
  // Appends `entry`, its area already resolved.
  void write(const AuditEntry& entry);

  std::unique_ptr<rows::Db> db_;
  Session& session_;
  std::string_view audit_key_;
  std::optional<std::string> last_hash_;  // the chain's end, once read in this transaction
};

}  // namespace lindungi::store::records
