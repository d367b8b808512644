#include "store/store.hpp"

#include <algorithm>

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

std::string printable_location(const std::string& location) {
  std::string out = location;
  const std::size_t scheme = out.find("://");
  if (scheme == std::string::npos) return out;
  const std::size_t at = out.find('@', scheme + 3);
  const std::size_t colon = out.find(':', scheme + 3);
  if (at != std::string::npos && colon != std::string::npos && colon < at)
    out = out.substr(0, colon + 1) + "***" + out.substr(at);
  // libpq also takes it as a query parameter: ?password=...
  const std::size_t param = out.find("password=");
  if (param != std::string::npos) {
    const std::size_t end = std::min(out.find('&', param), out.size());
    out = out.substr(0, param + 9) + "***" + out.substr(end);
  }
  return out;
}

}  // namespace lindungi::store
