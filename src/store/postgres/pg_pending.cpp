#include "store/postgres/pg_pending.hpp"

#include "core/errors.hpp"

namespace lindungi::store::pg {

namespace {

constexpr const char* kColumns =
    "id, pekerja_id, wilayah, usulan, perubahan, versi, status, diajukan_oleh, diajukan_pada, diputus_oleh, "
    "diputus_pada, alasan";

PendingChangeRecord row(const pqxx::row& r) {
  PendingChangeRecord p;
  p.id = int64(r[0]);
  p.pekerja_id = int64(r[1]);
  p.wilayah = text(r[2]);
  p.usulan = text(r[3]);
  p.perubahan = text(r[4]);
  p.versi = int64(r[5]);
  p.status = text(r[6]);
  p.diajukan_oleh = text(r[7]);
  p.diajukan_pada = text(r[8]);
  p.diputus_oleh = text(r[9]);
  p.diputus_pada = text(r[10]);
  p.alasan = text(r[11]);
  return p;
}

}  // namespace

void insert_pending_change(Tx& t, PendingChangeRecord& p) {
  p.diajukan_pada = now_utc();
  const auto r = t.exec(
      "INSERT INTO perubahan_tertunda (pekerja_id, wilayah, usulan, perubahan, versi, status, diajukan_oleh, "
      "diajukan_pada) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
      p.pekerja_id, p.wilayah, p.usulan, p.perubahan, p.versi, p.status, p.diajukan_oleh, p.diajukan_pada);
  p.id = int64(r[0][0]);
}

std::optional<PendingChangeRecord> pending_change(Tx& t, std::int64_t id) {
  const auto r = t.exec(std::string{"SELECT "} + kColumns + " FROM perubahan_tertunda WHERE id = $1", id);
  if (r.empty()) return std::nullopt;
  return row(r[0]);
}

std::vector<PendingChangeRecord> pending_changes(Tx& t, std::string_view status, std::int64_t pekerja_id) {
  std::vector<PendingChangeRecord> out;
  for (const auto& r : t.exec(std::string{"SELECT "} + kColumns +
                                  " FROM perubahan_tertunda WHERE ($1::text = '' OR status = $1::text) AND ($2::bigint "
                                  "= 0 OR pekerja_id = $2::bigint) "
                                  "ORDER BY id DESC",
                              std::string{status}, pekerja_id))
    out.push_back(row(r));
  return out;
}

void decide_pending_change(Tx& t, const PendingChangeRecord& p) {
  const auto r = t.exec(
      "UPDATE perubahan_tertunda SET status = $1, diputus_oleh = $2, diputus_pada = $3, alasan = $4 "
      "WHERE id = $5 AND status = 'menunggu'",
      p.status, p.diputus_oleh, p.diputus_pada.empty() ? now_utc() : p.diputus_pada, p.alasan, p.id);
  if (r.affected_rows() == 0) throw Conflict("sudah_diputus", "Perubahan ini sudah diputus sebelumnya");
}

}  // namespace lindungi::store::pg
