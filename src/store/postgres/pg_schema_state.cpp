#include <libpq-fe.h>

#include <memory>
#include <pqxx/pqxx>

#include "core/errors.hpp"
#include "store/postgres/pg_migrations.hpp"
#include "store/schema_state.hpp"

namespace lindungi::store {

SchemaState pg_schema_state(const std::string& location) {
  try {
    pqxx::connection c(location);
    return {applied_pg_version(c), latest_pg_version()};
  } catch (const pqxx::broken_connection& e) {
    std::string why = e.what();
    while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) why.pop_back();
    throw BadRequest("db_tidak_terhubung", "Tidak dapat terhubung ke database PostgreSQL: " + why, "db");
  }
}

std::vector<std::string> pg_environment(const std::string& location) {
  char* error = nullptr;
  std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(PQconninfoParse(location.c_str(), &error),
                                                                       &PQconninfoFree);
  if (!options) {
    const std::string why = error ? error : "alamat tidak dapat dibaca";
    if (error) PQfreemem(error);
    throw BadRequest("db_tidak_valid", "Alamat database PostgreSQL tidak valid: " + why, "db");
  }
  std::vector<std::string> env;
  for (const PQconninfoOption* o = options.get(); o->keyword != nullptr; ++o)
    if (o->val != nullptr && *o->val != '\0' && o->envvar != nullptr)
      env.push_back(std::string{o->envvar} + "=" + o->val);
  return env;
}

}  // namespace lindungi::store
