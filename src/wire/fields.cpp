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

std::optional<std::string> text_field(const json& body, const char* name) {
  const auto it = body.find(name);
  if (it == body.end()) return std::nullopt;
  if (it->is_null()) return std::string{};
  if (!it->is_string())
    throw ValidationError(name, "tipe_salah", std::string{"Kolom '"} + name + "' harus berupa teks");
  return it->get<std::string>();
}

std::optional<Rupiah> rupiah_field(const json& body, const char* name) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (it->is_number_integer()) return it->get<std::int64_t>();
  if (it->is_string())
    if (const auto rp = parse_rupiah(it->get<std::string>())) return rp;
  throw ValidationError(name, "rupiah_tidak_valid",
                        std::string{"Kolom '"} + name + "' harus jumlah Rupiah, mis. 850000000");
}

std::optional<int> int_field(const json& body, const char* name, int min, int max) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_number_integer() || it->get<std::int64_t>() < min || it->get<std::int64_t>() > max)
    throw ValidationError(
        name, "angka_tidak_valid",
        std::string{"Kolom '"} + name + "' harus angka " + std::to_string(min) + "-" + std::to_string(max));
  return static_cast<int>(it->get<std::int64_t>());
}

std::optional<bool> bool_field(const json& body, const char* name) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_boolean())
    throw ValidationError(name, "tipe_salah", std::string{"Kolom '"} + name + "' harus true atau false");
  return it->get<bool>();
}

std::optional<std::optional<Date>> clearable_date_field(const json& body, const char* name) {
  const auto t = text_field(body, name);
  if (!t) return std::nullopt;
  if (t->empty()) return std::optional<Date>{};
  const auto d = parse_date(*t);
  if (!d)
    throw ValidationError(name, "tanggal_tidak_valid", "Tanggal '" + *t + "' tidak valid (DD/MM/YYYY atau YYYY-MM-DD)");
  return std::optional<Date>{d};
}

std::optional<std::int64_t> integer_field(const json& body, const char* name) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_number_integer())
    throw ValidationError(name, "tipe_salah", std::string{"Kolom '"} + name + "' harus angka");
  return it->get<std::int64_t>();
}

YearMonth month_field(const json& body, const char* name) {
  const std::string t = text_field(body, name).value_or("");
  if (t.size() != 7 || t[4] != '-' || t.find_first_not_of("0123456789-") != std::string::npos)
    throw ValidationError(name, "bulan_tidak_valid", "Bulan harus berformat YYYY-MM, mis. 2026-01");
  const YearMonth m{std::stoi(t.substr(0, 4)), std::stoi(t.substr(5, 2))};
  if (m.month < 1 || m.month > 12 || m.year < 2015 || m.year > 2100)
    throw ValidationError(name, "bulan_tidak_valid", "Bulan '" + t + "' tidak valid");
  return m;
}

std::vector<std::int64_t> id_list_field(const json& body, const char* name) {
  std::vector<std::int64_t> ids;
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return ids;
  if (!it->is_array()) throw ValidationError(name, "tipe_salah", std::string{"Kolom '"} + name + "' harus daftar id");
  for (const auto& id : *it) {
    if (!id.is_number_integer()) throw ValidationError(name, "tipe_salah", "Id pekerja harus angka");
    ids.push_back(id.get<std::int64_t>());
  }
  return ids;
}

}  // namespace lindungi::wire
