#pragma once
// A page of a list and the number of matches for the query (every aggregate's lists).
#include <cstdint>
#include <vector>

namespace lindungi::store {

template <typename T>
struct Page {
  std::vector<T> items;
  std::int64_t total = 0;  // matches for the query, ignoring offset and limit
};

}  // namespace lindungi::store
