#pragma once
// Issue 19 item 2: /etc/lindungi/lindungi.conf. One file configures the server and the daily
// backup; its keys are named like the long command-line options (`db = ...` for `--db ...`,
// `db_password_file` and `db-password-file` alike), and each is handed to its option's LINDUNGI_*
// variable, so that a variable already set, or the command line, wins.
#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

namespace lindungi::cli {

struct ConfigEntry {
  int line = 0;
  std::string key;  // normalised: '_' -> '-'
  std::string value;
};

struct ConfigFile {
  std::string path;
  std::vector<ConfigEntry> entries;
  std::vector<std::string> problems;  // lines that are not `key = value`, sections
};

// The default location of the installed package's configuration.
inline constexpr const char* kDefaultConfigFile = "/etc/lindungi/lindungi.conf";

// Reads `path`; nothing when it cannot be read (`why` says why, in Indonesian).
std::optional<ConfigFile> read_config(const std::string& path, std::string& why);

// The option of `cmd` that `key` names (one with a LINDUNGI_* variable), or null.
const CLI::Option* option_for_key(const CLI::App& cmd, const std::string& key);

// Sets the LINDUNGI_* variable of each entry's option of `cmd` (unless already set). Keys that
// name an option of one of `others` (the other commands reading the same file) are skipped.
// Returns the problems: unknown keys with their line, and the file's own problems.
std::vector<std::string> apply_config(const ConfigFile& config, const CLI::App& cmd,
                                      const std::vector<const CLI::App*>& others);

// Issue 19 item 2: a database password is read from a file, never taken from a command line.
// What is wrong with the file at `path` (unreadable, empty, writable by its group or open to
// others), or nothing.
std::optional<std::string> password_file_problem(const std::string& path);
// The password in `path` (its first line); throws BadRequest naming the problem.
std::string read_password_file(const std::string& path);

// `db` with the password from `password_file` (when one is named) added in memory. With
// `production`, a password written into `db` itself is refused: it would show in `ps` and logs.
std::string database_location(const std::string& db, const std::string& password_file, bool production);

}  // namespace lindungi::cli
