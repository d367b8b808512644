#include "store/records/pending.hpp"

#include "clock/clock.hpp"
#include "store/refusals.hpp"

namespace lindungi::store::records {

namespace {

using rows::Params;

// The columns of perubahan_tertunda but id: the proposal, then the decision.
struct PendingFields {
  template <typename F, typename P>
  void operator()(F&& f, P& p) const {
    f("pekerja_id", p.pekerja_id);
    f("wilayah", p.wilayah);
    f("usulan", p.usulan);
    f("perubahan", p.perubahan);
    f("versi", p.versi);
    f("status", p.status);
    f("diajukan_oleh", p.diajukan_oleh);
    f("diajukan_pada", p.diajukan_pada);
    f("diputus_oleh", p.diputus_oleh);
    f("diputus_pada", p.diputus_pada);
    f("alasan", p.alasan);
  }
};

const rows::Table<PendingChangeRecord, PendingFields> kPending{"perubahan_tertunda"};

}  // namespace

void Pending::insert_pending_change(PendingChangeRecord& p) {
  p.diajukan_pada = clock::now_utc_iso(true);
  p.id = kPending.insert(db(), p).value();
}

std::optional<PendingChangeRecord> Pending::pending_change(std::int64_t id) {
  return db().one(kPending.select() + " WHERE id = ?", Params{id}, kPending.reader());
}

std::vector<PendingChangeRecord> Pending::pending_changes(std::string_view status, std::int64_t pekerja_id) {
  // The casts tell PostgreSQL the parameters' types where only a literal stands beside them.
  return db().all(kPending.select() +
                      " WHERE (CAST(? AS text) = '' OR status = ?) AND (CAST(? AS bigint) = 0 OR pekerja_id = ?) "
                      "ORDER BY id DESC",
                  Params{status, status, pekerja_id, pekerja_id}, kPending.reader());
}

Page<PendingChangeRecord> Pending::pending_changes_page(std::string_view status, std::int64_t pekerja_id,
                                                        std::string_view area, std::string_view cohort, int offset,
                                                        int limit) {
  // code_within(wilayah, area) as a condition ('/' sorts right after '.', the columns compare
  // bytewise); the cohort through the worker's funder, as the service's visible() checks it.
  Params p{status, status, pekerja_id, pekerja_id, cohort, cohort};
  std::string where =
      " WHERE (CAST(? AS text) = '' OR status = ?) AND (CAST(? AS bigint) = 0 OR pekerja_id = ?) "
      "AND (CAST(? AS text) = '' OR EXISTS (SELECT 1 FROM pekerja w WHERE w.id = perubahan_tertunda.pekerja_id AND "
      "w.sumber_dana = ?))";
  if (!area.empty()) {
    where += " AND (wilayah = ? OR (wilayah >= ? AND wilayah < ?))";
    p << area << std::string{area} + "." << std::string{area} + "/";
  }
  Page<PendingChangeRecord> out;
  out.total = db().first_int("SELECT count(*) FROM perubahan_tertunda" + where, p).value_or(0);
  out.items = db().all(kPending.select() + where + " ORDER BY id DESC LIMIT ? OFFSET ?", Params{p} << limit << offset,
                       kPending.reader());
  return out;
}

void Pending::decide_pending_change(const PendingChangeRecord& p) {
  if (db().exec("UPDATE perubahan_tertunda SET status = ?, diputus_oleh = ?, diputus_pada = ?, alasan = ? "
                "WHERE id = ? AND status = 'menunggu'",
                Params{p.status, p.diputus_oleh, p.diputus_pada.empty() ? clock::now_utc_iso(true) : p.diputus_pada,
                       p.alasan, p.id}) == 0)
    throw StaleVersion("perubahan_tertunda");  // decided already
}

}  // namespace lindungi::store::records
