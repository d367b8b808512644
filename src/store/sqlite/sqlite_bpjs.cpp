#include "store/sqlite/sqlite_bpjs.hpp"

#include <nlohmann/json.hpp>

#include "core/errors.hpp"

namespace lindungi::store {

namespace {

using sqlite::Connection;
using sqlite::now_utc;
using sqlite::ResetOnExit;

// "wilayah lies within `area`": the area itself or any code below it; "" = everything.
std::string area_filter(std::string_view area) {
  return area.empty() ? "1 = 1" : "(wilayah = ?1 OR (wilayah >= ?1 || '.' AND wilayah < ?1 || '/'))";
}

constexpr const char* kBatchSelect =
    "SELECT b.id, b.dibuat, b.pelaku, b.wilayah, "
    "(SELECT count(*) FROM pendaftaran_bpjs_pekerja e WHERE e.pendaftaran_id = b.id), "
    "(SELECT count(*) FROM pendaftaran_bpjs_pekerja e WHERE e.pendaftaran_id = b.id AND e.status = 'dikirim'), "
    "(SELECT count(*) FROM pendaftaran_bpjs_pekerja e WHERE e.pendaftaran_id = b.id AND e.status = 'diterima'), "
    "(SELECT count(*) FROM pendaftaran_bpjs_pekerja e WHERE e.pendaftaran_id = b.id AND e.status = 'ditolak') "
    "FROM pendaftaran_bpjs b";

RegistrationBatchRecord row_to_batch(SQLite::Statement& s) {
  return {s.getColumn(0).getInt64(), s.getColumn(1).getString(), s.getColumn(2).getString(), s.getColumn(3).getString(),
          s.getColumn(4).getInt64(), s.getColumn(5).getInt64(),  s.getColumn(6).getInt64(),  s.getColumn(7).getInt64()};
}

constexpr const char* kEntryColumns =
    "pendaftaran_id, pekerja_id, nik, baris, status, kpj, tanggal_efektif, alasan, dijawab";

RegistrationEntryRecord row_to_entry(SQLite::Statement& s) {
  RegistrationEntryRecord e;
  e.pendaftaran_id = s.getColumn(0).getInt64();
  e.pekerja_id = s.getColumn(1).getInt64();
  e.nik = s.getColumn(2).getString();
  for (const auto& cell : nlohmann::json::parse(s.getColumn(3).getString())) e.baris.push_back(cell.get<std::string>());
  e.status = s.getColumn(4).getString();
  e.kpj = s.getColumn(5).getString();
  e.tanggal_efektif = s.getColumn(6).getString();
  e.alasan = s.getColumn(7).getString();
  e.dijawab = s.getColumn(8).getString();
  return e;
}

constexpr const char* kCardBatchSelect =
    "SELECT b.id, b.dibuat, b.pelaku, b.wilayah, coalesce(b.pendaftaran_id, 0), "
    "(SELECT count(*) FROM kartu k WHERE k.batch_id = b.id AND k.status = 'diminta'), "
    "(SELECT count(*) FROM kartu k WHERE k.batch_id = b.id AND k.status = 'dicetak'), "
    "(SELECT count(*) FROM kartu k WHERE k.batch_id = b.id AND k.status = 'diserahkan') "
    "FROM kartu_batch b";

CardBatchRecord row_to_card_batch(SQLite::Statement& s) {
  return {s.getColumn(0).getInt64(), s.getColumn(1).getString(), s.getColumn(2).getString(), s.getColumn(3).getString(),
          s.getColumn(4).getInt64(), s.getColumn(5).getInt64(),  s.getColumn(6).getInt64(),  s.getColumn(7).getInt64()};
}

constexpr const char* kCardColumns =
    "id, batch_id, pekerja_id, token, status, diminta_oleh, diminta_pada, dicetak_oleh, dicetak_pada, "
    "diserahkan_oleh, diserahkan_pada";

CardRecord row_to_card(SQLite::Statement& s) {
  CardRecord c;
  c.id = s.getColumn(0).getInt64();
  c.batch_id = s.getColumn(1).getInt64();
  c.pekerja_id = s.getColumn(2).getInt64();
  c.token = s.getColumn(3).getString();
  c.status = s.getColumn(4).getString();
  c.diminta_oleh = s.getColumn(5).getString();
  c.diminta_pada = s.getColumn(6).getString();
  c.dicetak_oleh = s.getColumn(7).getString();
  c.dicetak_pada = s.getColumn(8).getString();
  c.diserahkan_oleh = s.getColumn(9).getString();
  c.diserahkan_pada = s.getColumn(10).getString();
  return c;
}

class SqliteBpjs final : public BpjsSession {
 public:
  explicit SqliteBpjs(Connection& c) : c_(c) {}

  void insert_batch(RegistrationBatchRecord& b) override {
    b.dibuat = now_utc();
    auto& s = c_.prepare("INSERT INTO pendaftaran_bpjs (dibuat, pelaku, wilayah) VALUES (?, ?, ?)");
    ResetOnExit r{s};
    s.bind(1, b.dibuat);
    s.bind(2, b.pelaku);
    s.bind(3, b.wilayah);
    s.exec();
    b.id = c_.db().getLastInsertRowid();
  }

  void add_entry(const RegistrationEntryRecord& e) override {
    auto& s = c_.prepare(std::string{"INSERT INTO pendaftaran_bpjs_pekerja ("} + kEntryColumns +
                         ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ResetOnExit r{s};
    s.bind(1, e.pendaftaran_id);
    s.bind(2, e.pekerja_id);
    s.bind(3, e.nik);
    s.bind(4, nlohmann::json(e.baris).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    s.bind(5, e.status);
    s.bind(6, e.kpj);
    s.bind(7, e.tanggal_efektif);
    s.bind(8, e.alasan);
    s.bind(9, e.dijawab);
    s.exec();
  }

  std::optional<RegistrationBatchRecord> batch(std::int64_t id) override {
    auto& s = c_.prepare(std::string{kBatchSelect} + " WHERE b.id = ?");
    ResetOnExit r{s};
    s.bind(1, id);
    if (!s.executeStep()) return std::nullopt;
    return row_to_batch(s);
  }

  Page<RegistrationBatchRecord> batches(std::string_view area, int offset, int limit) override {
    Page<RegistrationBatchRecord> page;
    {
      auto& s = c_.prepare("SELECT count(*) FROM pendaftaran_bpjs WHERE " + area_filter(area));
      ResetOnExit r{s};
      if (!area.empty()) s.bind(1, std::string{area});
      s.executeStep();
      page.total = s.getColumn(0).getInt64();
    }
    auto& s = c_.prepare(std::string{kBatchSelect} + " WHERE " + area_filter(area) +
                         " ORDER BY b.id DESC LIMIT ?2 OFFSET ?3");
    ResetOnExit r{s};
    if (!area.empty()) s.bind(1, std::string{area});
    s.bind(2, limit);
    s.bind(3, offset);
    while (s.executeStep()) page.items.push_back(row_to_batch(s));
    return page;
  }

  std::vector<RegistrationEntryRecord> entries(std::int64_t batch_id) override {
    auto& s = c_.prepare(std::string{"SELECT "} + kEntryColumns +
                         " FROM pendaftaran_bpjs_pekerja WHERE pendaftaran_id = ? ORDER BY rowid");
    ResetOnExit r{s};
    s.bind(1, batch_id);
    std::vector<RegistrationEntryRecord> out;
    while (s.executeStep()) out.push_back(row_to_entry(s));
    return out;
  }

  std::vector<RegistrationEntryRecord> entries_of_worker(std::int64_t pekerja_id) override {
    auto& s = c_.prepare(std::string{"SELECT "} + kEntryColumns +
                         " FROM pendaftaran_bpjs_pekerja WHERE pekerja_id = ? ORDER BY pendaftaran_id");
    ResetOnExit r{s};
    s.bind(1, pekerja_id);
    std::vector<RegistrationEntryRecord> out;
    while (s.executeStep()) out.push_back(row_to_entry(s));
    return out;
  }

  void answer_entry(const RegistrationEntryRecord& e) override {
    auto& s = c_.prepare(
        "UPDATE pendaftaran_bpjs_pekerja SET status = ?, kpj = ?, tanggal_efektif = ?, alasan = ?, dijawab = ? "
        "WHERE pendaftaran_id = ? AND pekerja_id = ?");
    ResetOnExit r{s};
    s.bind(1, e.status);
    s.bind(2, e.kpj);
    s.bind(3, e.tanggal_efektif);
    s.bind(4, e.alasan);
    s.bind(5, e.dijawab);
    s.bind(6, e.pendaftaran_id);
    s.bind(7, e.pekerja_id);
    s.exec();
  }

  void insert_response_file(ResponseFileRecord& f) override {
    f.waktu = now_utc();
    auto& s = c_.prepare(
        "INSERT INTO jawaban_bpjs (pendaftaran_id, waktu, pelaku, nama_berkas, baris, diterima, ditolak, "
        "tidak_berubah, galat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ResetOnExit r{s};
    s.bind(1, f.pendaftaran_id);
    s.bind(2, f.waktu);
    s.bind(3, f.pelaku);
    s.bind(4, f.nama_berkas);
    s.bind(5, f.baris);
    s.bind(6, f.diterima);
    s.bind(7, f.ditolak);
    s.bind(8, f.tidak_berubah);
    s.bind(9, f.galat);
    s.exec();
    f.id = c_.db().getLastInsertRowid();
  }

  std::vector<ResponseFileRecord> response_files(std::int64_t batch_id) override {
    auto& s = c_.prepare(
        "SELECT id, pendaftaran_id, waktu, pelaku, nama_berkas, baris, diterima, ditolak, tidak_berubah, galat "
        "FROM jawaban_bpjs WHERE pendaftaran_id = ? ORDER BY id");
    ResetOnExit r{s};
    s.bind(1, batch_id);
    std::vector<ResponseFileRecord> out;
    while (s.executeStep())
      out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getInt64(), s.getColumn(2).getString(),
                     s.getColumn(3).getString(), s.getColumn(4).getString(), s.getColumn(5).getInt64(),
                     s.getColumn(6).getInt64(), s.getColumn(7).getInt64(), s.getColumn(8).getInt64(),
                     s.getColumn(9).getInt64()});
    return out;
  }

  std::optional<std::int64_t> worker_with_kpj(std::string_view kpj) override {
    // The repeated condition lets SQLite use the partial unique index pekerja_kpj (0007).
    auto& s = c_.prepare("SELECT id FROM pekerja WHERE kpj = ? AND kpj <> ''");
    ResetOnExit r{s};
    s.bind(1, std::string{kpj});
    if (!s.executeStep()) return std::nullopt;
    return s.getColumn(0).getInt64();
  }

  void insert_card_batch(CardBatchRecord& b) override {
    b.dibuat = now_utc();
    auto& s = c_.prepare("INSERT INTO kartu_batch (dibuat, pelaku, wilayah, pendaftaran_id) VALUES (?, ?, ?, ?)");
    ResetOnExit r{s};
    s.bind(1, b.dibuat);
    s.bind(2, b.pelaku);
    s.bind(3, b.wilayah);
    if (b.pendaftaran_id > 0)
      s.bind(4, b.pendaftaran_id);
    else
      s.bind(4);
    s.exec();
    b.id = c_.db().getLastInsertRowid();
  }

  std::optional<CardBatchRecord> card_batch(std::int64_t id) override {
    auto& s = c_.prepare(std::string{kCardBatchSelect} + " WHERE b.id = ?");
    ResetOnExit r{s};
    s.bind(1, id);
    if (!s.executeStep()) return std::nullopt;
    return row_to_card_batch(s);
  }

  Page<CardBatchRecord> card_batches(std::string_view area, int offset, int limit) override {
    Page<CardBatchRecord> page;
    {
      auto& s = c_.prepare("SELECT count(*) FROM kartu_batch WHERE " + area_filter(area));
      ResetOnExit r{s};
      if (!area.empty()) s.bind(1, std::string{area});
      s.executeStep();
      page.total = s.getColumn(0).getInt64();
    }
    auto& s = c_.prepare(std::string{kCardBatchSelect} + " WHERE " + area_filter(area) +
                         " ORDER BY b.id DESC LIMIT ?2 OFFSET ?3");
    ResetOnExit r{s};
    if (!area.empty()) s.bind(1, std::string{area});
    s.bind(2, limit);
    s.bind(3, offset);
    while (s.executeStep()) page.items.push_back(row_to_card_batch(s));
    return page;
  }

  void insert_card(CardRecord& c) override {
    auto& s =
        c_.prepare(std::string{"INSERT INTO kartu ("} + kCardColumns + ") VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ResetOnExit r{s};
    s.bind(1, c.batch_id);
    s.bind(2, c.pekerja_id);
    s.bind(3, c.token);
    s.bind(4, c.status);
    s.bind(5, c.diminta_oleh);
    s.bind(6, c.diminta_pada);
    s.bind(7, c.dicetak_oleh);
    s.bind(8, c.dicetak_pada);
    s.bind(9, c.diserahkan_oleh);
    s.bind(10, c.diserahkan_pada);
    s.exec();
    c.id = c_.db().getLastInsertRowid();
  }

  std::optional<CardRecord> card(std::int64_t id) override { return one("id = ?", id); }

  std::optional<CardRecord> card_by_token(std::string_view token) override {
    auto& s = c_.prepare(std::string{"SELECT "} + kCardColumns + " FROM kartu WHERE token = ?");
    ResetOnExit r{s};
    s.bind(1, std::string{token});
    if (!s.executeStep()) return std::nullopt;
    return row_to_card(s);
  }

  std::vector<CardRecord> cards_of_batch(std::int64_t batch_id) override { return many("batch_id = ?", batch_id); }
  std::vector<CardRecord> cards_of_worker(std::int64_t pekerja_id) override {
    return many("pekerja_id = ?", pekerja_id);
  }

  void update_card(const CardRecord& c) override {
    auto& s = c_.prepare(
        "UPDATE kartu SET status = ?, dicetak_oleh = ?, dicetak_pada = ?, diserahkan_oleh = ?, diserahkan_pada = ? "
        "WHERE id = ?");
    ResetOnExit r{s};
    s.bind(1, c.status);
    s.bind(2, c.dicetak_oleh);
    s.bind(3, c.dicetak_pada);
    s.bind(4, c.diserahkan_oleh);
    s.bind(5, c.diserahkan_pada);
    s.bind(6, c.id);
    s.exec();
  }

 private:
  std::optional<CardRecord> one(const char* where, std::int64_t value) {
    auto v = many(where, value);
    if (v.empty()) return std::nullopt;
    return v.front();
  }
  std::vector<CardRecord> many(const char* where, std::int64_t value) {
    auto& s = c_.prepare(std::string{"SELECT "} + kCardColumns + " FROM kartu WHERE " + where + " ORDER BY id");
    ResetOnExit r{s};
    s.bind(1, value);
    std::vector<CardRecord> out;
    while (s.executeStep()) out.push_back(row_to_card(s));
    return out;
  }

  Connection& c_;
};

}  // namespace

std::unique_ptr<BpjsSession> make_sqlite_bpjs(sqlite::Connection& connection) {
  return std::make_unique<SqliteBpjs>(connection);
}

}  // namespace lindungi::store
