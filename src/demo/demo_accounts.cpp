#include "demo/demo_accounts.hpp"

#include "services/auth_service.hpp"
#include "store/accounts_store.hpp"

namespace lindungi::demo {

int create_demo_accounts(services::App& app) {
  struct Account {
    const char* username;
    const char* nama;
    const char* role;
    const char* area;
    const char* kohort;
  };
  static constexpr Account kAccounts[] = {
      {"admin.kota", "Admin Dinas PMPPPA Kota Jambi", "admin_kota", "15.71", ""},
      {"operator.kecamatan", "Operator Kecamatan Telanaipura", "operator_kecamatan", "15.71.01", ""},
      {"operator.kelurahan", "Operator Kelurahan Simpang IV Sipin", "operator_kelurahan", "15.71.01.1001", ""},
      {"ketua.rt", "Ketua RT 001 Simpang IV Sipin", "ketua_rt", "15.71.01.1001.001", ""},
      {"petugas.bpjs", "Petugas BPJS Ketenagakerjaan Cabang Jambi", "petugas_bpjs", "15.71", ""},
      {"pemprov", "Operator Pro Jambi Tangguh", "pemprov", "15", "apbd_provinsi"},
      {"auditor", "Auditor Inspektorat Kota Jambi", "auditor", "15.71", ""},
      // Many areas in one deployment (issue 8 item 3): the second kab/kota's manager.
      {"admin.sungaipenuh", "Admin Kota Sungai Penuh", "admin_kota", "15.72", ""},
  };
  services::AuthService auth(app);
  int created = 0;
  for (const auto& a : kAccounts) {
    bool exists = false;
    app.store().read([&](store::Session& s) { exists = s.accounts().user_by_username(a.username).has_value(); });
    if (exists) continue;
    // Flagged demo: they log in with the published password alone (no second factor), and a
    // production server refuses to start while they are active.
    auth.create_user(Actor::system("demo"), {a.username, a.nama, a.role, a.area, a.kohort, kDemoPassword, true});
    ++created;
  }
  return created;
}

}  // namespace lindungi::demo
