#include "services/database_location.hpp"

#include "store/store.hpp"

namespace lindungi::services {

std::string printable_location(const std::string& location) { return store::printable_location(location); }
bool is_postgres_location(const std::string& location) { return store::is_postgres_location(location); }
bool location_has_password(const std::string& location) { return store::location_has_password(location); }
std::string location_with_password(const std::string& location, const std::string& password) {
  return store::location_with_password(location, password);
}
std::optional<std::string> probe_location(const std::string& location) { return store::probe_location(location); }

}  // namespace lindungi::services
