#pragma once
#include <string>
#include <string_view>

#include "store/row.hpp"

namespace lindungi::store::records {

// The condition "at or below `area`" on `alias`.kode_kelurahan (and .rt for an RT code), with its
// parameters appended to `params`; "TRUE" for "" (everywhere). BadRequest when `area` is no
// region or RT code. Codes below "15.71.01" sort between "15.71.01." and "15.71.01/" ('/' follows
// '.'; both databases compare these columns bytewise).
std::string within_area(std::string_view alias, std::string_view area, rows::Params& params);

}  // namespace lindungi::store::records
