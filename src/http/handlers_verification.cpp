// The kelurahan's verification over HTTP (maker-checker): one worker, or many at once.
#include "core/errors.hpp"
#include "formats/worker_json.hpp"
#include "http/api.hpp"
#include "services/verification_service.hpp"
#include "services/worker_changes.hpp"
#include "wire/intake.hpp"

namespace lindungi::http {

namespace {

// Whether the caller may read what a NIK holds in `peringatan` (issue 17 item 2).
formats::NikView warnings_view(const ApiRequest& req) {
  return req.actor.can(Permission::view_full_nik) ? formats::NikView::full : formats::NikView::masked;
}

// {"alasan": "...", "versi": 3, "alasan_abaikan_peringatan": "..."}, all optional for a
// verification; alasan required to reject.
ApiResponse decide(services::App& app, const ApiRequest& req, Decision decision) {
  const auto body = req.object_body();
  std::optional<std::int64_t> versi;
  if (body.contains("versi")) {
    if (!body["versi"].is_number_integer()) throw ValidationError("versi", "tipe_salah", "Kolom 'versi' harus angka");
    versi = body["versi"].get<std::int64_t>();
  }
  if (body.contains("alasan") && !body["alasan"].is_string())
    throw ValidationError("alasan", "tipe_salah", "Kolom 'alasan' harus berupa teks");
  // Issue 17 item 2: `alasan_abaikan_peringatan` sets a NIK warning aside when verifying.
  if (body.contains("alasan_abaikan_peringatan") && !body["alasan_abaikan_peringatan"].is_string())
    throw ValidationError("alasan_abaikan_peringatan", "tipe_salah",
                          "Kolom 'alasan_abaikan_peringatan' harus berupa teks");
  const Worker w = services::VerificationService(app).decide(
      req.actor, req.param_int("id"), decision, body.value("alasan", std::string{}), versi,
      decision == Decision::verify ? body.value("alasan_abaikan_peringatan", std::string{}) : std::string{});
  return ApiResponse::json(formats::worker_to_json(w, app.regions(), formats::NikView::masked, warnings_view(req)));
}

// A pending change of a worker (issue 16 item 4). `perubahan` shows NIKs masked; the full
// proposal (`usulan`) is not sent. `nama_wilayah` names the kelurahan codes it holds (old and new),
// so a screen shows "Kelurahan: Simpang IV Sipin → Telanaipura" as the audit log does (issue 17).
nlohmann::json change_json(const services::App& app, const services::PendingChangeView& v) {
  const auto& c = v.change;
  nlohmann::json changes = nlohmann::json::parse(c.perubahan, nullptr, false);
  nlohmann::json names = nlohmann::json::object();
  if (!changes.is_discarded() && changes.contains("kode_kelurahan") && changes["kode_kelurahan"].is_array())
    for (const auto& code : changes["kode_kelurahan"])
      if (code.is_string())
        if (const Region* r = app.regions().find(code.get<std::string>())) names[code.get<std::string>()] = r->nama;
  return {{"id", c.id},
          {"pekerja_id", c.pekerja_id},
          {"nama_pekerja", v.nama_pekerja},
          {"wilayah", c.wilayah},
          {"perubahan", changes.is_discarded() ? nlohmann::json::object() : changes},
          {"status", c.status},
          {"diajukan_oleh", c.diajukan_oleh},
          {"diajukan_pada", c.diajukan_pada},
          {"diputus_oleh", c.diputus_oleh},
          {"diputus_pada", c.diputus_pada},
          {"alasan", c.alasan},
          {"nama_wilayah", names}};
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
                      nlohmann::json items = nlohmann::json::array();
                      for (const auto& v : services::WorkerChangesService(app).list(
                               req.actor, req.query_or("status", "menunggu"), pekerja_id))
                        items.push_back(change_json(app, v));
                      return ApiResponse::json({{"items", items}});
                    }});
  // {"keputusan": "disetujui" | "ditolak", "alasan"}: a second person with verify_workers.
  routes.push_back({"POST", R"(/api/v1/worker-changes/:id(\d{1,18})/decision)", [&app](const ApiRequest& req) {
                      const auto body = req.object_body(ApiRequest::EmptyBody::refused);
                      if (body.contains("alasan") && !body["alasan"].is_string())
                        throw ValidationError("alasan", "tipe_salah", "Kolom 'alasan' harus berupa teks");
                      if (!body.contains("keputusan") || !body["keputusan"].is_string())
                        throw ValidationError("keputusan", "wajib_diisi", "Kolom 'keputusan' wajib diisi");
                      const auto v = services::WorkerChangesService(app).decide(req.actor, req.param_int("id"),
                                                                                body["keputusan"].get<std::string>(),
                                                                                body.value("alasan", std::string{}));
                      return ApiResponse::json(change_json(app, v));
                    }});

  routes.push_back({"POST", R"(/api/v1/workers/:id(\d{1,18})/verify)",
                    [&app](const ApiRequest& req) { return decide(app, req, Decision::verify); }});
  routes.push_back({"POST", R"(/api/v1/workers/:id(\d{1,18})/reject)",
                    [&app](const ApiRequest& req) { return decide(app, req, Decision::reject); }});

  routes.push_back({"GET", R"(/api/v1/workers/:id(\d{1,18})/verifications)", [&app](const ApiRequest& req) {
                      nlohmann::json items = nlohmann::json::array();
                      for (const auto& v : services::VerificationService(app).history(req.actor, req.param_int("id")))
                        items.push_back(wire::verification_json(v));
                      return ApiResponse::json({{"items", items}});
                    }});

  // Bulk: {"ids": [1, 2, 3], "keputusan": "verifikasi" | "tolak", "alasan": "..."}
  routes.push_back({"POST", "/api/v1/verifications", [&app](const ApiRequest& req) {
                      const auto body = req.json_body();
                      if (!body.is_object() || !body.contains("ids") || !body["ids"].is_array())
                        throw ValidationError("ids", "wajib_diisi", "Kolom 'ids' (daftar id pekerja) wajib diisi");
                      std::vector<std::int64_t> ids;
                      for (const auto& id : body["ids"]) {
                        if (!id.is_number_integer())
                          throw ValidationError("ids", "tipe_salah", "Setiap id pekerja harus angka");
                        ids.push_back(id.get<std::int64_t>());
                      }
                      const std::string k = body.value("keputusan", std::string{});
                      const auto decision = parse_decision(k);
                      if (!decision)
                        throw ValidationError("keputusan", "keputusan_tidak_dikenal",
                                              "Keputusan '" + k + "' tidak dikenal (verifikasi atau tolak)");
                      if (body.contains("alasan") && !body["alasan"].is_string())
                        throw ValidationError("alasan", "tipe_salah", "Kolom 'alasan' harus berupa teks");
                      const auto outcomes = services::VerificationService(app).decide_many(
                          req.actor, ids, *decision, body.value("alasan", std::string{}));
                      nlohmann::json results = nlohmann::json::array();
                      std::int64_t ok = 0;
                      for (const auto& o : outcomes) {
                        ok += o.ok;
                        results.push_back(wire::decision_outcome_json(o));
                      }
                      return ApiResponse::json({{"results", results},
                                                {"ok", ok},
                                                {"failed", static_cast<std::int64_t>(outcomes.size()) - ok}});
                    }});

  // A rejected worker, corrected, back to the verification queue (issue 17 item 1): {"versi": 3},
  // optional. Answers the worker as the verification routes do.
  routes.push_back({"POST", R"(/api/v1/workers/:id(\d{1,18})/resubmit)", [&app](const ApiRequest& req) {
                      const auto body = req.object_body();
                      std::optional<std::int64_t> versi;
                      if (body.contains("versi")) {
                        if (!body["versi"].is_number_integer())
                          throw ValidationError("versi", "tipe_salah", "Kolom 'versi' harus angka");
                        versi = body["versi"].get<std::int64_t>();
                      }
                      const Worker w =
                          services::VerificationService(app).resubmit(req.actor, req.param_int("id"), versi);
                      return ApiResponse::json(
                          formats::worker_to_json(w, app.regions(), formats::NikView::masked, warnings_view(req)));
                    }});
}

}  // namespace lindungi::http
