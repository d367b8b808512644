#include "wire/fields.hpp"

#include "core/errors.hpp"

namespace lindungi::wire {

using nlohmann::json;

std::optional<Date> date_field(const json& body, const std::string& name) {
  if (!body.contains(name) || body[name].is_null()) return std::nullopt;
  if (!body[name].is_string()) throw ValidationError(name, "tanggal_tidak_valid", "Kolom '" + name + "' harus tanggal");
  const auto d = parse_date(body[name].get<std::string>());
  if (!d)
    throw ValidationError(name, "tanggal_tidak_valid",
                          "Tanggal '" + body[name].get<std::string>() + "' tidak valid (YYYY-MM-DD atau DD/MM/YYYY)");
  return d;
}

Date required_date(const json& body, const std::string& name) {
  const auto d = date_field(body, name);
  if (!d) throw ValidationError(name, "wajib_diisi", "Kolom '" + name + "' wajib diisi");
  return *d;
}

}  // namespace lindungi::wire
