#include "store/postgres/pg_bpjs.hpp"

#include <nlohmann/json.hpp>

#include "core/errors.hpp"

namespace lindungi::store {

namespace {

using pg::int64;
using pg::now_utc;
using pg::Param;
using pg::Sql;
using pg::text;
using pg::Tx;

// "wilayah lies within `area`": the area itself or any code below it; "" = everything.
void area_filter(Sql& q, std::string_view area) {
  if (area.empty()) {
    q.add("TRUE");
    return;
  }
  const auto [lo, hi] = pg::below(area);
  q.add("(wilayah = ").arg(std::string{area}).add(" OR (wilayah >= ").arg(lo).add(" AND wilayah < ").arg(hi).add("))");
}

constexpr const char* kBatchSelect =
    "SELECT b.id, b.dibuat, b.pelaku, b.wilayah, "
    "(SELECT count(*) FROM pendaftaran_bpjs_pekerja e WHERE e.pendaftaran_id = b.id), "
    "(SELECT count(*) FROM pendaftaran_bpjs_pekerja e WHERE e.pendaftaran_id = b.id AND e.status = 'dikirim'), "
    "(SELECT count(*) FROM pendaftaran_bpjs_pekerja e WHERE e.pendaftaran_id = b.id AND e.status = 'diterima'), "
    "(SELECT count(*) FROM pendaftaran_bpjs_pekerja e WHERE e.pendaftaran_id = b.id AND e.status = 'ditolak') "
    "FROM pendaftaran_bpjs b";

RegistrationBatchRecord row_to_batch(const pqxx::row& r) {
  return {int64(r[0]), text(r[1]), text(r[2]), text(r[3]), int64(r[4]), int64(r[5]), int64(r[6]), int64(r[7])};
}

constexpr const char* kEntryColumns =
    "pendaftaran_id, pekerja_id, nik, baris, status, kpj, tanggal_efektif, alasan, dijawab";

RegistrationEntryRecord row_to_entry(const pqxx::row& r) {
  RegistrationEntryRecord e;
  e.pendaftaran_id = int64(r[0]);
  e.pekerja_id = int64(r[1]);
  e.nik = text(r[2]);
  for (const auto& cell : nlohmann::json::parse(text(r[3]))) e.baris.push_back(cell.get<std::string>());
  e.status = text(r[4]);
  e.kpj = text(r[5]);
  e.tanggal_efektif = text(r[6]);
  e.alasan = text(r[7]);
  e.dijawab = text(r[8]);
  return e;
}

constexpr const char* kCardBatchSelect =
    "SELECT b.id, b.dibuat, b.pelaku, b.wilayah, coalesce(b.pendaftaran_id, 0), "
    "(SELECT count(*) FROM kartu k WHERE k.batch_id = b.id AND k.status = 'diminta'), "
    "(SELECT count(*) FROM kartu k WHERE k.batch_id = b.id AND k.status = 'dicetak'), "
    "(SELECT count(*) FROM kartu k WHERE k.batch_id = b.id AND k.status = 'diserahkan') "
    "FROM kartu_batch b";

CardBatchRecord row_to_card_batch(const pqxx::row& r) {
  return {int64(r[0]), text(r[1]), text(r[2]), text(r[3]), int64(r[4]), int64(r[5]), int64(r[6]), int64(r[7])};
}

constexpr const char* kCardColumns =
    "id, batch_id, pekerja_id, token, status, diminta_oleh, diminta_pada, dicetak_oleh, dicetak_pada, "
    "diserahkan_oleh, diserahkan_pada";

CardRecord row_to_card(const pqxx::row& r) {
  CardRecord c;
  c.id = int64(r[0]);
  c.batch_id = int64(r[1]);
  c.pekerja_id = int64(r[2]);
  c.token = text(r[3]);
  c.status = text(r[4]);
  c.diminta_oleh = text(r[5]);
  c.diminta_pada = text(r[6]);
  c.dicetak_oleh = text(r[7]);
  c.dicetak_pada = text(r[8]);
  c.diserahkan_oleh = text(r[9]);
  c.diserahkan_pada = text(r[10]);
  return c;
}

class PgBpjs final : public BpjsSession {
 public:
  explicit PgBpjs(Tx& t) : t_(t) {}

  void insert_batch(RegistrationBatchRecord& b) override {
    b.dibuat = now_utc();
    b.id = int64(t_.exec("INSERT INTO pendaftaran_bpjs (dibuat, pelaku, wilayah) VALUES ($1, $2, $3) RETURNING id",
                         b.dibuat, b.pelaku, b.wilayah)[0][0]);
  }

  void add_entry(const RegistrationEntryRecord& e) override {
    t_.exec(std::string{"INSERT INTO pendaftaran_bpjs_pekerja ("} + kEntryColumns +
                ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            e.pendaftaran_id, e.pekerja_id, e.nik,
            nlohmann::json(e.baris).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), e.status, e.kpj,
            e.tanggal_efektif, e.alasan, e.dijawab);
  }

  std::optional<RegistrationBatchRecord> batch(std::int64_t id) override {
    const auto r = t_.exec(std::string{kBatchSelect} + " WHERE b.id = $1", id);
    if (r.empty()) return std::nullopt;
    return row_to_batch(r[0]);
  }

  Page<RegistrationBatchRecord> batches(std::string_view area, int offset, int limit) override {
    Page<RegistrationBatchRecord> page;
    Sql count{"SELECT count(*) FROM pendaftaran_bpjs WHERE ", {}};
    area_filter(count, area);
    page.total = int64(t_.exec(count)[0][0]);
    Sql list{std::string{kBatchSelect} + " WHERE ", {}};
    area_filter(list, area);
    list.add(" ORDER BY b.id DESC LIMIT ").arg(std::int64_t{limit}).add(" OFFSET ").arg(std::int64_t{offset});
    for (const auto& r : t_.exec(list)) page.items.push_back(row_to_batch(r));
    return page;
  }

  std::vector<RegistrationEntryRecord> entries(std::int64_t batch_id) override {
    std::vector<RegistrationEntryRecord> out;
    for (const auto& r : t_.exec(std::string{"SELECT "} + kEntryColumns +
                                     " FROM pendaftaran_bpjs_pekerja WHERE pendaftaran_id = $1 ORDER BY urutan",
                                 batch_id))
      out.push_back(row_to_entry(r));
    return out;
  }

  std::vector<RegistrationEntryRecord> entries_of_worker(std::int64_t pekerja_id) override {
    std::vector<RegistrationEntryRecord> out;
    for (const auto& r : t_.exec(std::string{"SELECT "} + kEntryColumns +
                                     " FROM pendaftaran_bpjs_pekerja WHERE pekerja_id = $1 ORDER BY pendaftaran_id",
                                 pekerja_id))
      out.push_back(row_to_entry(r));
    return out;
  }

  void answer_entry(const RegistrationEntryRecord& e) override {
    t_.exec(
        "UPDATE pendaftaran_bpjs_pekerja SET status = $1, kpj = $2, tanggal_efektif = $3, alasan = $4, dijawab = $5 "
        "WHERE pendaftaran_id = $6 AND pekerja_id = $7",
        e.status, e.kpj, e.tanggal_efektif, e.alasan, e.dijawab, e.pendaftaran_id, e.pekerja_id);
  }

  void insert_response_file(ResponseFileRecord& f) override {
    f.waktu = now_utc();
    f.id =
        int64(t_.exec("INSERT INTO jawaban_bpjs (pendaftaran_id, waktu, pelaku, nama_berkas, baris, diterima, ditolak, "
                      "tidak_berubah, galat) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
                      f.pendaftaran_id, f.waktu, f.pelaku, f.nama_berkas, f.baris, f.diterima, f.ditolak,
                      f.tidak_berubah, f.galat)[0][0]);
  }

  std::vector<ResponseFileRecord> response_files(std::int64_t batch_id) override {
    std::vector<ResponseFileRecord> out;
    for (const auto& r : t_.exec(
             "SELECT id, pendaftaran_id, waktu, pelaku, nama_berkas, baris, diterima, ditolak, tidak_berubah, galat "
             "FROM jawaban_bpjs WHERE pendaftaran_id = $1 ORDER BY id",
             batch_id))
      out.push_back({int64(r[0]), int64(r[1]), text(r[2]), text(r[3]), text(r[4]), int64(r[5]), int64(r[6]),
                     int64(r[7]), int64(r[8]), int64(r[9])});
    return out;
  }

  std::optional<std::int64_t> worker_with_kpj(std::string_view kpj) override {
    // The repeated condition lets the planner use the partial unique index pekerja_kpj (0007).
    const auto r = t_.exec("SELECT id FROM pekerja WHERE kpj = $1 AND kpj <> ''", std::string{kpj});
    if (r.empty()) return std::nullopt;
    return int64(r[0][0]);
  }

  void insert_card_batch(CardBatchRecord& b) override {
    b.dibuat = now_utc();
    b.id = int64(t_.exec(
        "INSERT INTO kartu_batch (dibuat, pelaku, wilayah, pendaftaran_id) VALUES ($1, $2, $3, $4) RETURNING id",
        b.dibuat, b.pelaku, b.wilayah, b.pendaftaran_id > 0 ? Param{std::to_string(b.pendaftaran_id)} : Param{})[0][0]);
  }

  std::optional<CardBatchRecord> card_batch(std::int64_t id) override {
    const auto r = t_.exec(std::string{kCardBatchSelect} + " WHERE b.id = $1", id);
    if (r.empty()) return std::nullopt;
    return row_to_card_batch(r[0]);
  }

  Page<CardBatchRecord> card_batches(std::string_view area, int offset, int limit) override {
    Page<CardBatchRecord> page;
    Sql count{"SELECT count(*) FROM kartu_batch WHERE ", {}};
    area_filter(count, area);
    page.total = int64(t_.exec(count)[0][0]);
    Sql list{std::string{kCardBatchSelect} + " WHERE ", {}};
    area_filter(list, area);
    list.add(" ORDER BY b.id DESC LIMIT ").arg(std::int64_t{limit}).add(" OFFSET ").arg(std::int64_t{offset});
    for (const auto& r : t_.exec(list)) page.items.push_back(row_to_card_batch(r));
    return page;
  }

  void insert_card(CardRecord& c) override {
    c.id = int64(
        t_.exec("INSERT INTO kartu (batch_id, pekerja_id, token, status, diminta_oleh, diminta_pada, dicetak_oleh, "
                "dicetak_pada, diserahkan_oleh, diserahkan_pada) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
                "RETURNING id",
                c.batch_id, c.pekerja_id, c.token, c.status, c.diminta_oleh, c.diminta_pada, c.dicetak_oleh,
                c.dicetak_pada, c.diserahkan_oleh, c.diserahkan_pada)[0][0]);
  }

  std::optional<CardRecord> card(std::int64_t id) override {
    auto v = many("id = $1", id);
    if (v.empty()) return std::nullopt;
    return v.front();
  }

  std::optional<CardRecord> card_by_token(std::string_view token) override {
    const auto r = t_.exec(std::string{"SELECT "} + kCardColumns + " FROM kartu WHERE token = $1", std::string{token});
    if (r.empty()) return std::nullopt;
    return row_to_card(r[0]);
  }

  std::vector<CardRecord> cards_of_batch(std::int64_t batch_id) override { return many("batch_id = $1", batch_id); }
  std::vector<CardRecord> cards_of_worker(std::int64_t pekerja_id) override {
    return many("pekerja_id = $1", pekerja_id);
  }

  void update_card(const CardRecord& c) override {
    t_.exec(
        "UPDATE kartu SET status = $1, dicetak_oleh = $2, dicetak_pada = $3, diserahkan_oleh = $4, "
        "diserahkan_pada = $5 WHERE id = $6",
        c.status, c.dicetak_oleh, c.dicetak_pada, c.diserahkan_oleh, c.diserahkan_pada, c.id);
  }

 private:
  std::vector<CardRecord> many(const char* where, std::int64_t value) {
    std::vector<CardRecord> out;
    for (const auto& r :
         t_.exec(std::string{"SELECT "} + kCardColumns + " FROM kartu WHERE " + where + " ORDER BY id", value))
      out.push_back(row_to_card(r));
    return out;
  }

  Tx& t_;
};

}  // namespace

std::unique_ptr<BpjsSession> make_pg_bpjs(Tx& t) { return std::make_unique<PgBpjs>(t); }

}  // namespace lindungi::store
