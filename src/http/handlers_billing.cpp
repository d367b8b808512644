// Billing over HTTP (docs/API.md "Iuran"): bulk allocation by rule, invoices and payments,
// arrears, renewals, the RT fund, and the billing reports as JSON, XLSX or PDF (?format=, report_file.hpp).
#include <map>

#include "core/errors.hpp"
#include "http/api.hpp"
#include "http/report_file.hpp"
#include "services/billing_json.hpp"
#include "services/billing_service.hpp"
#include "services/report_documents.hpp"

namespace lindungi::http {

namespace {

std::string text(const nlohmann::json& body, const char* name) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return {};
  if (!it->is_string())
    throw ValidationError(name, "tipe_salah", std::string{"Kolom '"} + name + "' harus berupa teks");
  return it->get<std::string>();
}

std::int64_t integer(const nlohmann::json& body, const char* name, std::int64_t fallback) {
  const auto it = body.find(name);
  if (it == body.end() || it->is_null()) return fallback;
  if (!it->is_number_integer())
    throw ValidationError(name, "tipe_salah", std::string{"Kolom '"} + name + "' harus angka");
  return it->get<std::int64_t>();
}

YearMonth month(const std::string& t, const char* field) {
  if (t.size() != 7 || t[4] != '-' || t.find_first_not_of("0123456789-") != std::string::npos)
    throw ValidationError(field, "bulan_tidak_valid", "Bulan harus berformat YYYY-MM, mis. 2026-01");
  const YearMonth m{std::stoi(t.substr(0, 4)), std::stoi(t.substr(5, 2))};
  if (m.month < 1 || m.month > 12 || m.year < 2015 || m.year > 2100)
    throw ValidationError(field, "bulan_tidak_valid", "Bulan '" + t + "' tidak valid");
  return m;
}

}  // namespace

void add_billing_routes(std::vector<Route>& routes, services::App& app) {
  // {"sumber_dana":"apbd_kota","mulai":"2026-01","bulan":12,"aturan":{"kategori":…,"pekerjaan":…,"wilayah":…,"batas":…}}
  routes.push_back({"POST", "/api/v1/allocations/bulk", [&app](const ApiRequest& req) {
                      const auto body = req.object_body(ApiRequest::EmptyBody::refused);
                      services::AllocationRule rule;
                      if (const auto it = body.find("aturan"); it != body.end() && !it->is_null()) {
                        if (!it->is_object())
                          throw ValidationError("aturan", "tipe_salah", "Kolom 'aturan' harus objek");
                        rule.kategori = text(*it, "kategori");
                        rule.pekerjaan = text(*it, "pekerjaan");
                        rule.wilayah = text(*it, "wilayah");
                        rule.batas = static_cast<int>(integer(*it, "batas", 5000));
                      }
                      const auto r = services::BillingService(app).allocate_by_rule(
                          req.actor, rule, text(body, "sumber_dana"), month(text(body, "mulai"), "mulai"),
                          static_cast<int>(integer(body, "bulan", 12)));
                      auto out = services::allocation_outcomes_json(r.items);
                      out["dipilih"] = r.selected;
                      return ApiResponse::json(out);
                    }});

  routes.push_back({"POST", "/api/v1/invoices", [&app](const ApiRequest& req) {
                      const auto body = req.object_body(ApiRequest::EmptyBody::refused);
                      const auto r = services::BillingService(app).issue_invoice(req.actor, text(body, "sumber_dana"),
                                                                                 month(text(body, "dari"), "dari"),
                                                                                 month(text(body, "sampai"), "sampai"));
                      return ApiResponse::json(services::invoice_json(r), 201);
                    }});

  routes.push_back({"GET", "/api/v1/invoices", [&app](const ApiRequest& req) {
                      const int tahun = req.query_int("tahun", 0, 0, 2100);
                      const auto list =
                          services::BillingService(app).invoices(req.actor, req.query_or("sumber_dana"), tahun);
                      nlohmann::json items = nlohmann::json::array();
                      for (const auto& r : list) items.push_back(services::invoice_json(r));
                      return ApiResponse::json({{"items", items}});
                    }});

  // ?offset=&limit= pages its workers (limit 1-1000, default 100); ?format=xlsx|pdf: the invoice
  // with every worker and month and a total row.
  routes.push_back({"GET", R"(/api/v1/invoices/:id(\d{1,18}))", [&app](const ApiRequest& req) {
                      const auto format = report_format(req);
                      services::BillingService billing(app);
                      if (format == ReportFormat::json)
                        return ApiResponse::json(services::invoice_view_json(
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
                      const auto body = req.object_body(ApiRequest::EmptyBody::refused);
                      return ApiResponse::json(services::invoice_json(services::BillingService(app).cancel_invoice(
                          req.actor, req.param_int("id"), text(body, "alasan"))));
                    }});

  // {"jumlah":201600,"tanggal":"2026-01-10","referensi":"SP2D-0001"}; 201 when recorded, 200 for a
  // retry with a reference already recorded.
  routes.push_back({"POST", R"(/api/v1/invoices/:id(\d{1,18})/payments)", [&app](const ApiRequest& req) {
                      const auto body = req.object_body(ApiRequest::EmptyBody::refused);
                      PaymentRequest p;
                      p.amount = integer(body, "jumlah", 0);
                      const std::string t = text(body, "tanggal");
                      p.date = parse_iso_date(t);
                      p.reference = text(body, "referensi");
                      const auto o = services::BillingService(app).record_payment(req.actor, req.param_int("id"), p);
                      return ApiResponse::json(services::payment_outcome_json(o), o.created ? 201 : 200);
                    }});

  routes.push_back({"GET", "/api/v1/arrears", [&app](const ApiRequest& req) {
                      const auto format = report_format(req);
                      const auto r = services::BillingService(app).arrears(
                          req.actor, req.query_or("sumber_dana"), req.query_or("wilayah"),
                          req.query_int("tahun", app.today().year, 2015, 2100));
                      if (format != ReportFormat::json)
                        return report_file(req, format, services::arrears_document(app, r, true));
                      return ApiResponse::json(services::arrears_json(r, true));
                    }});

  routes.push_back({"POST", "/api/v1/renewals", [&app](const ApiRequest& req) {
                      const auto body = req.object_body(ApiRequest::EmptyBody::refused);
                      const auto r = services::BillingService(app).renew(req.actor, text(body, "sumber_dana"),
                                                                         static_cast<int>(integer(body, "tahun", 0)));
                      return ApiResponse::json(services::renewal_json(r));
                    }});

  // What an RT's fund pays and has left; ?workers=20&months=12 adds the calculator (Rp4.032.000).
  routes.push_back({"GET", R"(/api/v1/rts/:kode([0-9.]{17})/dana)", [&app](const ApiRequest& req) {
                      std::optional<int> workers, months;
                      if (!req.query_or("workers").empty()) workers = req.query_int("workers", 1, 1, 10'000);
                      if (!req.query_or("months").empty()) months = req.query_int("months", 12, 1, 120);
                      const auto v = services::BillingService(app).rt_fund(
                          req.actor, req.params.at("kode"), req.query_int("tahun", app.today().year, 2015, 2100),
                          workers, months);
                      return ApiResponse::json(services::rt_fund_json(v));
                    }});

  routes.push_back({"GET", "/api/v1/reports/funding", [&app](const ApiRequest& req) {
                      const auto format = report_format(req);
                      const int tahun = req.query_int("tahun", app.today().year, 2015, 2100);
                      const auto rows = services::BillingService(app).funder_use(req.actor, tahun);
                      if (format != ReportFormat::json)
                        return report_file(req, format, services::funding_document(rows, tahun));
                      return ApiResponse::json(services::funder_use_json(rows, tahun));
                    }});

  routes.push_back({"GET", "/api/v1/reports/invoices", [&app](const ApiRequest& req) {
                      const auto format = report_format(req);
                      const int tahun = req.query_int("tahun", app.today().year, 2015, 2100);
                      services::BillingService billing(app);
                      const auto invoices = billing.invoices(req.actor, req.query_or("sumber_dana"), tahun);
                      const auto payments = billing.payments(req.actor, req.query_or("sumber_dana"), tahun);
                      const auto overpaid = billing.overpayments(req.actor, req.query_or("sumber_dana"), tahun);
                      if (format != ReportFormat::json)
                        return report_file(req, format, services::invoices_document(app, invoices, overpaid, payments, tahun,
                                                                               req.query_or("sumber_dana")));
                      std::map<std::int64_t, Rupiah> by_invoice;
                      for (const auto& o : overpaid) by_invoice[o.tagihan_id] += o.dibayar;
                      nlohmann::json inv = nlohmann::json::array(), pay = nlohmann::json::array();
                      for (const auto& r : invoices) {
                        auto row = services::invoice_json(r);
                        row["lebih_bayar"] = by_invoice.contains(r.id) ? by_invoice[r.id] : 0;
                        inv.push_back(std::move(row));
                      }
                      for (const auto& p : payments) pay.push_back(services::payment_json(p));
                      return ApiResponse::json({{"tahun", tahun},
                                                {"tagihan", inv},
                                                {"pembayaran", pay},
                                                {"lebih_bayar", services::overpayments_json(overpaid)}});
                    }});

  routes.push_back({"GET", "/api/v1/reports/arrears", [&app](const ApiRequest& req) {
                      const auto format = report_format(req);
                      const int tahun = req.query_int("tahun", app.today().year, 2015, 2100);
                      const auto r = services::BillingService(app).arrears(req.actor, req.query_or("sumber_dana"),
                                                                           req.query_or("wilayah"), tahun);
                      if (format != ReportFormat::json)
                        return report_file(req, format, services::arrears_document(app, r, false));
                      return ApiResponse::json(services::arrears_json(r, false));
                    }});
}

}  // namespace lindungi::http
