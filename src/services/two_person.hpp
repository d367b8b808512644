#pragma once
// Two-person rules (issue 16 item 4): no single person between a worker and a payout. Users record
// their creator, and an account an admin created counts as that admin: the admin and any account
// they made (or that account's accounts) are one person for maker-checker, a pending change's
// approval and a claim's decision and payout. Two accounts the same admin made for two different
// people (an RT head and a kelurahan operator, as a city admin does every day) stay two people;
// the accounts of BPJS's side are not the city admin's to make (AuthService::create_user).
#include <string>
#include <vector>

#include "store/store.hpp"

namespace lindungi::services {

// `username` and the accounts above it: its creator, that account's creator, ... up to an account
// made from the CLI or by the demo (no creator). Lower case, as usernames compare without case.
std::vector<std::string> account_lineage(store::Session& s, const std::string& username);

// True when `a` and `b` are the same account or one of them made the other (directly or through
// accounts it made).
bool same_person(store::Session& s, const std::string& a, const std::string& b);

}  // namespace lindungi::services
