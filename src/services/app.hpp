#pragma once
// The application: one store, the regions it serves, the rule book and the clock. Services take
// an App and an Actor; HTTP handlers and CLI commands only parse, call a service and render.
#include <functional>
#include <memory>
#include <string>

#include "core/date.hpp"
#include "core/region.hpp"
#include "core/rules.hpp"
#include "core/worker.hpp"
#include "services/login_throttle.hpp"
#include "services/session_cache.hpp"
#include "store/store.hpp"

namespace lindungi::services {

class App {
 public:
  // Opens (creating and migrating if needed) the database and loads the shipped reference
  // regions into it when it has none.
  static std::unique_ptr<App> open(const std::string& db_location);

  store::Store& store() { return *store_; }
  const RegionTree& regions() const { return regions_; }
  const RuleBook& rules() const { return *rules_; }
  // Today's date in Kota Jambi (WIB, UTC+7), or the fixed date tests set.
  Date today() const;
  void set_today_for_tests(Date d) { fixed_today_ = d; }

  // Shared by every request: failed logins per user name and per client.
  LoginThrottle& login_throttle() { return throttle_; }
  SessionCache& session_cache() { return sessions_; }

  // Claims (issue 5): where claim documents are stored, outside the database (default: "berkas"
  // next to the database file).
  const std::string& files_dir() const { return files_dir_; }
  void set_files_dir(std::string dir) { files_dir_ = std::move(dir); }

  // What validate_worker needs, with RT existence checked inside `session`'s transaction.
  ValidationContext validation_context(store::Session& session) const;

  // Member cards (issue 4 item 5): the public base URL their QR codes open ("https://lindungi.
  // jambikota.go.id"); `serve` sets it from --public-url or its own address.
  const std::string& public_url() const { return public_url_; }
  void set_public_url(std::string url) { public_url_ = std::move(url); }

 private:
  explicit App(std::unique_ptr<store::Store> store);
  std::unique_ptr<store::Store> store_;
  RegionTree regions_;
  const RuleBook* rules_;
  std::optional<Date> fixed_today_;
  LoginThrottle throttle_;
  SessionCache sessions_;
  std::string files_dir_;  // claims (issue 5)
  std::string public_url_ = "http://127.0.0.1:8080";  // member cards
};

// Today's date in Kota Jambi (WIB, UTC+7).
Date today_wib();

// The regions shipped in data/reference (Kota Jambi: 11 kecamatan, 68 kelurahan, with the
// province and city above them), parsed from the embedded CSV.
std::vector<Region> reference_regions();

}  // namespace lindungi::services
