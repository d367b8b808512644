#pragma once
// Messages to workers and their heirs (issue 20 items 2-3): the events that write one, their
// templates in Bahasa Indonesia with named blanks, the delivery states, and the retry schedule.
// Plain rules: the outbox itself is stored (store/outbox_store.hpp) and sent by the services.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/errors.hpp"

namespace lindungi {

// One kind of event that writes a message, with the template it starts from and the blanks that
// template may use (`{nama}`, `{kpj}`, ...).
struct MessageTemplateRule {
  std::string_view kode;                // terdaftar_aktif, kartu_siap, ...
  std::string_view judul;               // what the event is, in words, for the screens
  std::string_view isi_bawaan;          // the shipped text
  std::vector<std::string_view> isian;  // the blanks it may use
  // Sample values for every blank, for the preview: "nama=Siti Aminah|kpj=12345678901|…".
  std::string_view contoh;
};
const std::vector<MessageTemplateRule>& message_template_rules();
const MessageTemplateRule* find_message_template(std::string_view kode);
// A rule's sample values by blank.
std::map<std::string, std::string> sample_values(const MessageTemplateRule& rule);

// The largest message kept (a WhatsApp text or three SMS parts is far less; a gateway splits).
inline constexpr std::size_t kMaxMessageChars = 1000;

// Fills `{isian}` blanks from `values`. A blank not in `values` stays as typed (the template's
// check refuses it before it is saved).
std::string render_message(std::string_view text, const std::map<std::string, std::string>& values);

// What is wrong with a template text for `rule` (empty, too long, a blank it may not use, an
// unclosed brace, a 16-digit run that could be a NIK): field "isi", Indonesian messages.
std::vector<FieldError> message_template_problems(const MessageTemplateRule& rule, std::string_view text);

// True when `text` holds a run of 16 digits: a full NIK must never leave in a message (UU
// 27/2022); the service refuses to queue such a text, whatever the template says.
bool holds_full_nik(std::string_view text);

// A claim's kind (ClaimRecord::jenis_klaim) in words for a worker's family.
std::string_view claim_kind_words(std::string_view jenis_klaim);

// Delivery states, as stored and in words.
inline constexpr std::string_view kMessageQueued = "antre";
inline constexpr std::string_view kMessageSent = "terkirim";
inline constexpr std::string_view kMessageFailed = "gagal";
std::string_view message_status_label(std::string_view status);
// Who receives it: the worker or their heirs (through the number on the worker's record).
std::string_view recipient_label(std::string_view penerima);

// The retry schedule (issue 20 item 3): after the n-th failed attempt (n >= 1) the next waits
// `first` * 2^(n-1), capped at `cap`; after `max_attempts` attempts the message fails for good.
struct RetryPolicy {
  std::chrono::milliseconds first{30'000};
  std::chrono::milliseconds cap{3'600'000};
  int max_attempts = 8;
};
std::chrono::milliseconds retry_delay(const RetryPolicy& policy, int attempts);

// The rate limit (issue 20 item 3): requests at most `per_second` a second, each in its own slot.
// Given the first free slot and the time now, answers when this request may go and the next free
// slot. Time left unused is not saved up: after a quiet spell the requests do not go in a burst.
// per_second <= 0: no limit (at once).
struct SendSlot {
  std::chrono::steady_clock::time_point at, next;
};
SendSlot next_send_slot(std::chrono::steady_clock::time_point free_from, std::chrono::steady_clock::time_point now,
                        double per_second);

}  // namespace lindungi
