// libFuzzer: JSON request bodies as the API reads them: parse, map to a worker, validate.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/rules.hpp"
#include "core/worker.hpp"
#include "formats/record_json.hpp"
#include "wire/workers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto body = nlohmann::json::parse(data, data + size, nullptr, false);
  if (body.is_discarded()) return 0;
  std::vector<lindungi::FieldError> errors;
  const lindungi::Worker w = lindungi::wire::worker_from_json(body, errors);
  lindungi::ValidationContext ctx;
  ctx.today = lindungi::Date{2026, 11, 21};
  ctx.programme = lindungi::RuleBook::standard().programme_at(ctx.today);
  const auto result = lindungi::validate_worker(w, ctx);
  for (const auto& e : result.errors)
    if (e.field.empty() || e.message.empty()) __builtin_trap();
  (void)lindungi::formats::json_text(lindungi::formats::worker_changes(nullptr, w));
  return 0;
}
