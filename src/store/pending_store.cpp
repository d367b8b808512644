#include "store/pending_store.hpp"

#include <stdexcept>

#include "store/store.hpp"

namespace lindungi::store {

PendingChangesSession& pending_changes(Session& session) {
  // Both backends' sessions implement it (see the header for why it is not a Session method).
  if (auto* p = dynamic_cast<PendingChangesSession*>(&session)) return *p;
  throw std::logic_error("this store's sessions do not keep pending changes");
}

}  // namespace lindungi::store
