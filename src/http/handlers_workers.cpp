#include "core/errors.hpp"
#include "http/api.hpp"
#include "services/registry_service.hpp"
#include "wire/audit.hpp"
#include "wire/workers.hpp"

namespace lindungi::http {

namespace {

// Whether the caller may read what a NIK holds in a worker's `peringatan` (issue 17 item 2), even
// where the NIK itself is shown masked (lists).
wire::NikView warnings_view(const ApiRequest& req) {
  return req.actor.can(Permission::view_full_nik) ? wire::NikView::full : wire::NikView::masked;
}

Worker parse_worker(const ApiRequest& req) {
  std::vector<FieldError> errors;
  Worker w = wire::worker_from_json(req.json_body(), errors);
  if (!errors.empty()) throw ValidationError(std::move(errors));
  return w;
}

}  // namespace

void add_worker_routes(std::vector<Route>& routes, services::App& app) {
  routes.push_back({"GET", "/api/v1/workers", [&app](const ApiRequest& req) {
                      store::WorkerQuery q;
                      q.area = req.query_or("wilayah");
                      q.status = req.query_or("status");
                      q.kategori = req.query_or("kategori");
                      q.pekerjaan = req.query_or("pekerjaan");
                      q.q = req.query_or("q");
                      q.sort = req.query_or("sort", "nama");
                      const auto page = req.page_query();
                      q.limit = page.limit;
                      q.offset = page.offset();
                      services::RegistryService registry(app);
                      const auto result = registry.list_workers(req.actor, q);
                      std::string items = "[";
                      for (std::size_t i = 0; i < result.items.size(); ++i) {
                        if (i) items += ',';
                        items += wire::worker_summary_text(result.items[i], app.regions(), wire::NikView::masked,
                                                           warnings_view(req));
                      }
                      items += ']';
                      return ApiResponse::page_text(items, result.total, page);
                    }});

  routes.push_back(
      {"GET", R"(/api/v1/workers/:id(\d{1,18}))", [&app](const ApiRequest& req) {
         // ?nik=lengkap reveals the full NIK (allowed roles only; audited).
         services::RegistryService registry(app);
         const auto d = registry.get_worker(req.actor, req.param_int("id"), req.query_or("nik") == "lengkap");
         return ApiResponse::json_text(wire::worker_json_text(
             d.worker, app.regions(), d.full_nik ? wire::NikView::full : wire::NikView::masked, warnings_view(req)));
       }});

  routes.push_back({"GET", R"(/api/v1/workers/nik/:nik(\d{16}))", [&app](const ApiRequest& req) {
                      services::RegistryService registry(app);
                      const Worker w = registry.get_worker_by_nik(req.actor, req.params.at("nik"));
                      return ApiResponse::json_text(wire::worker_json_text(w, app.regions(), wire::NikView::full));
                    }});

  // A person's data on request (UU 27/2022 PDP): the record, heirs and its audit history.
  routes.push_back({"GET", R"(/api/v1/workers/:id(\d{1,18})/export)", [&app](const ApiRequest& req) {
                      services::RegistryService registry(app);
                      const auto data = registry.export_personal_data(req.actor, req.param_int("id"));
                      auto res = ApiResponse::json(wire::personal_data_json(data.worker, data.history, app.regions()));
                      res.headers.emplace_back("Content-Disposition", "attachment; filename=\"data-pribadi-" +
                                                                          std::to_string(data.worker.id) + ".json\"");
                      return res;
                    }});

  routes.push_back({"POST", "/api/v1/workers", [&app](const ApiRequest& req) {
                      services::RegistryService registry(app);
                      const Worker w = registry.create_worker(req.actor, parse_worker(req));
                      auto r = ApiResponse::json(wire::worker_to_json(w, app.regions(), wire::NikView::full), 201);
                      r.headers.emplace_back("Location", "/api/v1/workers/" + std::to_string(w.id));
                      return r;
                    }});

  routes.push_back(
      {"PUT", R"(/api/v1/workers/:id(\d{1,18}))", [&app](const ApiRequest& req) {
         const auto versi = wire::worker_version(req.json_body());
         services::RegistryService registry(app);
         std::int64_t pending = 0;
         const Worker w = registry.update_worker(req.actor, req.param_int("id"), parse_worker(req), versi, &pending);
         auto out = wire::worker_to_json(w, app.regions(), wire::NikView::full);
         // Issue 16 item 4: the material part waits for a second person.
         if (pending != 0)
           out["perubahan_tertunda"] = {{"id", pending},
                                        {"status", "menunggu"},
                                        {"pesan",
                                         "Perubahan data penting (NIK, nama, tanggal lahir, penghasilan, RT atau ahli "
                                         "waris) menunggu persetujuan petugas verifikasi lain"}};
         return ApiResponse::json(out);
       }});
}

}  // namespace lindungi::http
