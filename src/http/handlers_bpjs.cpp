// BPJS registration (batches, their files, BPJS's response file) and member cards (requests,
// printing as PDF, handing over, the public verification behind each card's QR code) over HTTP.
// Uploads are the raw file as the body with ?nama_berkas=, as for imports (docs/API.md).
#include "core/errors.hpp"
#include "http/api.hpp"
#include "wire/bpjs.hpp"

namespace lindungi::http {

namespace {

std::string upload_name(const ApiRequest& req) {
  std::string name;
  for (char c : req.query_or("nama_berkas"))
    if (static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\' && c != '/' && name.size() < 200)
      name.push_back(c);
  if (!name.empty()) return name;
  const auto it = req.headers.find("content-type");
  const bool xlsx = it != req.headers.end() && it->second.find("spreadsheetml") != std::string::npos;
  return xlsx ? "jawaban.xlsx" : "jawaban.csv";
}

}  // namespace

void add_bpjs_registration_routes(std::vector<Route>& routes, services::App& app) {
  // {"wilayah":"15.71.01.1001"} | {"pekerja":[1,2]}, optional "kirim_ulang": true
  routes.push_back({"POST", "/api/v1/bpjs/batches", [&app](const ApiRequest& req) {
                      const auto r = wire::batch_request(req.object_body());
                      const auto created = services::BpjsRegistrationService(app).create_batch(req.actor, r);
                      return ApiResponse::json(wire::batch_created_json(created), 201);
                    }});

  routes.push_back({"GET", "/api/v1/bpjs/batches", [&app](const ApiRequest& req) {
                      const auto page = req.page_query();
                      const auto result =
                          services::BpjsRegistrationService(app).batches(req.actor, page.offset(), page.limit);
                      return ApiResponse::page(wire::registration_batches_json(result.items), result.total, page);
                    }});

  routes.push_back({"GET", R"(/api/v1/bpjs/batches/:id(\d{1,18}))", [&app](const ApiRequest& req) {
                      return ApiResponse::json(wire::batch_detail_json(
                          services::BpjsRegistrationService(app).batch(req.actor, req.param_int("id"))));
                    }});

  // The registration file as the adapter makes it: ?format=csv (default) | xlsx.
  routes.push_back({"GET", R"(/api/v1/bpjs/batches/:id(\d{1,18})/file)", [&app](const ApiRequest& req) {
                      const auto a = services::BpjsRegistrationService(app).export_batch(req.actor, req.param_int("id"),
                                                                                         req.query_or("format", "csv"));
                      ApiResponse r;
                      r.content_type = a.mime;
                      r.body = a.bytes;
                      r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + a.name + "\"");
                      return r;
                    }});

  // BPJS's response file: 201 when something changed, 200 (saved:false) when nothing did.
  // ?dry_run=1: the preview (issue 17 item 9), read and checked, nothing written, always 200.
  Route response{"POST", R"(/api/v1/bpjs/batches/:id(\d{1,18})/response)", [&app](const ApiRequest& req) {
                   const std::string flag = req.query_or("dry_run");
                   const bool dry_run = flag == "1" || flag == "true" || flag == "ya";
                   const auto r = services::BpjsRegistrationService(app).import_response(
                       req.actor, req.param_int("id"), req.body, upload_name(req), dry_run);
                   return ApiResponse::json(wire::response_result_json(r), r.saved ? 201 : 200);
                 }};
  response.upload = true;
  routes.push_back(std::move(response));
}

void add_card_routes(std::vector<Route>& routes, services::App& app) {
  // {"pekerja":[1,2]} | {"pendaftaran": 12}
  routes.push_back({"POST", "/api/v1/cards", [&app](const ApiRequest& req) {
                      const auto b = wire::card_request(req.object_body());
                      const auto r = services::CardService(app).request(req.actor, b.pekerja, b.pendaftaran);
                      return ApiResponse::json(wire::card_request_json(r), 201);
                    }});

  routes.push_back({"GET", "/api/v1/cards/batches", [&app](const ApiRequest& req) {
                      const auto page = req.page_query();
                      const auto result = services::CardService(app).batches(req.actor, page.offset(), page.limit);
                      return ApiResponse::page(wire::card_batches_json(result.items), result.total, page);
                    }});

  routes.push_back({"GET", R"(/api/v1/cards/batches/:id(\d{1,18}))", [&app](const ApiRequest& req) {
                      return ApiResponse::json(wire::card_batch_detail_json(
                          services::CardService(app).batch(req.actor, req.param_int("id"))));
                    }});

  // The batch's cards as a PDF to print; requested cards become printed.
  routes.push_back({"POST", R"(/api/v1/cards/batches/:id(\d{1,18})/print)", [&app](const ApiRequest& req) {
                      const auto id = req.param_int("id");
                      const auto printed = services::CardService(app).print(req.actor, id);
                      ApiResponse r;
                      r.content_type = "application/pdf";
                      r.body = printed.pdf;
                      r.headers.emplace_back("Content-Disposition",
                                             "attachment; filename=\"kartu-" + std::to_string(id) + ".pdf\"");
                      r.headers.emplace_back("X-Kartu-Dicetak", std::to_string(printed.cards));
                      return r;
                    }});

  routes.push_back({"POST", R"(/api/v1/cards/batches/:id(\d{1,18})/handover)", [&app](const ApiRequest& req) {
                      const auto n = services::CardService(app).hand_over_batch(req.actor, req.param_int("id"));
                      return ApiResponse::json({{"diserahkan", n}});
                    }});

  routes.push_back({"POST", R"(/api/v1/cards/:id(\d{1,18})/handover)", [&app](const ApiRequest& req) {
                      return ApiResponse::json(
                          wire::card_json(services::CardService(app).hand_over(req.actor, req.param_int("id"))));
                    }});

  routes.push_back({"GET", R"(/api/v1/workers/:id(\d{1,18})/cards)", [&app](const ApiRequest& req) {
                      const auto page = req.page_query();
                      const auto result = services::CardService(app).cards_of_worker(req.actor, req.param_int("id"),
                                                                                     page.offset(), page.limit);
                      return ApiResponse::page(wire::cards_json(result.items).at("items"), result.total, page);
                    }});

  // Public: what a card's QR code shows. Unknown and malformed tokens get the same 404.
  Route json{"GET", "/api/v1/verifikasi/:token([^/]{1,200})", [&app](const ApiRequest& req) {
               const auto st = services::CardService(app).verify(req.params.at("token"));
               return ApiResponse::json(wire::public_card_json(st), st.found ? 200 : 404);
             }};
  json.requires_login = false;
  routes.push_back(std::move(json));

  Route page{"GET", "/v/:token([^/]{1,200})", [&app](const ApiRequest& req) {
               const auto st = services::CardService(app).verify(req.params.at("token"));
               ApiResponse r;
               r.status = st.found ? 200 : 404;
               r.content_type = "text/html; charset=utf-8";
               r.body = wire::public_card_html(st);
               return r;
             }};
  page.requires_login = false;
  routes.push_back(std::move(page));
}

}  // namespace lindungi::http
