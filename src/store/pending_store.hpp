#pragma once
// Pending changes of workers (issue 16 item 4): a material edit (NIK, name, birth date, income,
// RT, heirs) of a verified or active worker waits for a second person's approval. Reached through
// Session::pending(), in the caller's transaction.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/page.hpp"

namespace lindungi::store {

struct PendingChangeRecord {
  std::int64_t id = 0;
  std::int64_t pekerja_id = 0;
  std::string wilayah;              // the worker's RT code when proposed: who may see and decide it
  std::string usulan;               // JSON: the proposed material fields, full values (applied on approval)
  std::string perubahan;            // JSON: field -> [old, new], NIKs masked (what the checker is shown)
  std::int64_t versi = 0;           // the worker's version the proposal applies to
  std::string status = "menunggu";  // menunggu | disetujui | ditolak
  std::string diajukan_oleh, diajukan_pada;
  std::string diputus_oleh{}, diputus_pada{}, alasan{};
};

class PendingChangesSession {
 public:
  virtual ~PendingChangesSession() = default;
  // Sets id and diajukan_pada.
  virtual void insert_pending_change(PendingChangeRecord& change) = 0;
  virtual std::optional<PendingChangeRecord> pending_change(std::int64_t id) = 0;
  // Newest first; `status` empty = every status; `pekerja_id` 0 = every worker. Callers filter
  // by area (the table is small: one row per material edit of a verified record).
  virtual std::vector<PendingChangeRecord> pending_changes(std::string_view status, std::int64_t pekerja_id) = 0;
  // The same a page at a time (the API's list), filtered here: the changes within `area` ("" =
  // all) and, when `cohort` is not empty, only those of workers funded by it.
  virtual Page<PendingChangeRecord> pending_changes_page(std::string_view status, std::int64_t pekerja_id,
                                                         std::string_view area, std::string_view cohort, int offset,
                                                         int limit) = 0;
  // Sets status, diputus_oleh, diputus_pada, alasan; StaleVersion when it was decided already.
  virtual void decide_pending_change(const PendingChangeRecord& change) = 0;
};

}  // namespace lindungi::store
