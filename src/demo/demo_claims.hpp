#pragma once
// Demo claims (DESIGN.md §7: "a few claims with heirs and scholarships"), made through the claims
// service itself so that every benefit, heir list, document check and audit entry is the one the
// rules produce.
#include <cstdint>

#include "services/app.hpp"

namespace lindungi::demo {

// Four cases on active demo workers with a spouse and school-age children, one per state a claims
// officer meets: a work-accident death approved and paid with a scholarship paid for this school
// year; a death submitted and waiting for BPJS (the service-level clock running); a death still in
// draft with documents missing; a work accident (temporary incapacity) approved and not yet paid.
// Deterministic for a seed and the app's today. Returns the number of cases made; skips silently
// when the registry has no suitable worker (e.g. a registry that is not the demo).
int add_demo_claims(services::App& app, std::uint64_t seed);

// How many of those cases are deaths: each turns an active, city-funded vulnerable worker into a
// deceased one, so the demo writes that many more active ones for the seeds' 3,000 to remain.
int demo_claim_deaths();

}  // namespace lindungi::demo
