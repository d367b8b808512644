#include "store/store.hpp"

#include "core/errors.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace lindungi::store {

std::unique_ptr<Store> open_store(const std::string& location) {
  if (location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0)
    throw BadRequest("backend_belum_tersedia", "Backend PostgreSQL belum tersedia di versi ini", "db");
  std::string path = location;
  if (path.rfind("sqlite:", 0) == 0) path = path.substr(7);
  if (path.empty()) throw BadRequest("db_kosong", "Lokasi database wajib diisi", "db");
  return open_sqlite_store(path);
}

}  // namespace lindungi::store
