#pragma once
// List answers (issue 18 item 4): an array written item by item with the resource's own item
// writer, and the `Items` envelope ({"items":[...]}, docs/openapi.yaml) of a list that is not paged.
// A paged list's envelope is http's ApiResponse::page, which takes json_array's output.
#include <nlohmann/json.hpp>
#include <utility>

namespace lindungi::wire {

template <class Range, class Write>
nlohmann::json json_array(const Range& items, Write&& write) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& item : items) out.push_back(write(item));
  return out;
}

// {"items": [...]}
inline nlohmann::json items_json(nlohmann::json array) { return {{"items", std::move(array)}}; }

}  // namespace lindungi::wire
