// Holidays as data (issue 15): the national holidays and cuti bersama every working-day deadline
// counts, listed for everyone signed in and kept by the city admin with the decree named.
#include "core/errors.hpp"
#include "http/api.hpp"
#include "services/calendar_service.hpp"
#include "wire/calendar.hpp"

namespace lindungi::http {

namespace {

Date path_date(const ApiRequest& req) {
  const auto d = parse_iso_date(req.params.at("tanggal"));
  if (!d) throw BadRequest("tanggal_tidak_valid", "Tanggal '" + req.params.at("tanggal") + "' tidak valid", "tanggal");
  return *d;
}

}  // namespace

void add_calendar_routes(std::vector<Route>& routes, services::App& app) {
  routes.push_back({"GET", "/api/v1/libur", [&app](const ApiRequest& req) {
                      const int year = req.query_int("tahun", app.today().year, 2015, 2100);
                      return ApiResponse::json(wire::to_json(services::CalendarService(app).list(req.actor, year)));
                    }});

  routes.push_back({"GET", "/api/v1/libur/status", [&app](const ApiRequest& req) {
                      return ApiResponse::json(wire::to_json(services::CalendarService(app).status(req.actor)));
                    }});

  routes.push_back({"PUT", R"(/api/v1/libur/:tanggal(\d{4}-\d{2}-\d{2}))", [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
                      const Holiday h = wire::holiday(body, path_date(req));
                      return ApiResponse::json(wire::to_json(services::CalendarService(app).put(req.actor, h)));
                    }});

  routes.push_back({"DELETE", R"(/api/v1/libur/:tanggal(\d{4}-\d{2}-\d{2}))", [&app](const ApiRequest& req) {
                      // The decree that moved or cancelled the day: in the body, or ?dasar= for
                      // clients that send no body with DELETE.
                      std::string dasar = req.query_or("dasar");
                      if (dasar.empty() && !req.body.empty()) {
                        const auto body = req.json_body();
                        if (body.is_object()) dasar = wire::text_or_empty(body, "dasar");
                      }
                      services::CalendarService(app).remove(req.actor, path_date(req), dasar);
                      return ApiResponse::json({{"dihapus", req.params.at("tanggal")}});
                    }});

  routes.push_back(
      {"PUT", R"(/api/v1/libur/tahun/:tahun(\d{4}))", [&app](const ApiRequest& req) {
         const auto body = req.json_body();
         if (!body.is_object()) throw BadRequest("bukan_objek", "Isi permintaan harus objek JSON");
         const bool complete = wire::year_complete(body);
         return ApiResponse::json(wire::to_json(services::CalendarService(app).set_year(
             req.actor, static_cast<int>(req.param_int("tahun")), complete, wire::text_or_empty(body, "dasar"))));
       }});
}

}  // namespace lindungi::http
