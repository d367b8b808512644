// Cek Perlindungan (issue 20 item 1): the public check of one's own cover by NIK and date of birth.
// A POST, so that no NIK is ever in a URL (access logs, proxies, browser history).
#include "http/api.hpp"
#include "services/protection_service.hpp"
#include "wire/protection.hpp"

namespace lindungi::http {

void add_protection_routes(std::vector<Route>& routes, services::App& app) {
  Route cek{"POST", "/api/v1/public/cek", [&app](const ApiRequest& req) {
              const auto body = wire::cek_body(req.object_body());
              return ApiResponse::json(
                  wire::to_json(services::ProtectionService(app).check(body.nik, body.tanggal_lahir, req.client)));
            }};
  cek.requires_login = false;
  routes.push_back(std::move(cek));
}

}  // namespace lindungi::http
