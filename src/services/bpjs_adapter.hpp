#pragma once
// How Lindungi talks to BPJS Ketenagakerjaan for registration (DESIGN.md §2 step 4, §3). Today
// through files an officer carries (FileBpjsAdapter); a real BPJS API can replace it later by
// implementing the same two calls, while the registration service stays as it is.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "formats/bpjs_files.hpp"

namespace lindungi::services {

// Something produced for BPJS: a file to download and hand over, or an API's receipt.
struct BpjsArtefact {
  std::string name;    // "pendaftaran-bpjs-12.csv"
  std::string format;  // csv | xlsx
  std::string mime;
  std::string bytes;
};

class BpjsAdapter {
 public:
  virtual ~BpjsAdapter() = default;
  virtual std::string_view name() const = 0;
  // Sends (or prepares for sending) a registration batch; what it returns is offered for download.
  // Called again for every download of the same batch: an API adapter treats the batch id as the
  // idempotency key (the file adapter is a pure function of the rows).
  virtual std::vector<BpjsArtefact> submit(const formats::RegistrationFile& batch) = 0;
  // BPJS's answer to a batch, as rows: a response file's bytes (`file_name` tells CSV from XLSX
  // only for messages), or an API's reply.
  virtual formats::ResponseFile read_response(std::string bytes, std::string_view file_name) = 0;
};

// The registration file as CSV and XLSX (docs/BPJS-FILES.md), the response file read back.
class FileBpjsAdapter final : public BpjsAdapter {
 public:
  std::string_view name() const override { return "berkas"; }
  std::vector<BpjsArtefact> submit(const formats::RegistrationFile& batch) override;
  formats::ResponseFile read_response(std::string bytes, std::string_view file_name) override;
};

}  // namespace lindungi::services
