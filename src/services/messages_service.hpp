#pragma once
// Messages to workers and their heirs (issue 20 items 2 and 4): the outbox pattern. An event's
// message is written by MessageWriter inside the event's own write transaction, so it exists
// exactly when the event does; MessageDelivery (message_delivery.hpp) sends it later. The
// templates are the city admin's to edit (with a preview, audited); the daily job writes the
// time-based messages from the one clock and may run any number of times a day.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/access.hpp"
#include "core/date.hpp"
#include "core/worker.hpp"
#include "services/app.hpp"
#include "store/outbox_store.hpp"
#include "store/store.hpp"

namespace lindungi::store {
struct ClaimRecord;  // store/claims_store.hpp
}  // namespace lindungi::store

namespace lindungi::services {

// Writes the messages of events in the caller's transaction. A worker who has not consented to
// messages (Worker::setuju_pesan), or has no phone number, gets none; each event writes at most
// one message (its kunci), so an event seen twice writes nothing the second time.
class MessageWriter {
 public:
  MessageWriter(App& app, store::Session& s) : app_(app), s_(s) {}

  // Registered with BPJS and active, with the KPJ.
  bool worker_active(const Worker& w);
  // The member card printed, to be collected at the worker's kelurahan office.
  bool card_ready(const Worker& w, std::int64_t kartu_id);
  // A claim's status changed (or the case was opened): to the heirs after a death, to the worker
  // after an accident they survived.
  bool claim_status(const store::ClaimRecord& c);
  // Cover ends on `end` (within 30 days).
  bool cover_ending(const Worker& w, const Date& end);
  // Membership lapsed on `since` (unpaid months beyond the grace).
  bool cover_lapsed(const Worker& w, const Date& since);
  // A scholarship child's school year `school_year` is to be renewed.
  bool scholarship_due(const Worker& w, const std::string& nama_anak, std::int64_t anak_id, int school_year);

 private:
  bool write(const Worker& w, std::string_view templat, std::string kunci, std::map<std::string, std::string> values,
             bool to_heirs);
  const std::string& text_of(std::string_view kode);
  std::map<std::string, std::string> worker_values(const Worker& w);

  App& app_;
  store::Session& s_;
  std::optional<std::map<std::string, std::string, std::less<>>> texts_;  // the edited templates
};

// One template as the editor shows it.
struct TemplateView {
  std::string kode, judul, isi, isi_bawaan;
  std::vector<std::string> isian;
  bool diubah = false;  // differs from the shipped text
  std::string diubah_oleh, diubah_pada;
};

struct TemplatePreview {
  std::string kode, isi;
  std::vector<FieldError> masalah;  // what would stop it being saved
};

struct MessageFilter {
  std::string wilayah, status, templat;
  std::int64_t pekerja_id = 0;
  int offset = 0, limit = 50;
};

struct MessageList {
  store::Page<store::MessageRecord> page;
  store::MessageCounts counts;
};

// The daily job's tally.
struct DailyMessages {
  Date tanggal;
  std::int64_t diperiksa = 0;                                                // active workers looked at
  std::int64_t tanggungan_berakhir = 0, tanggungan_gugur = 0, beasiswa = 0;  // messages written
};

class MessagesService {
 public:
  explicit MessagesService(App& app) : app_(app) {}

  // The outbox within the actor's area (view_workers), newest first, with the counts per state.
  MessageList list(const Actor& actor, const MessageFilter& filter);
  // A failed message back in the queue, due now, with the same idempotency key (manage_messages).
  store::MessageRecord retry(const Actor& actor, std::int64_t id);

  std::vector<TemplateView> templates(const Actor& actor);
  // Saves a template's text (manage_messages): ValidationError naming what is wrong; audited.
  TemplateView put_template(const Actor& actor, const std::string& kode, const std::string& isi);
  // The text with the template's sample values, and its problems, without saving anything.
  TemplatePreview preview(const Actor& actor, const std::string& kode, const std::string& isi);

  // Consent to messages (record_workers within the area): the opt-out, or a later yes; audited.
  Worker set_consent(const Actor& actor, std::int64_t pekerja_id, bool setuju);

  // The time-based messages of `today` (the one clock): cover ending within 30 days, lapsed
  // memberships, scholarship renewals due. Idempotent: a second run the same day writes nothing.
  DailyMessages run_daily(const Actor& actor);

 private:
  App& app_;
};

// The daily job in the background of `lindungi serve`: run_daily once when started and again
// whenever the one clock's date changes (looked at every minute).
class DailyMessageJob {
 public:
  explicit DailyMessageJob(App& app) : app_(app) {}
  ~DailyMessageJob() { stop(); }
  DailyMessageJob(const DailyMessageJob&) = delete;
  DailyMessageJob& operator=(const DailyMessageJob&) = delete;
  void start(std::chrono::milliseconds look = std::chrono::minutes{1});
  void stop();

 private:
  App& app_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
};

}  // namespace lindungi::services
