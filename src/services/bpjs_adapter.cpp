#include "services/bpjs_adapter.hpp"

#include "formats/table_writer.hpp"

namespace lindungi::services {

std::vector<BpjsArtefact> FileBpjsAdapter::submit(const formats::RegistrationFile& batch) {
  return {{formats::registration_file_name(batch.batch_id, "csv"), "csv", std::string{formats::kCsvMime},
           formats::registration_csv(batch)},
          {formats::registration_file_name(batch.batch_id, "xlsx"), "xlsx", std::string{formats::kXlsxMime},
           formats::registration_xlsx(batch)}};
}

formats::ResponseFile FileBpjsAdapter::read_response(std::string bytes, std::string_view file_name) {
  return formats::read_registration_response(std::move(bytes), file_name);
}

}  // namespace lindungi::services
