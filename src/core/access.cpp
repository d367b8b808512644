#include "core/access.hpp"

#include "core/region.hpp"

namespace lindungi {

bool can_access_area(const Actor& actor, std::string_view kode) { return code_within(kode, actor.area); }

}  // namespace lindungi
