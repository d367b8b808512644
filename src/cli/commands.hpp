#pragma once
// `lindungi` subcommands (DESIGN.md §5). Each file registers one group on the CLI11 app; the
// command parses, calls a service and renders text or, with --json, one JSON document.
#include <CLI/CLI.hpp>

#include <functional>
#include <nlohmann/json.hpp>
#include <string>

namespace lindungi::cli {

// What a command runs after parsing; returns the process exit code.
using Action = std::function<int()>;

void add_serve_command(CLI::App& app, Action& action);
void add_demo_command(CLI::App& app, Action& action);
void add_tool_commands(CLI::App& app, Action& action);  // nik, premium, jakon
void add_report_commands(CLI::App& app, Action& action);
void add_admin_commands(CLI::App& app, Action& action);  // user, audit, backup, restore
void add_benefit_commands(CLI::App& app, Action& action);  // benefit jkm|jkk-death|jkk-disability|stmb
void add_intake_commands(CLI::App& app, Action& action);  // import, template, bpjs-active, verify, dedup
// Jakon (issue 9): construction projects.
void add_jakon_commands(CLI::App& app, Action& action);  // proyek compliance|list
void add_claims_commands(CLI::App& app, Action& action);  // claims (issue 5): claims report|scholarships-due
// BPJS registration and member cards (issue 4 items 4-5): bpjs batch|batches|export|response, cards.
void add_bpjs_commands(CLI::App& app, Action& action);
// Billing (issue 4).
void add_billing_commands(CLI::App& app, Action& action);  // dana-rt, covered, arrears, renew, billing-run
// Many areas in one deployment (issue 8 item 3).
void add_province_commands(CLI::App& app, Action& action);  // wilayah muat|rt|daftar
// Holidays as data (issue 15).
void add_calendar_commands(CLI::App& app, Action& action);  // libur [tambah|hapus|tetapkan]
// The programme's rules per kab/kota (issue 22 item 4).
void add_programme_rules_commands(CLI::App& app, Action& action);  // aturan [tetapkan]
// Issue 19 item 2: `config check [--config FILE]`.
void add_config_commands(CLI::App& app, Action& action);

// Prints a JSON document on stdout.
void print_json(const nlohmann::json& j);
// Runs `body`, turning Lindungi errors into a message (stderr, or a JSON error document on
// stdout with --json) and exit code 1.
int guarded(bool json, const std::function<int()>& body);

}  // namespace lindungi::cli
