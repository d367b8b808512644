#include "store/report_store.hpp"

#include <stdexcept>

namespace lindungi::store {

ReportCountsSession& report_counts(Session& session) {
  // Both backends' sessions implement it (see the header for why it is not a Session method).
  if (auto* r = dynamic_cast<ReportCountsSession*>(&session)) return *r;
  throw std::logic_error("this store's sessions do not count for the reports");
}

}  // namespace lindungi::store
