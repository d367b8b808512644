#include "services/protection_service.hpp"

#include <sodium.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <vector>

#include "core/bpjs.hpp"
#include "core/errors.hpp"
#include "core/funding.hpp"
#include "core/nik.hpp"
#include "formats/record_json.hpp"
#include "services/card_service.hpp"
#include "store/audit_store.hpp"
#include "store/bpjs_store.hpp"
#include "store/funding_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"

namespace lindungi::services {

namespace {

std::string digits_of(const std::string& typed) {
  std::string out;
  for (char c : typed) {
    if (c == ' ' || c == '.' || c == '-') continue;
    out.push_back(c);
  }
  return out;
}

// The throttle's key for a NIK: a keyed digest, so that the server's memory holds no list of the
// NIKs people asked about (UU 27/2022). The audit key is secret and fixed for the database.
std::string nik_key(const App& app, const std::string& nik) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium tidak dapat dimulai");
  const std::string& key = app.audit_key().key;
  unsigned char out[16];
  crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(nik.data()), nik.size(),
                     key.empty() ? nullptr : reinterpret_cast<const unsigned char*>(key.data()),
                     key.empty() ? 0 : std::min<std::size_t>(key.size(), crypto_generichash_KEYBYTES_MAX));
  char hex[sizeof out * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, out, sizeof out);
  return std::string("n:") + hex;
}

std::string wait_text(std::int64_t wait) {
  return wait < 60 ? std::to_string(wait) + " detik" : std::to_string((wait + 59) / 60) + " menit";
}

}  // namespace

ProtectionAnswer ProtectionService::check(const std::string& typed_nik, const Date& tanggal_lahir,
                                          const std::string& client) {
  const std::string nik = digits_of(typed_nik.substr(0, 64));
  if (nik.size() != 16 || nik.find_first_not_of("0123456789") != std::string::npos)
    throw ValidationError("nik", "nik_tidak_valid", "NIK harus 16 angka, seperti yang tertulis di KTP");

  const std::vector<std::string> keys = {"c:" + client, nik_key(app_, nik)};
  auto audit = [&](const std::string& entitas, const std::string& id, const std::string& hasil,
                   const std::string& wilayah) {
    app_.audit_read({0, "", "publik", "cek_perlindungan", entitas, id,
                     formats::json_text(nlohmann::json{{"hasil", hasil}, {"klien", client}}), "", "", wilayah});
  };
  if (const auto wait = app_.cek_throttle().wait_seconds(keys); wait > 0) {
    audit("pencarian_nik", mask_nik(nik), "dibatasi", "");
    throw TooManyAttempts("terlalu_banyak_percobaan",
                          "Terlalu banyak percobaan yang tidak cocok; coba lagi dalam " + wait_text(wait));
  }

  const Date today = app_.today();
  std::optional<Worker> worker;
  bool matched = false;
  ProtectionFacts facts;
  app_.store().read([&](store::Session& s) {
    worker = s.registry().worker_by_nik(nik);
    matched = worker && worker->tanggal_lahir && *worker->tanggal_lahir == tanggal_lahir;
    if (!matched) return;
    const Worker& w = *worker;
    facts.nama = w.nama;
    facts.status = w.status;
    facts.penghasilan = w.penghasilan;
    facts.months = months_of(s, w.id);
    // The funder paying now, else the one that paid the last allocated month.
    std::string funder = w.sumber_dana;
    if (funder.empty() && !facts.months.empty()) funder = facts.months.back().funder;
    if (!funder.empty())
      if (const auto f = s.funding().funder(funder)) facts.funder = parse_funder_kind(f->jenis);
    std::int64_t newest = 0;
    for (const auto& c : s.bpjs().cards_of_worker(w.id))
      if (c.id > newest) {
        newest = c.id;
        facts.kartu = c.status;
      }
  });
  if (!matched) {
    // A wrong birth date is filed against the worker, so that an auditor sees someone trying
    // their NIK; the caller gets exactly what an unknown NIK gets.
    if (worker)
      audit("pekerja", std::to_string(worker->id), "tanggal_lahir_salah", worker->kode_rt());
    else
      audit("pencarian_nik", mask_nik(nik), "tidak_dikenal", "");
    app_.cek_throttle().failed(keys);
    throw NotFound("data_tidak_cocok", std::string(protection_not_found_message()));
  }
  if (const Region* kel = app_.regions().find(worker->kode_kelurahan)) facts.kelurahan = kel->nama;
  audit("pekerja", std::to_string(worker->id), "cocok", worker->kode_rt());
  app_.cek_throttle().succeeded(keys);
  return protection_check(app_.rules(), facts, today, app_.calendar().get());
}

}  // namespace lindungi::services
