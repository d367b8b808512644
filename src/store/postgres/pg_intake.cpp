#include "store/postgres/pg_intake.hpp"

#include <map>
#include <tuple>

#include "store/intake_store.hpp"
#include "store/postgres/pg_row.hpp"
#include "store/records/intake.hpp"

namespace lindungi::store {

namespace {

using pg::Tx;
using rows::Params;
using rows::Row;

// A text[] literal for a parameter ("{"a","b"}"): a block of values in one statement.
std::string text_array(const std::vector<std::string>& values) {
  std::string out = "{";
  for (const auto& v : values) {
    if (out.size() > 1) out += ',';
    out += '"';
    for (char ch : v) {
      if (ch == '"' || ch == '\\') out += '\\';
      out += ch;
    }
    out += '"';
  }
  return out + "}";
}

// Intake on PostgreSQL: records::Intake, with the registry scan in a cursor, COPY for a file's
// many rows and one statement per block of the import's questions (round trips cost here).
class PgIntake final : public records::Intake {
 public:
  explicit PgIntake(Tx& t) : Intake(pg::row_db(t)), t_(t) {}

  // No effect here: SQLite grows its per-connection page cache, while PostgreSQL's buffer cache
  // is the server's (shared_buffers), set by its administrator.
  void prepare_bulk_write() override {}

  // PostgreSQL keeps its indexes through a bulk load. DROP INDEX takes an ACCESS EXCLUSIVE lock
  // on the table until commit, which would block every reader for the whole import, including
  // the import's own analysis thread, which reads the registry in a second transaction while
  // this one writes (a deadlock the server cannot see, as one side waits in the client). Here
  // a row costs a round trip far more than its index inserts, so little is lost.
  void begin_bulk_load() override {}

  void end_bulk_load() override {
    // Fresh statistics for the planner after a load that may have multiplied the registry.
    t_.direct("ANALYZE pekerja");
    t_.direct("ANALYZE ahli_waris");
  }

  void for_each_person(std::string_view area, const std::function<void(const PersonRecord&)>& fn) override {
    // A cursor, fetched in pages: the whole registry may be scanned and a result is held in memory
    // whole. DECLARE takes no parameters, so the (validated) area bounds are quoted literals.
    Params p;
    const std::string with_marks = persons_sql(area, p);
    std::string sql;
    std::size_t next = 0;
    for (const char ch : with_marks) {
      if (ch != '?') {
        sql += ch;
        continue;
      }
      const auto& v = p.values().at(next++);
      if (const auto* s = std::get_if<std::string>(&v)) {
        // esc() between quotes rather than quote(): GCC 12 warns falsely (-Wrestrict) on quote's
        // string concatenation inlined here.
        sql += '\'';
        sql += t_.t.esc(*s);
        sql += '\'';
      } else {
        sql += std::to_string(std::get<std::int64_t>(v));
      }
    }
    const std::string cursor = "pindai_orang_" + std::to_string(++cursors_);
    t_.direct("DECLARE " + cursor + " NO SCROLL CURSOR FOR " + sql);
    for (;;) {
      const auto page = t_.direct("FETCH 5000 FROM " + cursor);
      pg::each_row(page, [&](Row& r) { fn(read_person(r)); });
      if (page.size() < 5000) break;
    }
    t_.direct("CLOSE " + cursor);
  }

  void add_import_issues(std::int64_t import_id, const std::vector<ImportIssue>& issues) override {
    if (issues.empty()) return;
    // A file of 100,000 bad rows has as many issues: COPY, not a round trip per row (STACK.md §2.2).
    pqxx::stream_to copy(t_.t, "impor_masalah",
                         std::vector<std::string>{"impor_id", "urutan", "baris", "kolom", "kode", "pesan", "tingkat"});
    std::int64_t order = 0;
    for (const ImportIssue& i : issues)
      copy << std::make_tuple(import_id, ++order, i.row, i.column, i.code, i.message,
                              std::string{i.warning ? "peringatan" : "galat"});
    copy.complete();
  }

  std::vector<std::string> registered_niks(const std::vector<std::string>& niks) override {
    if (niks.empty()) return {};
    return db().all("SELECT nik FROM pekerja WHERE nik = ANY(?::text[])", Params{text_array(niks)},
                    [](Row& r) { return r.text(); });
  }

  std::vector<std::string> bpjs_niks(const std::vector<std::string>& niks) override {
    if (niks.empty()) return {};
    return db().all("SELECT nik FROM bpjs_peserta_aktif WHERE nik = ANY(?::text[])", Params{text_array(niks)},
                    [](Row& r) { return r.text(); });
  }

  std::vector<std::pair<std::string, PersonStub>> with_nik_prefixes(const std::vector<std::string>& prefixes,
                                                                    std::int64_t max_id) override {
    if (prefixes.empty()) return {};
    // One range scan of the NIK index per prefix, as with_nik_prefix, joined laterally.
    return db().all(
        "SELECT x.pre, p.id, p.nik FROM unnest(?::text[]) AS x (pre) JOIN LATERAL (SELECT id, nik FROM pekerja "
        "WHERE nik >= x.pre AND nik < x.pre || ':' AND id <= ?) p ON TRUE",
        Params{text_array(prefixes), max_id}, [](Row& r) {
          std::pair<std::string, PersonStub> out;
          r >> out.first >> out.second.id >> out.second.nik;
          return out;
        });
  }

  std::vector<std::pair<std::string, PersonStub>> born_on_dates(const std::vector<std::string>& iso_dates,
                                                                std::int64_t max_id) override {
    if (iso_dates.empty()) return {};
    // Covered by pekerja_tanggal_lahir, as born_on.
    return db().all(
        "SELECT tanggal_lahir, id, nik, kode_kelurahan FROM pekerja WHERE tanggal_lahir = ANY(?::text[]) AND id <= ?",
        Params{text_array(iso_dates), max_id}, [](Row& r) {
          std::pair<std::string, PersonStub> out;
          r >> out.first >> out.second.id >> out.second.nik >> out.second.kode_kelurahan;
          return out;
        });
  }

 protected:
  void write_bpjs_members(const BpjsFile& file, const std::vector<BpjsMember>& members) override {
    // The file may list a NIK twice; the later row wins (the upsert's effect). COPY has no upsert,
    // so the rows are made unique first, keeping each NIK's first position.
    std::map<std::string, std::size_t> last;
    for (std::size_t i = 0; i < members.size(); ++i) last[members[i].nik] = i;
    std::vector<std::size_t> order;
    std::map<std::string, bool> written;
    for (const BpjsMember& m : members)
      if (!written[m.nik]) {
        written[m.nik] = true;
        order.push_back(last[m.nik]);
      }
    if (order.empty()) return;
    pqxx::stream_to copy(t_.t, "bpjs_peserta_aktif",
                         std::vector<std::string>{"nik", "kpj", "segmen", "pembayar", "berkas_id", "wilayah"});
    for (const std::size_t i : order) {
      const BpjsMember& m = members[i];
      copy << std::make_tuple(m.nik, m.kpj, m.segmen, m.pembayar, file.id, file.wilayah);
    }
    copy.complete();
  }

 private:
  Tx& t_;
  int cursors_ = 0;
};

}  // namespace

std::unique_ptr<IntakeSession> make_pg_intake(pg::Tx& tx) { return std::make_unique<PgIntake>(tx); }

}  // namespace lindungi::store
