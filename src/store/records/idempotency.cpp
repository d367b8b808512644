#include "store/records/idempotency.hpp"

#include "store/store.hpp"

namespace lindungi::store {

namespace {

using rows::Params;

// The columns of idempotensi, keyed by (pengguna, kunci).
struct KeyFields {
  template <typename F, typename K>
  void operator()(F&& f, K& k) const {
    f("pengguna", k.pengguna);
    f("kunci", k.kunci);
    f("sidik", k.sidik);
    f("metode", k.metode);
    f("rute", k.rute);
    f("status", k.status);
    f("tipe", k.tipe);
    f("jawaban", k.jawaban);
    f("dibuat", k.dibuat);
    f("kedaluwarsa", k.kedaluwarsa);
  }
};

const auto kNames = rows::field_names<KeyFields, IdempotencyRecord>();

// INSERT … ON CONFLICT (pengguna, kunci) DO UPDATE … WHERE the held row has expired RETURNING status.
std::string upsert_unless_live() {
  std::string set;
  for (const auto& n : kNames)
    if (n != "pengguna" && n != "kunci") set += (set.empty() ? "" : ", ") + n + " = excluded." + n;
  std::string sql = "INSERT INTO idempotensi (" + rows::list(kNames) + ") VALUES (" + rows::marks(kNames.size()) + ")";
  sql += " ON CONFLICT (pengguna, kunci) DO UPDATE SET " + set;
  sql += " WHERE idempotensi.kedaluwarsa <= ? RETURNING status";
  return sql;
}

class Idempotency final : public IdempotencySession {
 public:
  explicit Idempotency(std::unique_ptr<rows::Db> db) : db_(std::move(db)) {}

  std::optional<IdempotencyRecord> key(std::string_view pengguna, std::string_view kunci) override {
    static const std::string sql =
        "SELECT " + rows::list(kNames) + " FROM idempotensi WHERE pengguna = ? AND kunci = ?";
    return db_->one(sql, Params{pengguna, kunci}, rows::read_record<IdempotencyRecord, KeyFields>);
  }

  // One statement on both databases: an expired row is overwritten in place, a live one is left
  // and no row comes back (ON CONFLICT … DO UPDATE … WHERE, so PostgreSQL's transaction goes on).
  bool insert_key(const IdempotencyRecord& r, std::string_view now) override {
    static const std::string sql = upsert_unless_live();
    Params p = rows::params_of<KeyFields>(r);
    p << now;
    return db_->first_int(sql, p).has_value();
  }

  void record_answer(std::string_view pengguna, std::string_view kunci, int status, std::string_view tipe,
                     std::string_view jawaban) override {
    db_->exec("UPDATE idempotensi SET status = ?, tipe = ?, jawaban = ? WHERE pengguna = ? AND kunci = ?",
              Params{status, tipe, jawaban, pengguna, kunci});
  }

  std::int64_t delete_expired_keys(std::string_view now) override {
    return db_->exec("DELETE FROM idempotensi WHERE kedaluwarsa <= ?", Params{now});
  }

 private:
  std::unique_ptr<rows::Db> db_;
};

thread_local IdempotencyClaim* current_claim = nullptr;

}  // namespace

std::unique_ptr<IdempotencySession> make_idempotency(std::unique_ptr<rows::Db> db) {
  return std::make_unique<Idempotency>(std::move(db));
}

IdempotencyClaimScope::IdempotencyClaimScope(IdempotencyClaim& claim) : previous_(current_claim) {
  current_claim = &claim;
}

IdempotencyClaimScope::~IdempotencyClaimScope() { current_claim = previous_; }

void claim_idempotency_key(Session& s) {
  IdempotencyClaim* claim = current_claim;
  if (!claim || claim->committed) return;
  if (!s.idempotency().insert_key(claim->record, claim->record.dibuat)) {
    claim->taken = true;
    throw IdempotencyKeyTaken();
  }
}

void idempotency_write_committed() {
  if (current_claim) current_claim->committed = true;
}

}  // namespace lindungi::store
