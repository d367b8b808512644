#pragma once
#include <string>
#include <string_view>

#include "store/registry_store.hpp"
#include "store/row.hpp"

namespace lindungi::store::records {

// The condition "at or below `area`" on `alias`.kode_kelurahan (and .rt for an RT code), with its
// parameters appended to `params`; "TRUE" for "" (everywhere). BadRequest when `area` is no
// region or RT code. Codes below "15.71.01" sort between "15.71.01." and "15.71.01/" ('/' follows
// '.'; both databases compare these columns bytewise).
std::string within_area(std::string_view alias, std::string_view area, rows::Params& params);

// A row (kode_kelurahan, rt, status, count) as a StatusCount keyed by the kelurahan, or by the RT
// with `by_rt`: how the status counts of the registry and the reports come back.
StatusCount status_count_row(rows::Row& row, bool by_rt);

}  // namespace lindungi::store::records
