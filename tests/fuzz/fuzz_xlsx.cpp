// libFuzzer: the spreadsheet reader (XLSX through libzip + expat, and CSV) on arbitrary bytes:
// no crash, no sanitizer report, unreadable files end in a Lindungi error with a message.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/errors.hpp"
#include "formats/table_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  lindungi::formats::ReadLimits limits;
  limits.max_xml_bytes = 4u << 20;  // small, so hostile inputs stay fast
  limits.max_shared_strings_bytes = 1u << 20;
  limits.max_rows = 2000;
  try {
    auto reader = lindungi::formats::open_table(std::string(reinterpret_cast<const char*>(data), size), "fuzz.xlsx", limits);
    std::size_t last = 0;
    reader->for_each_row([&](std::size_t row, const std::vector<lindungi::ImportCell>&) {
      if (row <= last) __builtin_trap();  // rows come in order
      last = row;
      return true;
    });
  } catch (const lindungi::Error& e) {
    if (std::string(e.what()).empty()) __builtin_trap();  // every refusal says why
  }
  return 0;
}
