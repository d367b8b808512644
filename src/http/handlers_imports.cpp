// Intake over HTTP: the import template, imports (dry run and commit) with their history and
// error reports, BPJS's active-member file, and the duplicate review queue. Uploads are the raw
// file as the request body (Content-Type text/csv or the XLSX type), the file name in
// ?nama_berkas=, not multipart (docs/API.md).
#include "core/errors.hpp"
#include "formats/table_writer.hpp"
#include "http/api.hpp"
#include "http/language.hpp"
#include "services/bpjs_active_service.hpp"
#include "services/dedup_service.hpp"
#include "services/import_service.hpp"
#include "wire/intake.hpp"

namespace lindungi::http {

namespace {

ApiResponse file_response(std::string bytes, std::string_view mime, const std::string& filename) {
  ApiResponse r;
  r.content_type = std::string{mime};
  r.body = std::move(bytes);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  return r;
}

// What the user called the file, kept printable and short for the history.
std::string file_name(const ApiRequest& req) {
  std::string name;
  for (char c : req.query_or("nama_berkas"))
    if (static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\' && c != '/' && name.size() < 200)
      name.push_back(c);
  if (!name.empty()) return name;
  const auto it = req.headers.find("content-type");
  const bool xlsx = it != req.headers.end() && it->second.find("spreadsheetml") != std::string::npos;
  return xlsx ? "unggahan.xlsx" : "unggahan.csv";
}

std::string import_file_format(const ApiRequest& req) {
  const std::string f = req.query_or("format", "json");
  if (f != "json" && f != "csv" && f != "xlsx")
    throw BadRequest("format_tidak_dikenal", "Format '" + f + "' tidak dikenal (json, csv, xlsx)", "format");
  return f;
}

// The problems of an import as a downloadable table, in the language the request asked for.
ApiResponse issues_file(const ApiRequest& req, const std::vector<store::ImportIssue>& issues, const std::string& format,
                        const std::string& base) {
  formats::Table t;
  t.sheet = "Masalah";
  t.header = services::issue_header();
  t.rows = services::issue_rows(issues);
  t.numeric = {true};
  t.widths = {8, 20, 12, 28, 100};
  localize(t, req.language());
  if (format == "xlsx") return file_response(formats::table_xlsx({t}), formats::kXlsxMime, base + ".xlsx");
  return file_response(formats::table_csv(t), formats::kCsvMime, base + ".csv");
}

bool flag(const ApiRequest& req, const std::string& name) {
  const std::string v = req.query_or(name);
  return v == "1" || v == "true" || v == "ya";
}

wire::NikView nik_view(const Actor&) { return wire::NikView::masked; }

}  // namespace

void add_import_routes(std::vector<Route>& routes, services::App& app) {
  routes.push_back({"GET", "/api/v1/imports/template", [](const ApiRequest& req) {
                      const std::string f = req.query_or("format", "xlsx");
                      if (f == "csv")
                        return file_response(formats::template_csv(), formats::kCsvMime, "templat_pekerja.csv");
                      if (f == "xlsx")
                        return file_response(formats::template_xlsx(), formats::kXlsxMime, "templat_pekerja.xlsx");
                      throw BadRequest("format_tidak_dikenal", "Format '" + f + "' tidak dikenal (csv, xlsx)",
                                       "format");
                    }});

  // POST /api/v1/imports?nama_berkas=rt007.xlsx&dry_run=1&format=json|csv|xlsx
  Route upload{"POST", "/api/v1/imports", [&app](const ApiRequest& req) {
                 const std::string format = import_file_format(req);
                 services::ImportOptions options;
                 options.dry_run = flag(req, "dry_run");
                 options.with_items = flag(req, "baris");
                 options.file_name = file_name(req);
                 const auto r = services::ImportService(app).run(req.actor, req.body, options);
                 // 201 only when something was stored: a commit that saved nothing is not "created".
                 if (format == "json") return ApiResponse::json(wire::import_result_json(r), r.saved ? 201 : 200);
                 auto issues = r.errors;
                 issues.insert(issues.end(), r.warnings.begin(), r.warnings.end());
                 return issues_file(req, issues, format,
                                    r.import_id ? "masalah_impor_" + std::to_string(r.import_id) : "masalah_uji_coba");
               }};
  upload.upload = true;
  routes.push_back(std::move(upload));

  routes.push_back({"GET", "/api/v1/imports", [&app](const ApiRequest& req) {
                      const auto page = req.page_query();
                      const auto result = services::ImportService(app).history(req.actor, page.offset(), page.limit);
                      return ApiResponse::page(wire::import_records_json(result.items), result.total, page);
                    }});

  routes.push_back({"GET", R"(/api/v1/imports/:id(\d{1,18}))", [&app](const ApiRequest& req) {
                      services::ImportService imports(app);
                      const auto id = req.param_int("id");
                      const auto record = imports.get(req.actor, id);
                      return ApiResponse::json(wire::import_detail_json(record, imports.issues(req.actor, id)));
                    }});

  routes.push_back({"GET", R"(/api/v1/imports/:id(\d{1,18})/errors)", [&app](const ApiRequest& req) {
                      const std::string format = import_file_format(req);
                      const auto id = req.param_int("id");
                      const auto issues = services::ImportService(app).issues(req.actor, id);
                      if (format == "json") return ApiResponse::json(wire::import_issues_json(issues));
                      return issues_file(req, issues, format, "masalah_impor_" + std::to_string(id));
                    }});

  // BPJS's file of active members (any segment, any payer); the last one counts.
  Route bpjs{"POST", "/api/v1/bpjs/active-members", [&app](const ApiRequest& req) {
               const auto r = services::BpjsActiveService(app).import_file(req.actor, req.body, file_name(req));
               return ApiResponse::json(wire::bpjs_import_json(r), 201);
             }};
  bpjs.upload = true;
  routes.push_back(std::move(bpjs));

  routes.push_back({"GET", "/api/v1/bpjs/active-members", [&app](const ApiRequest& req) {
                      const auto f = services::BpjsActiveService(app).latest(req.actor);
                      return ApiResponse::json({{"file", f ? wire::bpjs_file_json(*f) : nlohmann::json(nullptr)}});
                    }});

  routes.push_back(
      {"GET", "/api/v1/bpjs/active-members/matches", [&app](const ApiRequest& req) {
         const auto page = req.page_query();
         const auto result =
             services::BpjsActiveService(app).matches(req.actor, req.query_or("wilayah"), page.offset(), page.limit);
         return ApiResponse::page(wire::active_member_matches_json(result.items, app.regions(), nik_view(req.actor)),
                                  result.total, page);
       }});
}

void add_duplicate_routes(std::vector<Route>& routes, services::App& app) {
  routes.push_back({"GET", "/api/v1/duplicates", [&app](const ApiRequest& req) {
                      store::DuplicateQuery q;
                      q.area = req.query_or("wilayah");
                      q.status = req.query_or("status", "menunggu");
                      if (q.status == "semua") q.status.clear();
                      const auto page = req.page_query();
                      q.limit = page.limit;
                      q.offset = page.offset();
                      const auto result = services::DedupService(app).list(req.actor, q);
                      return ApiResponse::page(wire::candidates_json(result.items, app.regions(), nik_view(req.actor)),
                                               result.total, page);
                    }});

  routes.push_back({"GET", R"(/api/v1/duplicates/:id(\d{1,18}))", [&app](const ApiRequest& req) {
                      const auto c = services::DedupService(app).get(req.actor, req.param_int("id"));
                      return ApiResponse::json(wire::candidate_json(c, app.regions(), nik_view(req.actor)));
                    }});

  // {"pertahankan": <worker id kept>, "catatan": "..."}
  routes.push_back({"POST", R"(/api/v1/duplicates/:id(\d{1,18})/merge)", [&app](const ApiRequest& req) {
                      const auto b = wire::merge_request(req.json_body());
                      const auto c =
                          services::DedupService(app).merge(req.actor, req.param_int("id"), b.pertahankan, b.catatan);
                      return ApiResponse::json(wire::candidate_json(c, app.regions(), nik_view(req.actor)));
                    }});

  routes.push_back({"POST", R"(/api/v1/duplicates/:id(\d{1,18})/dismiss)", [&app](const ApiRequest& req) {
                      const auto note = wire::dismiss_note(req.object_body());
                      const auto c = services::DedupService(app).dismiss(req.actor, req.param_int("id"), note);
                      return ApiResponse::json(wire::candidate_json(c, app.regions(), nik_view(req.actor)));
                    }});

  routes.push_back({"POST", "/api/v1/duplicates/scan", [&app](const ApiRequest& req) {
                      const auto area = wire::scan_area(req.object_body());
                      return ApiResponse::json(wire::to_json(services::DedupService(app).scan(req.actor, area)));
                    }});
}

}  // namespace lindungi::http
