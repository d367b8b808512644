// Billing over HTTP (docs/API.md "Iuran"): bulk allocation by rule, invoices and payments,
// arrears, renewals, the RT fund, and the billing reports as JSON, XLSX or PDF (?format=, report_file.hpp).
#include <map>

#include "core/errors.hpp"
#include "http/api.hpp"
#include "http/report_file.hpp"
#include "services/billing_service.hpp"
#include "services/report_documents.hpp"
#include "wire/billing.hpp"

namespace lindungi::http {

void add_billing_routes(std::vector<Route>& routes, services::App& app) {
  // {"sumber_dana":"apbd_kota","mulai":"2026-01","bulan":12,"aturan":{"kategori":…,"pekerjaan":…,"wilayah":…,"batas":…}}
  routes.push_back({"POST", "/api/v1/allocations/bulk", [&app](const ApiRequest& req) {
                      const auto b = wire::bulk_allocation(req.object_body(ApiRequest::EmptyBody::refused));
                      const auto r = services::BillingService(app).allocate_by_rule(req.actor, b.aturan, b.sumber_dana,
                                                                                    b.mulai, b.bulan);
                      auto out = wire::allocation_outcomes_json(r.items);
                      out["dipilih"] = r.selected;
                      return ApiResponse::json(out);
                    }});

  routes.push_back({"POST", "/api/v1/invoices", [&app](const ApiRequest& req) {
                      const auto b = wire::invoice_request(req.object_body(ApiRequest::EmptyBody::refused));
                      const auto r =
                          services::BillingService(app).issue_invoice(req.actor, b.sumber_dana, b.dari, b.sampai);
                      return ApiResponse::json(wire::invoice_json(r), 201);
                    }});

  routes.push_back({"GET", "/api/v1/invoices", [&app](const ApiRequest& req) {
                      const int tahun = req.query_int("tahun", 0, 0, 2100);
                      const auto page = req.page_query();
                      const auto result = services::BillingService(app).invoices(req.actor, req.query_or("sumber_dana"),
                                                                                 tahun, page.offset(), page.limit);
                      return ApiResponse::page(wire::invoices_json(result.items).at("items"), result.total, page);
                    }});

  // ?offset=&limit= pages its workers (limit 1-1000, default 100); ?format=xlsx|pdf: the invoice
  // with every worker and month and a total row.
  routes.push_back({"GET", R"(/api/v1/invoices/:id(\d{1,18}))", [&app](const ApiRequest& req) {
                      const auto format = report_format(req);
                      services::BillingService billing(app);
                      if (format == ReportFormat::json)
                        return ApiResponse::json(wire::invoice_view_json(
                            billing.invoice(req.actor, req.param_int("id"), req.query_int("offset", 0, 0, 100'000'000),
                                            req.query_int("limit", 100, 1, 1000))));
                      constexpr int kPage = 1000;
                      auto view = billing.invoice(req.actor, req.param_int("id"), 0, kPage);
                      std::vector<store::InvoiceWorker> all = std::move(view.workers.items);
                      while (static_cast<std::int64_t>(all.size()) < view.workers.total) {
                        auto next =
                            billing.invoice(req.actor, req.param_int("id"), static_cast<int>(all.size()), kPage);
                        if (next.workers.items.empty()) break;
                        for (auto& w : next.workers.items) all.push_back(std::move(w));
                      }
                      return report_file(req, format, services::invoice_document(view, all));
                    }});

  routes.push_back({"POST", R"(/api/v1/invoices/:id(\d{1,18})/cancel)", [&app](const ApiRequest& req) {
                      const auto reason = wire::cancel_reason(req.object_body(ApiRequest::EmptyBody::refused));
                      return ApiResponse::json(wire::invoice_json(
                          services::BillingService(app).cancel_invoice(req.actor, req.param_int("id"), reason)));
                    }});

  // {"jumlah":201600,"tanggal":"2026-01-10","referensi":"SP2D-0001"}; 201 when recorded, 200 for a
  // retry with a reference already recorded.
  routes.push_back({"POST", R"(/api/v1/invoices/:id(\d{1,18})/payments)", [&app](const ApiRequest& req) {
                      const auto p = wire::invoice_payment(req.object_body(ApiRequest::EmptyBody::refused));
                      const auto o = services::BillingService(app).record_payment(req.actor, req.param_int("id"), p);
                      return ApiResponse::json(wire::payment_outcome_json(o), o.created ? 201 : 200);
                    }});

  routes.push_back({"GET", "/api/v1/arrears", [&app](const ApiRequest& req) {
                      const auto format = report_format(req);
                      const auto r = services::BillingService(app).arrears(
                          req.actor, req.query_or("sumber_dana"), req.query_or("wilayah"),
                          req.query_int("tahun", app.today().year, 2015, 2100));
                      if (format != ReportFormat::json)
                        return report_file(req, format, services::arrears_document(app, r, true));
                      return ApiResponse::json(wire::arrears_json(r, true));
                    }});

  routes.push_back({"POST", "/api/v1/renewals", [&app](const ApiRequest& req) {
                      const auto b = wire::renewal_request(req.object_body(ApiRequest::EmptyBody::refused));
                      const auto r = services::BillingService(app).renew(req.actor, b.sumber_dana, b.tahun);
                      return ApiResponse::json(wire::renewal_json(r));
                    }});

  // What an RT's fund pays and has left; ?workers=20&months=12 adds the calculator (Rp4.032.000).
  routes.push_back({"GET", R"(/api/v1/rts/:kode([0-9.]{17})/dana)", [&app](const ApiRequest& req) {
                      std::optional<int> workers, months;
                      if (!req.query_or("workers").empty()) workers = req.query_int("workers", 1, 1, 10'000);
                      if (!req.query_or("months").empty()) months = req.query_int("months", 12, 1, 120);
                      const auto v = services::BillingService(app).rt_fund(
                          req.actor, req.params.at("kode"), req.query_int("tahun", app.today().year, 2015, 2100),
                          workers, months);
                      return ApiResponse::json(wire::rt_fund_json(v));
                    }});

  routes.push_back({"GET", "/api/v1/reports/funding", [&app](const ApiRequest& req) {
                      const auto format = report_format(req);
                      const int tahun = req.query_int("tahun", app.today().year, 2015, 2100);
                      const auto rows = services::BillingService(app).funder_use(req.actor, tahun);
                      if (format != ReportFormat::json)
                        return report_file(req, format, services::funding_document(rows, tahun));
                      return ApiResponse::json(wire::funder_use_json(rows, tahun));
                    }});

  routes.push_back({"GET", "/api/v1/reports/invoices", [&app](const ApiRequest& req) {
                      const auto format = report_format(req);
                      const int tahun = req.query_int("tahun", app.today().year, 2015, 2100);
                      services::BillingService billing(app);
                      const auto invoices = billing.invoices(req.actor, req.query_or("sumber_dana"), tahun);
                      const auto payments = billing.payments(req.actor, req.query_or("sumber_dana"), tahun);
                      const auto overpaid = billing.overpayments(req.actor, req.query_or("sumber_dana"), tahun);
                      if (format != ReportFormat::json)
                        return report_file(req, format,
                                           services::invoices_document(app, invoices, overpaid, payments, tahun,
                                                                       req.query_or("sumber_dana")));
                      return ApiResponse::json(wire::invoices_report_json(tahun, invoices, payments, overpaid));
                    }});

  routes.push_back({"GET", "/api/v1/reports/arrears", [&app](const ApiRequest& req) {
                      const auto format = report_format(req);
                      const int tahun = req.query_int("tahun", app.today().year, 2015, 2100);
                      const auto r = services::BillingService(app).arrears(req.actor, req.query_or("sumber_dana"),
                                                                           req.query_or("wilayah"), tahun);
                      if (format != ReportFormat::json)
                        return report_file(req, format, services::arrears_document(app, r, false));
                      return ApiResponse::json(wire::arrears_json(r, false));
                    }});
}

}  // namespace lindungi::http
