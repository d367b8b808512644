// libFuzzer: BPJS's registration response file (CSV or XLSX bytes) on arbitrary input: no crash,
// and every row read is either rejected with a named problem or fully usable.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/bpjs.hpp"
#include "core/errors.hpp"
#include "formats/bpjs_files.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  try {
    const auto file = lindungi::formats::read_registration_response(std::move(bytes), "jawaban");
    for (const auto& r : file.rows) {
      if (r.row < 2) __builtin_trap();  // the header is row 1
      if (!r.errors.empty()) continue;
      if (r.nik.size() != 16) __builtin_trap();
      if (r.status == "diterima" && (lindungi::kpj_problem(r.kpj) || !r.tanggal_efektif)) __builtin_trap();
      if (r.status == "ditolak" && r.alasan.empty()) __builtin_trap();
      if (r.status != "diterima" && r.status != "ditolak") __builtin_trap();
    }
  } catch (const lindungi::BadRequest&) {
    // An unreadable file or one without the required columns is a clear, expected rejection.
  }
  return 0;
}
