// libFuzzer: the CSV reader on arbitrary bytes: no crash, and every record has a line number
// within the input.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/errors.hpp"
#include "formats/csv_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const auto table = lindungi::formats::parse_csv(text);
    // Line breaks as the reader counts them: LF, CRLF, or a lone CR (old Mac exports).
    std::size_t lines = 1;
    for (std::size_t i = 0; i < text.size(); ++i)
      lines += text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'));
    for (const auto& r : table.records)
      if (r.line < 1 || r.line > lines || r.fields.empty()) __builtin_trap();
  } catch (const lindungi::BadRequest&) {
    // An unterminated quote is a clear, expected rejection.
  }
  return 0;
}
