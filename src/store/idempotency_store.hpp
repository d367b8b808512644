#pragma once
// Idempotency keys (issue 21 item 3), reached through Session::idempotency() in the caller's
// transaction, and the claim a request carries into its write transactions.
//
// Why the claim rides on the write transaction: "never twice" must survive a crash. A key stored
// after the handler's transaction committed (a middleware) leaves a window in which the write is
// durable and its key is not: the phone resends and the worker is recorded twice. So the request's
// claim (who, which key, the request's fingerprint) is set for the thread that runs the handler
// (IdempotencyClaimScope), and every backend's Store::write inserts the key row as the first
// statement of the transaction (claim_idempotency_key): it commits with the write or rolls back
// with it. Under the one writer (a process mutex, then BEGIN IMMEDIATE or PostgreSQL's advisory
// lock) that insert also settles a race: the second request with the same key finds the first's
// committed row and its write stops before doing anything (IdempotencyKeyTaken).
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace lindungi::store {

class Session;

struct IdempotencyRecord {
  std::string pengguna;  // the account's username
  std::string kunci;     // the client's Idempotency-Key
  std::string sidik;     // the request's fingerprint (SHA-256 of method, path and body, hex)
  std::string metode;
  std::string rute;         // the path as sent (for reading the table; the fingerprint decides)
  int status = 0;           // the first answer's HTTP status; 0 until it is recorded after the commit
  std::string tipe;         // the first answer's content type
  std::string jawaban;      // the first answer's body (JSON answers only)
  std::string dibuat;       // ISO 8601 UTC (the one clock)
  std::string kedaluwarsa;  // ISO 8601 UTC: ignored, then deleted, from this moment
};

class IdempotencySession {
 public:
  virtual ~IdempotencySession() = default;
  // The key's row, expired or not (the caller compares kedaluwarsa with its clock).
  virtual std::optional<IdempotencyRecord> key(std::string_view pengguna, std::string_view kunci) = 0;
  // Inserts the row; an expired row of the same key is replaced. False when a live row holds the
  // key (nothing written, the transaction goes on).
  virtual bool insert_key(const IdempotencyRecord& r, std::string_view now) = 0;
  // The first answer, once the write it guards has committed.
  virtual void record_answer(std::string_view pengguna, std::string_view kunci, int status, std::string_view tipe,
                             std::string_view jawaban) = 0;
  // Deletes the rows expired at `now`; returns how many.
  virtual std::int64_t delete_expired_keys(std::string_view now) = 0;
};

// The key a request claims for its writes (set by services::IdempotentRequest).
struct IdempotencyClaim {
  IdempotencyRecord record;  // without the answer
  bool committed = false;    // a write transaction holding the row committed
  bool taken = false;        // another request's committed row held the key
};

// Another request with the same key committed first; this request's write was stopped before it
// did anything. Not an error for users: services::IdempotentRequest answers with the first answer.
class IdempotencyKeyTaken : public std::runtime_error {
 public:
  IdempotencyKeyTaken() : std::runtime_error("idempotency key taken by an earlier request") {}
};

// Sets `claim` as the current thread's for the scope's life (one request's handler).
class IdempotencyClaimScope {
 public:
  explicit IdempotencyClaimScope(IdempotencyClaim& claim);
  ~IdempotencyClaimScope();
  IdempotencyClaimScope(const IdempotencyClaimScope&) = delete;
  IdempotencyClaimScope& operator=(const IdempotencyClaimScope&) = delete;

 private:
  IdempotencyClaim* previous_;
};

// Called by every backend's Store::write, first thing inside the transaction: with a claim on this
// thread that no committed write holds yet, inserts its row (throws IdempotencyKeyTaken, marking
// the claim taken, when another request's row is there). Nothing without a claim.
void claim_idempotency_key(Session& s);
// Called by every backend's Store::write after its commit: the claim's row is now durable.
void idempotency_write_committed();

}  // namespace lindungi::store
