#include "store/sqlite/sqlite_pending.hpp"

#include "core/errors.hpp"

namespace lindungi::store::sqlite {

namespace {

constexpr const char* kColumns =
    "id, pekerja_id, wilayah, usulan, perubahan, versi, status, diajukan_oleh, diajukan_pada, diputus_oleh, "
    "diputus_pada, alasan";

PendingChangeRecord row(SQLite::Statement& s) {
  PendingChangeRecord p;
  p.id = s.getColumn(0).getInt64();
  p.pekerja_id = s.getColumn(1).getInt64();
  p.wilayah = s.getColumn(2).getString();
  p.usulan = s.getColumn(3).getString();
  p.perubahan = s.getColumn(4).getString();
  p.versi = s.getColumn(5).getInt64();
  p.status = s.getColumn(6).getString();
  p.diajukan_oleh = s.getColumn(7).getString();
  p.diajukan_pada = s.getColumn(8).getString();
  p.diputus_oleh = s.getColumn(9).getString();
  p.diputus_pada = s.getColumn(10).getString();
  p.alasan = s.getColumn(11).getString();
  return p;
}

}  // namespace

void insert_pending_change(Connection& c, PendingChangeRecord& p) {
  p.diajukan_pada = now_utc();
  auto& s = c.prepare(
      "INSERT INTO perubahan_tertunda (pekerja_id, wilayah, usulan, perubahan, versi, status, diajukan_oleh, "
      "diajukan_pada) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  ResetOnExit r{s};
  s.bind(1, p.pekerja_id);
  s.bind(2, p.wilayah);
  s.bind(3, p.usulan);
  s.bind(4, p.perubahan);
  s.bind(5, p.versi);
  s.bind(6, p.status);
  s.bind(7, p.diajukan_oleh);
  s.bind(8, p.diajukan_pada);
  s.exec();
  p.id = c.db().getLastInsertRowid();
}

std::optional<PendingChangeRecord> pending_change(Connection& c, std::int64_t id) {
  auto& s = c.prepare(std::string{"SELECT "} + kColumns + " FROM perubahan_tertunda WHERE id = ?");
  ResetOnExit r{s};
  s.bind(1, id);
  if (!s.executeStep()) return std::nullopt;
  return row(s);
}

std::vector<PendingChangeRecord> pending_changes(Connection& c, std::string_view status, std::int64_t pekerja_id) {
  auto& s = c.prepare(std::string{"SELECT "} + kColumns +
                      " FROM perubahan_tertunda WHERE (? = '' OR status = ?) AND (? = 0 OR pekerja_id = ?) "
                      "ORDER BY id DESC");
  ResetOnExit r{s};
  s.bind(1, std::string{status});
  s.bind(2, std::string{status});
  s.bind(3, pekerja_id);
  s.bind(4, pekerja_id);
  std::vector<PendingChangeRecord> out;
  while (s.executeStep()) out.push_back(row(s));
  return out;
}

void decide_pending_change(Connection& c, const PendingChangeRecord& p) {
  auto& s = c.prepare(
      "UPDATE perubahan_tertunda SET status = ?, diputus_oleh = ?, diputus_pada = ?, alasan = ? "
      "WHERE id = ? AND status = 'menunggu'");
  ResetOnExit r{s};
  s.bind(1, p.status);
  s.bind(2, p.diputus_oleh);
  s.bind(3, p.diputus_pada.empty() ? now_utc() : p.diputus_pada);
  s.bind(4, p.alasan);
  s.bind(5, p.id);
  if (s.exec() == 0) throw Conflict("sudah_diputus", "Perubahan ini sudah diputus sebelumnya");
}

}  // namespace lindungi::store::sqlite
