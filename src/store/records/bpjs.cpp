#include "store/records/bpjs.hpp"

#include <nlohmann/json.hpp>

#include "clock/clock.hpp"

namespace lindungi::store {

namespace rows {
// A registration row's exported cells are kept as a JSON array of strings.
static Row& operator>>(Row& r, std::vector<std::string>& cells) {
  cells.clear();
  for (const auto& cell : nlohmann::json::parse(r.text())) cells.push_back(cell.get<std::string>());
  return r;
}
static Params& operator<<(Params& p, const std::vector<std::string>& cells) {
  return p << nlohmann::json(cells).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}
}  // namespace rows

namespace {

using rows::Params;
using rows::Row;

std::string now_utc() { return clock::now_utc_iso(true); }

// "wilayah lies within `area`": the area itself or any code below it; "" = everything.
std::string area_filter(std::string_view area, Params& p) {
  if (area.empty()) return "TRUE";
  p << area << std::string{area} + "." << std::string{area} + "/";
  return "(wilayah = ? OR (wilayah >= ? AND wilayah < ?))";
}

// "(SELECT count(*) FROM <rows> WHERE <key> = b.id [AND status = ...]), ..." for each status ("": all).
std::string counts(const std::string& rows, const std::string& key, std::initializer_list<const char*> statuses) {
  std::string out;
  for (const char* status : statuses) {
    out += out.empty() ? "(SELECT count(*) FROM " : ", (SELECT count(*) FROM ";
    out += rows + " e WHERE e." + key + " = b.id";
    if (*status) out += std::string{" AND e.status = '"} + status + "'";
    out += ")";
  }
  return out;
}

const std::string kBatchSelect =
    "SELECT b.id, b.dibuat, b.pelaku, b.wilayah, " +
    counts("pendaftaran_bpjs_pekerja", "pendaftaran_id", {"", "dikirim", "diterima", "ditolak"}) +
    " FROM pendaftaran_bpjs b";

RegistrationBatchRecord read_batch(Row& r) {
  RegistrationBatchRecord b;
  r >> b.id >> b.dibuat >> b.pelaku >> b.wilayah >> b.jumlah >> b.menunggu >> b.diterima >> b.ditolak;
  return b;
}

// The columns of pendaftaran_bpjs_pekerja (keyed by pendaftaran_id and pekerja_id).
struct EntryFields {
  template <typename F, typename E>
  void operator()(F&& f, E& e) const {
    f("pendaftaran_id", e.pendaftaran_id);
    f("pekerja_id", e.pekerja_id);
    f("nik", e.nik);
    f("baris", e.baris);
    f("status", e.status);
    f("kpj", e.kpj);
    f("tanggal_efektif", e.tanggal_efektif);
    f("alasan", e.alasan);
    f("dijawab", e.dijawab);
  }
};

const auto kEntryNames = rows::field_names<EntryFields, RegistrationEntryRecord>();
const std::string kEntrySelect = "SELECT " + rows::list(kEntryNames) + " FROM pendaftaran_bpjs_pekerja";

// The columns of jawaban_bpjs but id.
struct ResponseFields {
  template <typename F, typename R>
  void operator()(F&& f, R& r) const {
    f("pendaftaran_id", r.pendaftaran_id);
    f("waktu", r.waktu);
    f("pelaku", r.pelaku);
    f("nama_berkas", r.nama_berkas);
    f("baris", r.baris);
    f("diterima", r.diterima);
    f("ditolak", r.ditolak);
    f("tidak_berubah", r.tidak_berubah);
    f("galat", r.galat);
  }
};

const std::string kCardBatchSelect = "SELECT b.id, b.dibuat, b.pelaku, b.wilayah, coalesce(b.pendaftaran_id, 0), " +
                                     counts("kartu", "batch_id", {"diminta", "dicetak", "diserahkan"}) +
                                     " FROM kartu_batch b";

CardBatchRecord read_card_batch(Row& r) {
  CardBatchRecord b;
  r >> b.id >> b.dibuat >> b.pelaku >> b.wilayah >> b.pendaftaran_id >> b.diminta >> b.dicetak >> b.diserahkan;
  return b;
}

// The columns of kartu but id.
struct CardFields {
  template <typename F, typename C>
  void operator()(F&& f, C& c) const {
    f("batch_id", c.batch_id);
    f("pekerja_id", c.pekerja_id);
    f("token", c.token);
    f("status", c.status);
    f("diminta_oleh", c.diminta_oleh);
    f("diminta_pada", c.diminta_pada);
    f("dicetak_oleh", c.dicetak_oleh);
    f("dicetak_pada", c.dicetak_pada);
    f("diserahkan_oleh", c.diserahkan_oleh);
    f("diserahkan_pada", c.diserahkan_pada);
  }
};

const rows::Table<ResponseFileRecord, ResponseFields> kResponses{"jawaban_bpjs"};
const rows::Table<CardRecord, CardFields> kCards{"kartu"};

// A page of batches within `area`, newest first.
template <typename Read>
auto area_page(rows::Db& db, const std::string& table, const std::string& select, std::string_view area, int offset,
               int limit, Read read) {
  Page<decltype(read(std::declval<Row&>()))> out;
  Params p;
  const std::string where = " WHERE " + area_filter(area, p);
  out.total = db.first_int("SELECT count(*) FROM " + table + where, p).value_or(0);
  out.items = db.all(select + where + " ORDER BY b.id DESC LIMIT ? OFFSET ?", Params{p} << limit << offset, read);
  return out;
}

class Bpjs final : public BpjsSession {
 public:
  explicit Bpjs(std::unique_ptr<rows::Db> db) : db_(std::move(db)) {}

  void insert_batch(RegistrationBatchRecord& b) override {
    b.dibuat = now_utc();
    b.id = db_->first_int("INSERT INTO pendaftaran_bpjs (dibuat, pelaku, wilayah) VALUES (?, ?, ?) RETURNING id",
                          Params{b.dibuat, b.pelaku, b.wilayah})
               .value();
  }

  void add_entry(const RegistrationEntryRecord& e) override {
    static const std::string sql = "INSERT INTO pendaftaran_bpjs_pekerja (" + rows::list(kEntryNames) + ") VALUES (" +
                                   rows::marks(kEntryNames.size()) + ")";
    db_->exec(sql, rows::params_of<EntryFields>(e));
  }

  std::optional<RegistrationBatchRecord> batch(std::int64_t id) override {
    return db_->one(kBatchSelect + " WHERE b.id = ?", Params{id}, read_batch);
  }

  Page<RegistrationBatchRecord> batches(std::string_view area, int offset, int limit) override {
    return area_page(*db_, "pendaftaran_bpjs", kBatchSelect, area, offset, limit, read_batch);
  }

  std::vector<RegistrationEntryRecord> entries(std::int64_t batch_id) override {
    // The export's order: SQLite keeps it in rowid, PostgreSQL in the identity column urutan.
    return db_->all(kEntrySelect + " WHERE pendaftaran_id = ? ORDER BY " + db_->pick("rowid", "urutan"),
                    Params{batch_id}, read_entry);
  }

  std::vector<RegistrationEntryRecord> entries_of_worker(std::int64_t pekerja_id) override {
    return db_->all(kEntrySelect + " WHERE pekerja_id = ? ORDER BY pendaftaran_id", Params{pekerja_id}, read_entry);
  }

  void answer_entry(const RegistrationEntryRecord& e) override {
    db_->exec(
        "UPDATE pendaftaran_bpjs_pekerja SET status = ?, kpj = ?, tanggal_efektif = ?, alasan = ?, dijawab = ? "
        "WHERE pendaftaran_id = ? AND pekerja_id = ?",
        Params{e.status, e.kpj, e.tanggal_efektif, e.alasan, e.dijawab, e.pendaftaran_id, e.pekerja_id});
  }

  void insert_response_file(ResponseFileRecord& f) override {
    f.waktu = now_utc();
    f.id = kResponses.insert(*db_, f).value();
  }

  std::vector<ResponseFileRecord> response_files(std::int64_t batch_id) override {
    return db_->all(kResponses.select() + " WHERE pendaftaran_id = ? ORDER BY id", Params{batch_id},
                    kResponses.reader());
  }

  std::optional<std::int64_t> worker_with_kpj(std::string_view kpj) override {
    // The repeated condition lets the planner use the partial unique index pekerja_kpj (0007).
    return db_->first_int("SELECT id FROM pekerja WHERE kpj = ? AND kpj <> ''", Params{kpj});
  }

  void insert_card_batch(CardBatchRecord& b) override {
    b.dibuat = now_utc();
    Params p{b.dibuat, b.pelaku, b.wilayah};
    if (b.pendaftaran_id > 0)
      p << b.pendaftaran_id;
    else
      p << std::nullopt;  // made from a list of workers
    b.id =
        db_->first_int(
               "INSERT INTO kartu_batch (dibuat, pelaku, wilayah, pendaftaran_id) VALUES (?, ?, ?, ?) RETURNING id", p)
            .value();
  }

  std::optional<CardBatchRecord> card_batch(std::int64_t id) override {
    return db_->one(kCardBatchSelect + " WHERE b.id = ?", Params{id}, read_card_batch);
  }

  Page<CardBatchRecord> card_batches(std::string_view area, int offset, int limit) override {
    return area_page(*db_, "kartu_batch", kCardBatchSelect, area, offset, limit, read_card_batch);
  }

  void insert_card(CardRecord& c) override { c.id = kCards.insert(*db_, c).value(); }

  std::optional<CardRecord> card(std::int64_t id) override {
    return db_->one(kCards.select() + " WHERE id = ?", Params{id}, kCards.reader());
  }

  std::optional<CardRecord> card_by_token(std::string_view token) override {
    return db_->one(kCards.select() + " WHERE token = ?", Params{token}, kCards.reader());
  }

  std::vector<CardRecord> cards_of_batch(std::int64_t batch_id) override {
    return db_->all(kCards.select() + " WHERE batch_id = ? ORDER BY id", Params{batch_id}, kCards.reader());
  }
  std::vector<CardRecord> cards_of_worker(std::int64_t pekerja_id) override {
    return db_->all(kCards.select() + " WHERE pekerja_id = ? ORDER BY id", Params{pekerja_id}, kCards.reader());
  }
  Page<CardRecord> cards_of_worker_page(std::int64_t pekerja_id, int offset, int limit) override {
    Page<CardRecord> out;
    out.total = db_->first_int("SELECT count(*) FROM kartu WHERE pekerja_id = ?", Params{pekerja_id}).value_or(0);
    out.items = db_->all(kCards.select() + " WHERE pekerja_id = ? ORDER BY id LIMIT ? OFFSET ?",
                         Params{pekerja_id, limit, offset}, kCards.reader());
    return out;
  }

  void update_card(const CardRecord& c) override {
    db_->exec(
        "UPDATE kartu SET status = ?, dicetak_oleh = ?, dicetak_pada = ?, diserahkan_oleh = ?, diserahkan_pada = ? "
        "WHERE id = ?",
        Params{c.status, c.dicetak_oleh, c.dicetak_pada, c.diserahkan_oleh, c.diserahkan_pada, c.id});
  }

 private:
  static RegistrationEntryRecord read_entry(Row& r) {
    return rows::read_record<RegistrationEntryRecord, EntryFields>(r);
  }

  std::unique_ptr<rows::Db> db_;
};

}  // namespace

std::unique_ptr<BpjsSession> make_bpjs(std::unique_ptr<rows::Db> db) { return std::make_unique<Bpjs>(std::move(db)); }

}  // namespace lindungi::store
