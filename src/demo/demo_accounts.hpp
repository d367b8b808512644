#pragma once
// The demo's accounts, one per role, all with the password kDemoPassword (listed in README.md).
// Only `lindungi demo` and `serve --demo` create them; a real deployment starts with no account
// and creates its first admin with `lindungi user add`.
#include "services/app.hpp"

namespace lindungi::demo {

inline constexpr const char* kDemoPassword = "lindungi-demo";

// Creates the accounts that do not exist yet; returns how many were created.
int create_demo_accounts(services::App& app);

}  // namespace lindungi::demo
