// Messages to workers and their heirs (issue 20 item 4): the outbox with its states and a retry
// for failures, the templates with a preview, and a worker's consent to messages.
#include "http/api.hpp"
#include "services/messages_service.hpp"
#include "wire/messages.hpp"

namespace lindungi::http {

void add_message_routes(std::vector<Route>& routes, services::App& app) {
  routes.push_back({"GET", "/api/v1/messages", [&app](const ApiRequest& req) {
                      const auto page = req.page_query();
                      services::MessageFilter f;
                      f.wilayah = req.query_or("wilayah");
                      f.status = req.query_or("status");
                      f.templat = req.query_or("templat");
                      f.pekerja_id = req.query_int("pekerja_id", 0, 0, 2'000'000'000);
                      f.offset = page.offset();
                      f.limit = page.limit;
                      const auto list = services::MessagesService(app).list(req.actor, f);
                      return ApiResponse::page(wire::messages_json(list.page.items), list.page.total, page);
                    }});

  routes.push_back({"POST", R"(/api/v1/messages/:id(\d{1,18})/retry)", [&app](const ApiRequest& req) {
                      return ApiResponse::json(
                          wire::to_json(services::MessagesService(app).retry(req.actor, req.param_int("id"))));
                    }});

  routes.push_back({"GET", "/api/v1/message-templates", [&app](const ApiRequest& req) {
                      return ApiResponse::json(
                          wire::templates_json(services::MessagesService(app).templates(req.actor)));
                    }});

  routes.push_back({"PUT", R"(/api/v1/message-templates/:kode([a-z_]{1,40}))", [&app](const ApiRequest& req) {
                      const auto body = req.object_body();
                      return ApiResponse::json(wire::to_json(services::MessagesService(app).put_template(
                          req.actor, req.params.at("kode"), wire::template_text(body))));
                    }});

  routes.push_back({"POST", R"(/api/v1/message-templates/:kode([a-z_]{1,40})/preview)", [&app](const ApiRequest& req) {
                      const auto body = req.object_body();
                      return ApiResponse::json(wire::to_json(services::MessagesService(app).preview(
                          req.actor, req.params.at("kode"), wire::template_text(body))));
                    }});

  routes.push_back({"PUT", R"(/api/v1/workers/:id(\d{1,18})/pesan)", [&app](const ApiRequest& req) {
                      const auto body = req.object_body();
                      const auto w = services::MessagesService(app).set_consent(req.actor, req.param_int("id"),
                                                                                wire::consent(body));
                      return ApiResponse::json({{"id", w.id}, {"setuju_pesan", w.setuju_pesan}, {"versi", w.version}});
                    }});
}

}  // namespace lindungi::http
