#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "cli/config_file.hpp"
#include "clock/clock.hpp"
#include "core/errors.hpp"
#include "http/api.hpp"
#include "services/logging.hpp"

namespace lindungi::cli {

void print_json(const nlohmann::json& j) {
  std::puts(j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
}

int guarded(bool json, const std::function<int()>& body) {
  try {
    return body();
  } catch (...) {
    // The same mapping as the API, so the CLI and HTTP speak of errors alike.
    const auto res = http::error_response(std::current_exception());
    const auto doc = nlohmann::json::parse(res.body);
    if (json) {
      print_json(doc);
    } else {
      std::fprintf(stderr, "Galat: %s\n", doc["error"]["message"].get<std::string>().c_str());
      if (doc["error"].contains("errors"))
        for (const auto& e : doc["error"]["errors"])
          std::fprintf(stderr, "  - %s: %s\n", e["field"].get<std::string>().c_str(),
                       e["message"].get<std::string>().c_str());
    }
    return res.status >= 500 ? 3 : 1;
  }
}

}  // namespace lindungi::cli

int main(int argc, char** argv) {
  CLI::App app{
      "Lindungi: pendaftaran pekerja rentan ke BPJS Ketenagakerjaan (JKK dan JKM) yang iurannya "
      "dibayar dana publik.\nLindungi: enrolling vulnerable informal workers into BPJS "
      "Ketenagakerjaan with publicly paid premiums.",
      "lindungi"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "lindungi 0.1.0");
  lindungi::cli::Action action;
  lindungi::cli::add_serve_command(app, action);
  lindungi::cli::add_demo_command(app, action);
  lindungi::cli::add_tool_commands(app, action);
  lindungi::cli::add_report_commands(app, action);
  lindungi::cli::add_admin_commands(app, action);
  lindungi::cli::add_benefit_commands(app, action);
  lindungi::cli::add_intake_commands(app, action);
  lindungi::cli::add_jakon_commands(app, action);   // Jakon (issue 9)
  lindungi::cli::add_claims_commands(app, action);  // claims (issue 5)
  lindungi::cli::add_bpjs_commands(app, action);    // BPJS registration and member cards
  // Billing (issue 4).
  lindungi::cli::add_billing_commands(app, action);
  // Many areas in one deployment (issue 8 item 3).
  lindungi::cli::add_province_commands(app, action);
  // Holidays as data (issue 15).
  lindungi::cli::add_calendar_commands(app, action);
  lindungi::cli::add_programme_rules_commands(app, action);
  // Issue 19 item 3: log lines (a server error, a command's internal error) go to stderr, never
  // into a command's output; `serve --log-level` sets the level again.
  lindungi::services::logging::configure("info");
  // Issue 19 item 2: `config check`.
  lindungi::cli::add_config_commands(app, action);
  // The one clock (issue 15): a malformed LINDUNGI_TODAY stops every command before it runs.
  try {
    lindungi::clock::init_from_environment();
  } catch (const std::invalid_argument& e) {
    std::fprintf(stderr, "Galat: %s\n", e.what());
    return 2;
  }
  // Issue 19 item 2: `serve --config FILE` and `backup --config FILE` read the one configuration
  // file. CLI11 2.1 reads config files for the main app only, so each key is handed to its
  // option's LINDUNGI_* variable (a variable already set, or the command line, wins). An unknown
  // key stops the command: a misspelt `prot = 80` must not pass silently.
  if (argc > 1 && (std::string{argv[1]} == "serve" || std::string{argv[1]} == "backup")) {
    const CLI::App* cmd = app.get_subcommand(argv[1]);
    const CLI::App* other = app.get_subcommand(std::string{argv[1]} == "serve" ? "backup" : "serve");
    for (int i = 2; i + 1 < argc; ++i) {
      if (std::string{argv[i]} != "--config") continue;
      std::string why;
      const auto config = lindungi::cli::read_config(argv[i + 1], why);
      if (!config) {
        std::fprintf(stderr, "Galat: %s\n", why.c_str());
        return 2;
      }
      const auto problems = lindungi::cli::apply_config(*config, *cmd, {other});
      for (const auto& p : problems) std::fprintf(stderr, "Galat: %s: %s\n", argv[i + 1], p.c_str());
      if (!problems.empty()) return 2;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return action ? action() : 0;
}
