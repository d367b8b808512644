// Kampung Bahagia construction projects (issue 9): parse, call JakonService, render.
#include "core/errors.hpp"
#include "http/api.hpp"
#include "http/report_file.hpp"
#include "services/jakon_json.hpp"
#include "services/jakon_service.hpp"
#include "services/report_documents.hpp"

namespace lindungi::http {

namespace {

using nlohmann::json;

std::optional<std::string> text(const json& body, const char* name) {
  const auto it = body.find(name);
  if (it == body.end()) return std::nullopt;
  if (it->is_null()) return std::string{};
  if (!it->is_string())
    throw ValidationError(name, "tipe_salah", std::string{"Kolom '"} + name + "' harus berupa teks");
  return it->get<std::string>();
}

// Rupiah as a JSON integer or as text ("850.000.000", "Rp850.000.000").
std::optional<Rupiah> rupiah(const json& body, const char* name) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (it->is_number_integer()) return it->get<std::int64_t>();
  if (it->is_string())
    if (const auto rp = parse_rupiah(it->get<std::string>())) return rp;
  throw ValidationError(name, "rupiah_tidak_valid",
                        std::string{"Kolom '"} + name + "' harus jumlah Rupiah, mis. 850000000");
}

std::optional<int> integer(const json& body, const char* name, int min, int max) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_number_integer() || it->get<std::int64_t>() < min || it->get<std::int64_t>() > max)
    throw ValidationError(
        name, "angka_tidak_valid",
        std::string{"Kolom '"} + name + "' harus angka " + std::to_string(min) + "-" + std::to_string(max));
  return static_cast<int>(it->get<std::int64_t>());
}

std::optional<bool> boolean(const json& body, const char* name) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_boolean())
    throw ValidationError(name, "tipe_salah", std::string{"Kolom '"} + name + "' harus true atau false");
  return it->get<bool>();
}

// Absent: unchanged; null or "": cleared; else a date in either form the template allows.
std::optional<std::optional<Date>> date_field(const json& body, const char* name) {
  const auto t = text(body, name);
  if (!t) return std::nullopt;
  if (t->empty()) return std::optional<Date>{};
  const auto d = parse_date(*t);
  if (!d)
    throw ValidationError(name, "tanggal_tidak_valid", "Tanggal '" + *t + "' tidak valid (DD/MM/YYYY atau YYYY-MM-DD)");
  return std::optional<Date>{d};
}

std::optional<Date> one_date(const json& body, const char* name) {
  const auto d = date_field(body, name);
  return d ? *d : std::nullopt;
}

services::ProjectInput project_input(const json& body) {
  services::ProjectInput in;
  in.jenis = text(body, "jenis");
  in.nama = text(body, "nama");
  in.kode_kelurahan = text(body, "kode_kelurahan");
  in.pelaksana = text(body, "pelaksana");
  in.rt = integer(body, "rt", 0, 999);
  in.ppn_persen = integer(body, "ppn_persen", 0, 50);
  in.nilai = rupiah(body, "nilai");
  in.upah_bulanan = rupiah(body, "upah_bulanan");
  in.ppn_termasuk = boolean(body, "ppn_termasuk");
  in.tanggal_spk = date_field(body, "tanggal_spk");
  in.rencana_mulai = date_field(body, "rencana_mulai");
  in.rencana_selesai = date_field(body, "rencana_selesai");
  if (const auto it = body.find("versi"); it != body.end() && it->is_number_integer())
    in.versi = it->get<std::int64_t>();
  return in;
}

ApiResponse project(const services::ProjectView& v, int status = 200) {
  return ApiResponse::json(services::project_json(v, formats::NikView::masked), status);
}

}  // namespace

void add_jakon_routes(std::vector<Route>& routes, services::App& app) {
  // ?wilayah=&status=&jenis=&kepatuhan=tanpa_sertifikat|terlambat|mulai_tanpa_perlindungan|patuh&q=&page=&limit=
  routes.push_back(
      {"GET", "/api/v1/projects", [&app](const ApiRequest& req) {
         services::ProjectListQuery q;
         q.area = req.query_or("wilayah");
         q.status = req.query_or("status");
         q.jenis = req.query_or("jenis");
         q.kepatuhan = req.query_or("kepatuhan");
         q.q = req.query_or("q");
         const auto page = req.page_query();
         q.limit = page.limit;
         q.offset = page.offset();
         const auto result = services::JakonService(app).list(req.actor, q);
         json items = json::array();
         for (const auto& v : result.items) items.push_back(services::project_json(v, formats::NikView::masked));
         return ApiResponse::page(items, result.total, page);
       }});

  routes.push_back({"POST", "/api/v1/projects", [&app](const ApiRequest& req) {
                      const auto body = req.object_body(ApiRequest::EmptyBody::refused);
                      return project(services::JakonService(app).create(req.actor, project_input(body)), 201);
                    }});

  routes.push_back({"GET", R"(/api/v1/projects/:id(\d{1,18}))", [&app](const ApiRequest& req) {
                      return project(services::JakonService(app).get(req.actor, req.param_int("id")));
                    }});

  routes.push_back({"PUT", R"(/api/v1/projects/:id(\d{1,18}))", [&app](const ApiRequest& req) {
                      const auto body = req.object_body(ApiRequest::EmptyBody::refused);
                      const auto in = project_input(body);
                      if (!body.contains("versi"))
                        throw ValidationError("versi", "wajib_diisi", "Versi data yang dibaca wajib dikirim");
                      return project(services::JakonService(app).update(req.actor, req.param_int("id"), in));
                    }});

  // {"nomor_sertifikat":"…","tanggal_bayar":"2026-11-02","jumlah_bayar":192000}
  routes.push_back({"POST", R"(/api/v1/projects/:id(\d{1,18})/certificate)", [&app](const ApiRequest& req) {
                      const auto body = req.object_body(ApiRequest::EmptyBody::refused);
                      return project(services::JakonService(app).record_certificate(
                          req.actor, req.param_int("id"), text(body, "nomor_sertifikat").value_or(""),
                          one_date(body, "tanggal_bayar"), rupiah(body, "jumlah_bayar").value_or(0)));
                    }});

  routes.push_back({"POST", R"(/api/v1/projects/:id(\d{1,18})/certificate/revoke)", [&app](const ApiRequest& req) {
                      const auto body = req.object_body(ApiRequest::EmptyBody::refused);
                      return project(services::JakonService(app).revoke_certificate(req.actor, req.param_int("id"),
                                                                                    text(body, "alasan").value_or("")));
                    }});

  // {"tanggal":"2026-11-20"} (default today)
  routes.push_back({"POST", R"(/api/v1/projects/:id(\d{1,18})/start)", [&app](const ApiRequest& req) {
                      const auto body = req.object_body();
                      return project(
                          services::JakonService(app).start(req.actor, req.param_int("id"), one_date(body, "tanggal")));
                    }});

  routes.push_back(
      {"POST", R"(/api/v1/projects/:id(\d{1,18})/finish)", [&app](const ApiRequest& req) {
         const auto body = req.object_body();
         return project(services::JakonService(app).finish(req.actor, req.param_int("id"), one_date(body, "tanggal")));
       }});

  // {"nik":"…","nama":"…","peran":"tukang"}
  routes.push_back({"POST", R"(/api/v1/projects/:id(\d{1,18})/workers)", [&app](const ApiRequest& req) {
                      const auto body = req.object_body(ApiRequest::EmptyBody::refused);
                      ProjectWorker w;
                      w.nik = text(body, "nik").value_or("");
                      w.nama = text(body, "nama").value_or("");
                      w.peran = text(body, "peran").value_or("");
                      return project(services::JakonService(app).add_worker(req.actor, req.param_int("id"), w), 201);
                    }});

  routes.push_back(
      {"DELETE", R"(/api/v1/projects/:id(\d{1,18})/workers/:wid(\d{1,18}))", [&app](const ApiRequest& req) {
         return project(
             services::JakonService(app).remove_worker(req.actor, req.param_int("id"), req.param_int("wid")));
       }});

  // The compliance report: ?wilayah=&format=json|xlsx|pdf
  routes.push_back({"GET", "/api/v1/reports/projects", [&app](const ApiRequest& req) {
                      const auto format = report_format(req);
                      const auto report = services::JakonService(app).compliance(req.actor, req.query_or("wilayah"));
                      if (format == ReportFormat::json) return ApiResponse::json(services::compliance_json(report));
                      return report_file(req, format, services::compliance_document(app, report));
                    }});
}

}  // namespace lindungi::http
