#pragma once
// Storage of BPJS registration batches and member cards (issue 4 items 4-5), reached through
// Session::bpjs() in the caller's transaction.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/page.hpp"

namespace lindungi::store {

// A registration batch (pendaftaran_bpjs) with its rows counted by answer.
struct RegistrationBatchRecord {
  std::int64_t id = 0;
  std::string dibuat;  // ISO 8601 UTC
  std::string pelaku;
  std::string wilayah;
  std::int64_t jumlah = 0, menunggu = 0, diterima = 0, ditolak = 0;
};

// One worker in a batch: the row as sent and BPJS's answer.
struct RegistrationEntryRecord {
  std::int64_t pendaftaran_id = 0;
  std::int64_t pekerja_id = 0;
  std::string nik;
  std::vector<std::string> baris;  // the exported cells, in the layout's column order
  std::string status = "dikirim";  // dikirim | diterima | ditolak
  std::string kpj;
  std::string tanggal_efektif;  // YYYY-MM-DD
  std::string alasan;
  std::string dijawab;  // ISO 8601 UTC of the answer
};

struct ResponseFileRecord {
  std::int64_t id = 0;
  std::int64_t pendaftaran_id = 0;
  std::string waktu;
  std::string pelaku;
  std::string nama_berkas;
  std::int64_t baris = 0, diterima = 0, ditolak = 0, tidak_berubah = 0, galat = 0;
};

struct CardBatchRecord {
  std::int64_t id = 0;
  std::string dibuat;
  std::string pelaku;
  std::string wilayah;
  std::int64_t pendaftaran_id = 0;  // 0 = made from a list of workers
  std::int64_t diminta = 0, dicetak = 0, diserahkan = 0;
};

struct CardRecord {
  std::int64_t id = 0;
  std::int64_t batch_id = 0;
  std::int64_t pekerja_id = 0;
  std::string token;
  std::string status = "diminta";
  std::string diminta_oleh, diminta_pada, dicetak_oleh, dicetak_pada, diserahkan_oleh, diserahkan_pada;
};

class BpjsSession {
 public:
  virtual ~BpjsSession() = default;

  virtual void insert_batch(RegistrationBatchRecord& batch) = 0;  // sets id and dibuat
  virtual void add_entry(const RegistrationEntryRecord& entry) = 0;
  virtual std::optional<RegistrationBatchRecord> batch(std::int64_t id) = 0;
  // Batches whose area lies within `area` ("" = all), newest first.
  virtual Page<RegistrationBatchRecord> batches(std::string_view area, int offset, int limit) = 0;
  virtual std::vector<RegistrationEntryRecord> entries(std::int64_t batch_id) = 0;
  virtual std::vector<RegistrationEntryRecord> entries_of_worker(std::int64_t pekerja_id) = 0;
  // Records BPJS's answer (status, kpj, tanggal_efektif, alasan, dijawab) of one entry.
  virtual void answer_entry(const RegistrationEntryRecord& entry) = 0;
  virtual void insert_response_file(ResponseFileRecord& file) = 0;  // sets id and waktu
  virtual std::vector<ResponseFileRecord> response_files(std::int64_t batch_id) = 0;
  // The worker that holds this KPJ, if any.
  virtual std::optional<std::int64_t> worker_with_kpj(std::string_view kpj) = 0;

  virtual void insert_card_batch(CardBatchRecord& batch) = 0;  // sets id and dibuat
  virtual std::optional<CardBatchRecord> card_batch(std::int64_t id) = 0;
  virtual Page<CardBatchRecord> card_batches(std::string_view area, int offset, int limit) = 0;
  virtual void insert_card(CardRecord& card) = 0;  // sets id
  virtual std::optional<CardRecord> card(std::int64_t id) = 0;
  virtual std::optional<CardRecord> card_by_token(std::string_view token) = 0;
  virtual std::vector<CardRecord> cards_of_batch(std::int64_t batch_id) = 0;
  virtual std::vector<CardRecord> cards_of_worker(std::int64_t pekerja_id) = 0;
  // The same cards a page at a time (the API's list), oldest first.
  virtual Page<CardRecord> cards_of_worker_page(std::int64_t pekerja_id, int offset, int limit) = 0;
  // Stores the status and the who/when fields of one card.
  virtual void update_card(const CardRecord& card) = 0;
};

}  // namespace lindungi::store
