#pragma once
// The outbox of messages to workers and their heirs (issue 20 items 2-3), reached through
// Session::outbox() in the caller's transaction: an event's message is written with the event and
// commits or rolls back with it; the delivery claims, sends and settles messages in transactions
// of its own.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/page.hpp"

namespace lindungi::store {

struct MessageRecord {
  std::int64_t id = 0;
  std::string kunci;  // the event's identity ("kartu_siap:17"): one message per event, and the
                      // idempotency key the gateway sees on every attempt
  std::int64_t pekerja_id = 0;
  std::string kode_kelurahan;  // the worker's kelurahan and RT (scoping)
  int rt = 0;
  std::string penerima;       // pekerja | ahli_waris
  std::string nama_penerima;  // the worker's name, or the heirs' names
  std::string no_hp;
  std::string templat;           // the template's kode
  std::string isi;               // the text as sent
  std::string status = "antre";  // antre | terkirim | gagal
  std::string alasan;            // why it failed (words), or the last attempt's problem while queued
  int percobaan = 0;             // attempts made
  std::string coba_pada;         // UTC ISO: not sent before this (backoff, or a claim in flight)
  std::string dibuat;            // UTC ISO, set by the store
  std::string terkirim_pada;     // UTC ISO
  std::string id_gateway;        // the gateway's own id of the message, when it gave one
  std::string diubah_oleh;       // who last retried it by hand
  // Not a column: the worker's consent as it is now (pekerja.setuju_pesan), read by claim_due so
  // that an opt-out made after the message was queued is still honoured.
  bool setuju = true;
};

struct MessageQuery {
  std::string area{};    // a region or RT code: only messages of workers at or below it ("" = all)
  std::string status{};  // antre | terkirim | gagal ("" = all)
  std::string templat{};
  std::int64_t pekerja_id = 0;  // 0 = every worker
  int offset = 0;
  int limit = 50;
};

struct MessageCounts {
  std::int64_t antre = 0, terkirim = 0, gagal = 0;
};

struct TemplateRecord {
  std::string kode;
  std::string isi;
  std::string diubah_oleh;
  std::string diubah;  // set by the store
};

class OutboxSession {
 public:
  virtual ~OutboxSession() = default;
  // Writes the message unless one with its kunci exists; sets id and dibuat and answers true
  // when it was written (an event seen again writes nothing: the daily job may run twice).
  virtual bool enqueue(MessageRecord& message) = 0;
  virtual std::optional<MessageRecord> message(std::int64_t id) = 0;
  // Newest first.
  virtual Page<MessageRecord> messages(const MessageQuery& query) = 0;
  virtual MessageCounts counts(std::string_view area) = 0;
  // The delivery's claim: up to `limit` queued messages due at `now` (coba_pada <= now), oldest
  // first, each moved to coba_pada = `lease_until` with one more attempt counted, so that another
  // sender (a second process) does not take them while this one sends. Answers them as claimed.
  virtual std::vector<MessageRecord> claim_due(std::string_view now, std::string_view lease_until, int limit) = 0;
  // Writes status, alasan, percobaan, coba_pada, terkirim_pada, id_gateway and diubah_oleh.
  virtual void settle(const MessageRecord& message) = 0;
  // The same for a round's messages, in one statement (one round trip on PostgreSQL instead of one
  // per message: docs/PERFORMANCE.md, "The outbox").
  virtual void settle_all(const std::vector<MessageRecord>& messages) = 0;
  // The stored texts that replace the shipped ones, by kode.
  virtual std::vector<TemplateRecord> templates() = 0;
  virtual void put_template(TemplateRecord& t) = 0;  // inserts or replaces; sets diubah
};

}  // namespace lindungi::store
