#pragma once
// The "same person, other NIK" review queue (DESIGN.md §2 step 2): candidates found when workers
// are recorded (form or import) or when an area is scanned, listed for the kelurahan, and merged
// (the merged-away record is rejected with a link to the one kept, heirs and phone carried over,
// nothing deleted, every change audited) or dismissed.
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/access.hpp"
#include "core/dedup.hpp"
#include "core/worker.hpp"
#include "services/app.hpp"
#include "store/intake_store.hpp"
#include "store/page.hpp"
#include "store/store.hpp"

namespace lindungi::services {

PersonKey person_key(const Worker& worker);
PersonKey person_key(const store::PersonRecord& person);

// The registry's index entries read by one import. The registry does not change while an import
// reads it, and a large file asks for the same birth dates again and again (a million rows have
// about 17,000). Bounded: past `max_entries` it starts afresh.
class BlockCache {
 public:
  explicit BlockCache(std::size_t max_entries = 200'000) : max_(max_entries) {}
  const std::vector<store::PersonStub>& born_on(store::Session& s, const Date& date, std::int64_t max_id);
  const std::vector<store::PersonStub>& with_nik_prefix(store::Session& s, std::string_view prefix,
                                                        std::int64_t max_id);
  // Reads the blocks of many birth dates and NIK prefixes at once (one round trip each on a
  // server database), so that born_on/with_nik_prefix find them cached.
  void prefetch(store::Session& s, const std::vector<Date>& dates, const std::vector<std::string>& prefixes,
                std::int64_t max_id);

 private:
  template <typename Read>
  const std::vector<store::PersonStub>& get(std::string key, const Read& read);
  std::unordered_map<std::string, std::vector<store::PersonStub>> blocks_;
  std::size_t entries_ = 0, max_;
};

// Registry records (id <= max_id) that may be the same person as `key`: people born the same day,
// and NIKs sharing the first 12 digits (region and birth date), scored by the core.
std::vector<std::pair<store::PersonRecord, DedupMatch>> registry_candidates(store::Session& session,
                                                                            const PersonKey& key, std::int64_t max_id,
                                                                            BlockCache* cache = nullptr);

// Stores a candidate pair found for `source` ("formulir", "impor:12", "pindai"); false if known.
bool add_candidate(store::Session& session, std::int64_t a, std::int64_t b, const DedupMatch& match,
                   const std::string& source);

struct CandidateView {
  store::DuplicateCandidate candidate;
  Worker a, b;  // without heirs
  std::vector<std::string> reasons;
};

struct ScanResult {
  std::int64_t compared = 0;  // pairs scored
  std::int64_t found = 0;     // candidates at or above the threshold
  std::int64_t added = 0;     // of which new to the queue
};

class DedupService {
 public:
  explicit DedupService(App& app) : app_(app) {}

  // Pairs whose two workers are both within the actor's area (or `query.area` inside it): a pair
  // across two kelurahan is decided by the kecamatan or the city, who see both.
  store::Page<CandidateView> list(const Actor& actor, store::DuplicateQuery query);
  CandidateView get(const Actor& actor, std::int64_t id);
  // Keeps `keep_id` (one of the pair) and merges the other into it. Needs verify_workers and both
  // records in the actor's area.
  CandidateView merge(const Actor& actor, std::int64_t id, std::int64_t keep_id, const std::string& note);
  CandidateView dismiss(const Actor& actor, std::int64_t id, const std::string& note);
  // Compares every pair of workers born on the same day within `area` (the actor's area when
  // empty) and queues the candidates; for registries recorded before this search existed.
  ScanResult scan(const Actor& actor, const std::string& area);

 private:
  CandidateView view(store::Session& s, const store::DuplicateCandidate& c);
  App& app_;
};

}  // namespace lindungi::services
