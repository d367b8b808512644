#pragma once
// Construction projects on the wire (issue 9): the bodies the project routes read and the JSON of
// a project and of the compliance report, shared by the CLI (--json) and the HTTP API.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "services/jakon_service.hpp"
#include "wire/workers.hpp"

namespace lindungi::wire {

// The project with its premium, deadline and compliance; its workers when they were read, their
// NIKs masked unless `nik_view` is full.
nlohmann::json project_json(const services::ProjectView& view, wire::NikView nik_view);
// Projects as a JSON array, NIKs masked (the items of GET /projects and `lindungi proyek list`).
nlohmann::json projects_json(const std::vector<services::ProjectView>& views);
// {"wilayah","tanggal","total":{row},"per_kelurahan":[row],"per_rt":[row],"bermasalah":[project]}
nlohmann::json to_json(const services::ComplianceReport& report);

// POST and PUT /projects: absent fields are unchanged (a PUT), null or "" clears.
services::ProjectInput project_input(const nlohmann::json& body);
// PUT /projects/:id: the same fields, and the version read ("versi"), required.
services::ProjectInput project_update(const nlohmann::json& body);
// POST /projects/:id/certificate {"nomor_sertifikat","tanggal_bayar","jumlah_bayar"}.
struct CertificateBody {
  std::string nomor_sertifikat;
  std::optional<Date> tanggal_bayar;
  Rupiah jumlah_bayar = 0;
};
CertificateBody certificate(const nlohmann::json& body);
// POST /projects/:id/certificate/revoke {"alasan"}.
std::string revoke_reason(const nlohmann::json& body);
// POST /projects/:id/start and /finish {"tanggal"} (absent: today).
std::optional<Date> project_day(const nlohmann::json& body);
// POST /projects/:id/workers {"nik","nama","peran"}.
ProjectWorker project_worker(const nlohmann::json& body);

}  // namespace lindungi::wire
