#include "services/programme_rules_service.hpp"

#include <nlohmann/json.hpp>

#include "core/errors.hpp"
#include "core/region.hpp"
#include "formats/record_json.hpp"
#include "store/audit_store.hpp"
#include "store/programme_rules_store.hpp"
#include "store/store.hpp"

namespace lindungi::services {

namespace {

bool may_edit(const Actor& actor, std::string_view kabkota) {
  return actor.can(Permission::manage_programme_rules) && code_within(kabkota, actor.area);
}

nlohmann::json as_json(const ProgrammeRuleSet& r) {
  return {{"usia_min", r.usia_min},
          {"usia_maks", r.usia_maks},
          {"batas_penghasilan", r.batas_penghasilan},
          {"dana_rt", r.dana_rt},
          {"dana_rt_per_tahun", r.dana_rt_per_tahun},
          {"prioritas_dana", r.prioritas_dana},
          {"dasar_hukum", r.dasar_hukum}};
}

}  // namespace

ProgrammeRulesView ProgrammeRulesService::view(const Actor& actor, const std::string& kode, std::optional<Date> on) {
  if (actor.role == Role::publik) throw Unauthorized("belum_masuk", "Silakan masuk terlebih dahulu");
  if (!level_of_code(kode))
    throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + kode + "' tidak valid (mis. 15.71)", "wilayah");
  // An area within the actor's or one above it (an RT head reads his kab/kota's rules); never
  // another area's.
  if (!code_within(kode, actor.area) && !code_within(actor.area, kode))
    throw Forbidden("di_luar_wilayah", "Wilayah " + kode + " di luar wilayah Anda", "wilayah");
  const std::string kab = kabkota_of(kode);
  if (kab.empty())
    throw BadRequest("bukan_kabkota", "Aturan program berlaku per kabupaten/kota: pilih kabupaten/kota, bukan provinsi",
                     "wilayah");
  const Region* region = app_.regions().find(kab);
  if (!region) throw NotFound("wilayah_tidak_ada", "Kabupaten/kota " + kab + " tidak dilayani aplikasi ini", "wilayah");
  ProgrammeRulesView v;
  v.wilayah = kab;
  v.nama_wilayah = region->nama;
  v.tanggal = on.value_or(app_.today());
  v.dapat_diubah = may_edit(actor, kab);
  app_.store().read([&](store::Session& s) {
    v.riwayat = s.programme_rules().rule_sets(kab);
    ProgrammeRuleTable table;
    table.book = &app_.rules();
    for (const auto& r : v.riwayat) table.rows.push_back(r.rules);
    v.berlaku = table.at(kab, v.tanggal);
  });
  return v;
}

store::ProgrammeRuleRecord ProgrammeRulesService::put(const Actor& actor, ProgrammeRuleSet rules) {
  if (!actor.can(Permission::manage_programme_rules))
    throw Forbidden("tidak_berwenang", "Anda tidak berwenang mengubah aturan program");
  rules.bawaan = false;
  std::vector<FieldError> errors = rule_set_problems(rules);
  const Date today = app_.today();
  // A row in force (or past) keeps governing its period: a change takes effect today or later.
  if (rules.berlaku_mulai < today)
    errors.push_back({"berlaku_mulai", "berlaku_di_masa_lalu",
                      "Tanggal berlaku " + rules.berlaku_mulai.id() +
                          " sudah lewat: periode yang lalu tetap diatur aturan lamanya; pilih hari ini (" + today.id() +
                          ") atau sesudahnya"});
  if (!errors.empty()) throw ValidationError(std::move(errors));
  if (!may_edit(actor, rules.wilayah))
    throw Forbidden("di_luar_wilayah", "Aturan program " + rules.wilayah + " di luar kewenangan Anda", "wilayah");
  if (!app_.regions().find(rules.wilayah))
    throw NotFound("wilayah_tidak_ada", "Kabupaten/kota " + rules.wilayah + " tidak dilayani aplikasi ini", "wilayah");
  store::ProgrammeRuleRecord record{rules, actor.username, ""};
  app_.store().write([&](store::Session& s) {
    const auto before = s.programme_rules().rule_set(rules.wilayah, rules.berlaku_mulai);
    s.programme_rules().put_rule_set(record);
    // Old and new value of every field, as every write's audit entry.
    nlohmann::json changes = nlohmann::json::object();
    const nlohmann::json now = as_json(rules);
    const nlohmann::json was = before ? as_json(before->rules) : nlohmann::json::object();
    for (const auto& [field, value] : now.items()) {
      const nlohmann::json old = was.contains(field) ? was[field] : nlohmann::json(nullptr);
      if (old != value) changes[field] = {old, value};
    }
    s.audit().append({0, "", actor.username, before ? "ubah" : "buat", "aturan_program",
                      rules.wilayah + "/" + rules.berlaku_mulai.iso(), formats::json_text(changes)});
  });
  return record;
}

}  // namespace lindungi::services
