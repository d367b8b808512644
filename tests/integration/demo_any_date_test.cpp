// The demo on any date (issue 15): whatever day the program's clock says (the test command runs
// this at 1 January, the Idul Fitri week, 31 December, 29 February 2028 and the real today), the
// demo tells the same stories: last year's paid ledger and this year's up to the current month
// with this month's invoice open, arrears and a lapse, the four claims with a scholarship due
// this school year, and Jakon projects compliant, late and started without cover.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "core/claims.hpp"
#include "core/ledger.hpp"
#include "demo/demo_claims.hpp"
#include "demo/demo_data.hpp"
#include "services/billing_service.hpp"
#include "services/claims_service.hpp"
#include "services/jakon_service.hpp"

namespace lindungi::services {
namespace {

using namespace lindungi::demo;  // the seeding under test (src/demo)

using nlohmann::json;

class DemoAnyDate : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::filesystem::temp_directory_path() / ("lindungi-demo-any-date-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    app_ = App::open((dir_ / "demo.db").string()).release();
    generate_demo(*app_, 1);
    cases_ = add_demo_claims(*app_, 1);
  }
  static void TearDownTestSuite() {
    delete app_;
    app_ = nullptr;
    std::filesystem::remove_all(dir_);
  }
  // The clock's date (LINDUNGI_TODAY in the date matrix), as the demo was made.
  static Date today() { return app_->today(); }

  static inline std::filesystem::path dir_;
  static inline App* app_ = nullptr;
  static inline int cases_ = 0;
};

void ledger_is_paid_and_this_months_invoice_open(App* app_, Date (*today)()) {
  BillingService billing(*app_);
  const YearMonth current = YearMonth::of(today());
  const auto last_year = billing.invoices(Actor::system(), "apbd_kota", today().year - 1);
  ASSERT_EQ(last_year.size(), 12u) << "one invoice per month of last year";
  for (const auto& inv : last_year) EXPECT_EQ(inv.status, "lunas") << inv.dari;
  const auto this_year = billing.invoices(Actor::system(), "apbd_kota", today().year);
  ASSERT_EQ(this_year.size(), static_cast<std::size_t>(current.month)) << "January up to this month";
  for (const auto& inv : this_year) {
    if (inv.dari == current.iso())
      EXPECT_EQ(inv.status, "terbit") << "this month's invoice is open";
    else
      EXPECT_EQ(inv.status, "lunas") << inv.dari;
  }
}

void some_rt_funds_in_arrears_and_one_lapsed(App* app_, Date (*today)()) {
  BillingService billing(*app_);
  std::set<std::string> behind, lapsed;
  for (const int year : {today().year - 1, today().year}) {
    const auto r = billing.arrears(Actor::system(), "", "", year);
    for (const auto& item : r.items) {
      EXPECT_EQ(item.bulan.substr(0, 4), std::to_string(year));
      // After its due date this month is in arrears for every funder: the stories are before it.
      if (item.bulan == YearMonth::of(today()).iso()) continue;
      (item.state == MonthState::lapsed ? lapsed : behind).insert(item.sumber_dana);
    }
  }
  // Three RT funds are two months behind and one has lapsed (five unpaid months, whichever years
  // they fall in); nobody else owes anything before this month.
  EXPECT_GE(behind.size(), 3u);
  EXPECT_EQ(lapsed.size(), 1u);
  for (const auto& f : behind) EXPECT_EQ(f.rfind("dana_kampung_bahagia:", 0), 0u) << f;
}

void four_claims_and_a_scholarship_due(App* app_, Date (*today)(), int cases_) {
  ASSERT_EQ(cases_, 4);
  ClaimsService claims(*app_);
  const json listed = claims.list(Actor::system(), "", "");
  std::map<std::string, json> by_status;
  for (const auto& item : listed["items"])
    by_status[item["status"].get<std::string>()] = claims.get(Actor::system(), item["id"].get<std::int64_t>());
  ASSERT_EQ(by_status.size(), 4u) << "dibayar, diajukan, draf, disetujui";
  const Date first_of_month = YearMonth::of(today()).first_day();
  for (const auto& [status, c] : by_status) {
    const Date event = *parse_iso_date(c["kejadian"]["tanggal"].get<std::string>());
    EXPECT_LT(event, first_of_month) << status << ": an event in a paid month";
    EXPECT_GE(event, today().add_days(-100)) << status;
    EXPECT_EQ(c["pertanggungan"]["keputusan"], "terlindungi") << status;
  }
  const json& paid = by_status.at("dibayar");
  ASSERT_FALSE(paid["beasiswa_anak"].empty());
  EXPECT_FALSE(paid["beasiswa_anak"][0]["tahun"][0]["dibayar_pada"].get<std::string>().empty());
  const auto due = claims.scholarships_due(Actor::system(), school_year_of(today()), "");
  EXPECT_GE(due.size(), 1u) << "a brother or sister is due this school year";
}

void jakon_compliant_late_and_uncovered(App* app_) {
  const auto report = JakonService(*app_).compliance(Actor::system(), "");
  EXPECT_EQ(report.total.proyek, 36);
  EXPECT_GT(report.total.patuh, 0);
  EXPECT_GT(report.total.terlambat, 0);
  EXPECT_GT(report.total.mulai_tanpa_perlindungan, 0);
}

// One demo for every story: a test process per story would make the demo four times.
TEST_F(DemoAnyDate, TellsEveryStory) {
  SCOPED_TRACE("hari ini " + today().iso());
  {
    SCOPED_TRACE("ledger");
    ledger_is_paid_and_this_months_invoice_open(app_, &DemoAnyDate::today);
  }
  {
    SCOPED_TRACE("arrears");
    some_rt_funds_in_arrears_and_one_lapsed(app_, &DemoAnyDate::today);
  }
  {
    SCOPED_TRACE("claims");
    four_claims_and_a_scholarship_due(app_, &DemoAnyDate::today, cases_);
  }
  {
    SCOPED_TRACE("jakon");
    jakon_compliant_late_and_uncovered(app_);
  }
}

}  // namespace
}  // namespace lindungi::services
