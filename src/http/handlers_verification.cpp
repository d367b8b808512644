// The kelurahan's verification over HTTP (maker-checker): one worker, or many at once.
#include "core/errors.hpp"
#include "http/api.hpp"
#include "services/verification_service.hpp"
#include "services/worker_changes.hpp"
#include "wire/intake.hpp"
#include "wire/workers.hpp"

namespace lindungi::http {

namespace {

// Whether the caller may read what a NIK holds in `peringatan` (issue 17 item 2).
wire::NikView verification_warnings_view(const ApiRequest& req) {
  return req.actor.can(Permission::view_full_nik) ? wire::NikView::full : wire::NikView::masked;
}

ApiResponse decide(services::App& app, const ApiRequest& req, Decision decision) {
  const auto b = wire::verification_decision(req.object_body());
  const Worker w = services::VerificationService(app).decide(
      req.actor, req.param_int("id"), decision, b.alasan, b.versi,
      decision == Decision::verify ? b.alasan_abaikan_peringatan : std::string{});
  return ApiResponse::json(
      wire::worker_to_json(w, app.regions(), wire::NikView::masked, verification_warnings_view(req)));
}

}  // namespace

void add_verification_routes(std::vector<Route>& routes, services::App& app) {
  // Pending changes of verified workers (issue 16 item 4): ?status=menunggu|disetujui|ditolak|semua&pekerja_id=
  routes.push_back({"GET", "/api/v1/worker-changes", [&app](const ApiRequest& req) {
                      const std::string id_text = req.query_or("pekerja_id", "0");
                      std::int64_t pekerja_id = 0;
                      try {
                        pekerja_id = std::stoll(id_text);
                      } catch (...) {
                        throw BadRequest("pekerja_id_tidak_valid", "pekerja_id harus angka", "pekerja_id");
                      }
                      const auto page = req.page_query();
                      const auto result = services::WorkerChangesService(app).list(
                          req.actor, req.query_or("status", "menunggu"), pekerja_id, page.offset(), page.limit);
                      return ApiResponse::page(wire::pending_changes_json(result.items, app.regions()).at("items"),
                                               result.total, page);
                    }});
  // {"keputusan": "disetujui" | "ditolak", "alasan"}: a second person with verify_workers.
  routes.push_back({"POST", R"(/api/v1/worker-changes/:id(\d{1,18})/decision)", [&app](const ApiRequest& req) {
                      const auto b = wire::change_decision(req.object_body(ApiRequest::EmptyBody::refused));
                      const auto v = services::WorkerChangesService(app).decide(req.actor, req.param_int("id"),
                                                                                b.keputusan, b.alasan);
                      return ApiResponse::json(wire::pending_change_json(v, app.regions()));
                    }});

  routes.push_back({"POST", R"(/api/v1/workers/:id(\d{1,18})/verify)",
                    [&app](const ApiRequest& req) { return decide(app, req, Decision::verify); }});
  routes.push_back({"POST", R"(/api/v1/workers/:id(\d{1,18})/reject)",
                    [&app](const ApiRequest& req) { return decide(app, req, Decision::reject); }});

  routes.push_back({"GET", R"(/api/v1/workers/:id(\d{1,18})/verifications)", [&app](const ApiRequest& req) {
                      const auto page = req.page_query();
                      const auto result = services::VerificationService(app).history(req.actor, req.param_int("id"),
                                                                                     page.offset(), page.limit);
                      return ApiResponse::page(wire::verifications_json(result.items).at("items"), result.total, page);
                    }});

  // Bulk: {"ids": [1, 2, 3], "keputusan": "verifikasi" | "tolak", "alasan": "..."}
  routes.push_back({"POST", "/api/v1/verifications", [&app](const ApiRequest& req) {
                      const auto b = wire::bulk_verification(req.json_body());
                      return ApiResponse::json(wire::decision_outcomes_json(
                          services::VerificationService(app).decide_many(req.actor, b.ids, b.keputusan, b.alasan)));
                    }});

  // A rejected worker, corrected, back to the verification queue (issue 17 item 1): {"versi": 3},
  // optional. Answers the worker as the verification routes do.
  routes.push_back({"POST", R"(/api/v1/workers/:id(\d{1,18})/resubmit)", [&app](const ApiRequest& req) {
                      const auto versi = wire::resubmit_version(req.object_body());
                      const Worker w =
                          services::VerificationService(app).resubmit(req.actor, req.param_int("id"), versi);
                      return ApiResponse::json(wire::worker_to_json(w, app.regions(), wire::NikView::masked,
                                                                    verification_warnings_view(req)));
                    }});
}

}  // namespace lindungi::http
