#include "store/store.hpp"

#include "core/errors.hpp"
#include "store/postgres/pg_store.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace lindungi::store {

std::unique_ptr<Store> open_store(const std::string& location) {
  if (location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0)
    return open_pg_store(location);
  std::string path = location;
  if (path.rfind("sqlite:", 0) == 0) path = path.substr(7);
  if (path.empty()) throw BadRequest("db_kosong", "Lokasi database wajib diisi", "db");
  return open_sqlite_store(path);
}

}  // namespace lindungi::store
