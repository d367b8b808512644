#pragma once
// JSON shapes of construction projects and their compliance report (issue 9), shared by the CLI
// (--json) and the HTTP API.
#include <nlohmann/json.hpp>

#include "formats/worker_json.hpp"
#include "services/jakon_service.hpp"

namespace lindungi::services {

// The project with its premium, deadline and compliance; its workers when they were read, their
// NIKs masked unless `nik_view` is full.
nlohmann::json project_json(const ProjectView& view, formats::NikView nik_view);
// {"wilayah","tanggal","total":{row},"per_kelurahan":[row],"per_rt":[row],"bermasalah":[project]}
nlohmann::json compliance_json(const ComplianceReport& report);

}  // namespace lindungi::services
