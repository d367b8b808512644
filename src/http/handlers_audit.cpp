#include "http/api.hpp"
#include "services/audit_service.hpp"
#include "wire/audit.hpp"

namespace lindungi::http {

void add_audit_routes(std::vector<Route>& routes, services::App& app) {
  // The audit log for auditors and the city's admins: ?entitas=pekerja&entitas_id=42&page=1&limit=50
  routes.push_back({"GET", "/api/v1/audit", [&app](const ApiRequest& req) {
                      const auto page = req.page_query();
                      const auto result = services::AuditService(app).list(
                          req.actor, req.query_or("entitas"), req.query_or("entitas_id"), page.offset(), page.limit);
                      return ApiResponse::page(wire::audit_entries_json(result.items), result.total, page);
                    }});

  routes.push_back({"GET", "/api/v1/audit/verify", [&app](const ApiRequest& req) {
                      services::AuditService audit(app);
                      audit.list(req.actor, "", "", 0, 1);  // the same permission as reading the log
                      const auto v = audit.verify();
                      return ApiResponse::json(wire::to_json(v));
                    }});

  // Public (issue 16 item 5): the chain's head, for anyone to write down; a later rewrite of the
  // log before that point changes it. Hashes, a count and a time, never an entry's content.
  routes.push_back({"GET", "/api/v1/public/audit-head",
                    [&app](const ApiRequest&) {
                      const auto h = services::AuditService(app).head();
                      return ApiResponse::json(wire::to_json(h));
                    },
                    false});
}

}  // namespace lindungi::http
