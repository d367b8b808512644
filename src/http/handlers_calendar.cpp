// Holidays as data (issue 15): the national holidays and cuti bersama every working-day deadline
// counts, listed for everyone signed in and kept by the city admin with the decree named.
#include "core/errors.hpp"
#include "http/api.hpp"
#include "services/calendar_service.hpp"

namespace lindungi::http {

namespace {

std::string text_field(const nlohmann::json& body, const char* name) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return {};
  if (!it->is_string())
    throw ValidationError(name, "tipe_salah", std::string{"Kolom '"} + name + "' harus berupa teks");
  return it->get<std::string>();
}

Date path_date(const ApiRequest& req) {
  const auto d = parse_iso_date(req.params.at("tanggal"));
  if (!d) throw BadRequest("tanggal_tidak_valid", "Tanggal '" + req.params.at("tanggal") + "' tidak valid", "tanggal");
  return *d;
}

}  // namespace

void add_calendar_routes(std::vector<Route>& routes, services::App& app) {
  routes.push_back({"GET", "/api/v1/libur", [&app](const ApiRequest& req) {
                      const int year = req.query_int("tahun", app.today().year, 2015, 2100);
                      return ApiResponse::json(services::CalendarService(app).list(req.actor, year));
                    }});

  routes.push_back({"GET", "/api/v1/libur/status", [&app](const ApiRequest& req) {
                      return ApiResponse::json(services::CalendarService(app).status(req.actor));
                    }});

  routes.push_back({"PUT", R"(/api/v1/libur/:tanggal(\d{4}-\d{2}-\d{2}))", [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      const std::string jenis = text_field(body, "jenis");
                      const auto kind = parse_holiday_kind(jenis.empty() ? "libur_nasional" : jenis);
                      if (!kind)
                        throw ValidationError("jenis", "jenis_tidak_dikenal",
                                              "Jenis hari libur harus libur nasional atau cuti bersama");
                      const Holiday h{path_date(req), text_field(body, "nama"), *kind, text_field(body, "dasar")};
                      return ApiResponse::json(services::CalendarService(app).put(req.actor, h));
                    }});

  routes.push_back({"DELETE", R"(/api/v1/libur/:tanggal(\d{4}-\d{2}-\d{2}))", [&app](const ApiRequest& req) {
                      // The decree that moved or cancelled the day: in the body, or ?dasar= for
                      // clients that send no body with DELETE.
                      std::string dasar = req.query_or("dasar");
                      if (dasar.empty() && !req.body.empty()) {
                        const auto body = req.json_body();
                        if (body.is_object()) dasar = text_field(body, "dasar");
                      }
                      services::CalendarService(app).remove(req.actor, path_date(req), dasar);
                      return ApiResponse::json({{"dihapus", req.params.at("tanggal")}});
                    }});

  routes.push_back({"PUT", R"(/api/v1/libur/tahun/:tahun(\d{4}))", [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      const auto it = body.find("lengkap");
                      if (it == body.end() || !it->is_boolean())
                        throw ValidationError("lengkap", "tipe_salah", "Kolom 'lengkap' harus true atau false");
                      return ApiResponse::json(
                          services::CalendarService(app).set_year(req.actor, static_cast<int>(req.param_int("tahun")),
                                                                  it->get<bool>(), text_field(body, "dasar")));
                    }});
}

}  // namespace lindungi::http
