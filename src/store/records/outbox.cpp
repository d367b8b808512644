#include "store/records/outbox.hpp"

#include <algorithm>

#include "clock/clock.hpp"
#include "store/records/area.hpp"

namespace lindungi::store {

namespace {

using rows::Params;
using rows::Row;

// The columns of pesan besides id.
struct MessageFields {
  template <typename F, typename M>
  void operator()(F&& f, M& m) const {
    f("kunci", m.kunci);
    f("pekerja_id", m.pekerja_id);
    f("kode_kelurahan", m.kode_kelurahan);
    f("rt", m.rt);
    f("penerima", m.penerima);
    f("nama_penerima", m.nama_penerima);
    f("no_hp", m.no_hp);
    f("templat", m.templat);
    f("isi", m.isi);
    f("status", m.status);
    f("alasan", m.alasan);
    f("percobaan", m.percobaan);
    f("coba_pada", m.coba_pada);
    f("dibuat", m.dibuat);
    f("terkirim_pada", m.terkirim_pada);
    f("id_gateway", m.id_gateway);
    f("diubah_oleh", m.diubah_oleh);
  }
};

struct TemplateFields {
  template <typename F, typename T>
  void operator()(F&& f, T& t) const {
    f("kode", t.kode);
    f("isi", t.isi);
    f("diubah_oleh", t.diubah_oleh);
    f("diubah", t.diubah);
  }
};

const rows::Table<MessageRecord, MessageFields> kMessages{"pesan"};
const auto kTemplateNames = rows::field_names<TemplateFields, TemplateRecord>();

class Outbox final : public OutboxSession {
 public:
  explicit Outbox(std::unique_ptr<rows::Db> db) : db_(std::move(db)) {}

  bool enqueue(MessageRecord& m) override {
    m.dibuat = clock::now_utc_iso(true);
    if (m.coba_pada.empty()) m.coba_pada = m.dibuat;
    // ON CONFLICT: the event was seen before (the daily job run twice); on PostgreSQL a refused
    // insert would abort the caller's whole transaction.
    const auto id = kMessages.insert(*db_, m, " ON CONFLICT (kunci) DO NOTHING");
    if (!id) return false;
    m.id = *id;
    return true;
  }

  std::optional<MessageRecord> message(std::int64_t id) override {
    return db_->one(kMessages.select() + " WHERE id = ?", Params{id}, kMessages.reader());
  }

  Page<MessageRecord> messages(const MessageQuery& q) override {
    Params args;
    std::string where = " WHERE " + records::within_area("p", q.area, args);
    if (!q.status.empty()) {
      where += " AND p.status = ?";
      args << q.status;
    }
    if (!q.templat.empty()) {
      where += " AND p.templat = ?";
      args << q.templat;
    }
    if (q.pekerja_id > 0) {
      where += " AND p.pekerja_id = ?";
      args << q.pekerja_id;
    }
    Page<MessageRecord> page;
    page.total = db_->first_int("SELECT count(*) FROM pesan p" + where, args).value_or(0);
    auto list = args;
    list << q.limit << q.offset;
    page.items = db_->all("SELECT p.id, " + rows::list(kMessages.names(), "p.") + " FROM pesan p" + where +
                              " ORDER BY p.id DESC LIMIT ? OFFSET ?",
                          list, kMessages.reader());
    return page;
  }

  MessageCounts counts(std::string_view area) override {
    Params args;
    const std::string where = records::within_area("p", area, args);
    MessageCounts c;
    db_->run("SELECT p.status, count(*) FROM pesan p WHERE " + where + " GROUP BY p.status", args, [&](Row& r) {
      std::string status;
      std::int64_t n = 0;
      r >> status >> n;
      if (status == "antre") c.antre = n;
      if (status == "terkirim") c.terkirim = n;
      if (status == "gagal") c.gagal = n;
    });
    return c;
  }

  std::vector<MessageRecord> claim_due(std::string_view now, std::string_view lease_until, int limit) override {
    auto due = db_->all("SELECT p.id, " + rows::list(kMessages.names(), "p.") +
                            ", k.setuju_pesan FROM pesan p JOIN pekerja k ON k.id = p.pekerja_id"
                            " WHERE p.status = 'antre' AND p.coba_pada <= ? ORDER BY p.coba_pada, p.id LIMIT ?",
                        Params{now, limit}, [](Row& r) {
                          auto m = kMessages.read(r);
                          r >> m.setuju;
                          return m;
                        });
    if (due.empty()) return due;
    // Under the writer's lock (one writer on both databases), so no other sender claims them between
    // the read and this update.
    Params args{lease_until};
    std::string ids;
    for (auto& m : due) {
      ++m.percobaan;
      m.coba_pada = std::string{lease_until};
      ids += ids.empty() ? "?" : ", ?";
      args << m.id;
    }
    db_->exec("UPDATE pesan SET percobaan = percobaan + 1, coba_pada = ? WHERE id IN (" + ids + ")", args);
    return due;
  }

  void settle(const MessageRecord& m) override {
    db_->exec(
        "UPDATE pesan SET status = ?, alasan = ?, percobaan = ?, coba_pada = ?, terkirim_pada = ?, id_gateway = ?, "
        "diubah_oleh = ? WHERE id = ?",
        Params{m.status, m.alasan, m.percobaan, m.coba_pada, m.terkirim_pada, m.id_gateway, m.diubah_oleh, m.id});
  }

  void settle_all(const std::vector<MessageRecord>& messages) override {
    // 8 parameters a message: in blocks well under SQLite's 32,766 (and PostgreSQL's 65,535).
    constexpr std::size_t kBlock = 1000;
    for (std::size_t from = 0; from < messages.size(); from += kBlock) {
      const auto to = std::min(messages.size(), from + kBlock);
      std::string rows;
      Params args;
      for (std::size_t i = from; i < to; ++i) {
        const auto& m = messages[i];
        // The casts type the first row's columns for PostgreSQL (its parameters arrive as text).
        rows += i == from ? "(CAST(? AS BIGINT), ?, ?, CAST(? AS INTEGER), ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?)";
        args << m.id << m.status << m.alasan << m.percobaan << m.coba_pada << m.terkirim_pada << m.id_gateway
             << m.diubah_oleh;
      }
      db_->exec(
          "WITH v (id, status, alasan, percobaan, coba_pada, terkirim_pada, id_gateway, diubah_oleh) AS (VALUES " +
              rows +
              ") UPDATE pesan SET status = v.status, alasan = v.alasan, percobaan = v.percobaan, coba_pada = "
              "v.coba_pada, terkirim_pada = v.terkirim_pada, id_gateway = v.id_gateway, diubah_oleh = "
              "v.diubah_oleh FROM v WHERE pesan.id = v.id",
          args);
    }
  }

  std::vector<TemplateRecord> templates() override {
    return db_->all("SELECT " + rows::list(kTemplateNames) + " FROM templat_pesan ORDER BY kode", {},
                    rows::read_record<TemplateRecord, TemplateFields>);
  }

  void put_template(TemplateRecord& t) override {
    static const std::string sql = rows::upsert("templat_pesan", kTemplateNames);
    t.diubah = clock::now_utc_iso(true);
    db_->exec(sql, rows::params_of<TemplateFields>(t));
  }

 private:
  std::unique_ptr<rows::Db> db_;
};

}  // namespace

std::unique_ptr<OutboxSession> make_outbox(std::unique_ptr<rows::Db> db) {
  return std::make_unique<Outbox>(std::move(db));
}

}  // namespace lindungi::store
