#include "services/dedup_service.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/errors.hpp"
#include "core/verification.hpp"
#include "formats/record_json.hpp"
#include "services/worker_changes.hpp"
#include "store/audit_store.hpp"
#include "store/intake_store.hpp"
#include "store/page.hpp"
#include "store/refusals.hpp"
#include "store/registry_store.hpp"

namespace lindungi::services {

PersonKey person_key(const Worker& w) {
  return {w.id, w.nik, normalize_person_name(w.nama), w.tanggal_lahir, w.jenis_kelamin, w.kode_kelurahan, w.rt};
}

PersonKey person_key(const store::PersonRecord& p) {
  return {p.id, p.nik, normalize_person_name(p.nama), p.tanggal_lahir, p.jenis_kelamin, p.kode_kelurahan, p.rt};
}

template <typename Read>
const std::vector<store::PersonStub>& BlockCache::get(std::string key, const Read& read) {
  auto it = blocks_.find(key);
  if (it != blocks_.end()) return it->second;
  if (entries_ > max_) {
    blocks_.clear();
    entries_ = 0;
  }
  auto stubs = read();
  entries_ += stubs.size() + 1;
  return blocks_.emplace(std::move(key), std::move(stubs)).first->second;
}

const std::vector<store::PersonStub>& BlockCache::born_on(store::Session& s, const Date& date, std::int64_t max_id) {
  return get("d" + std::to_string(date.serial()) + ":" + std::to_string(max_id),
             [&] { return s.intake().born_on(date, max_id); });
}

const std::vector<store::PersonStub>& BlockCache::with_nik_prefix(store::Session& s, std::string_view prefix,
                                                                  std::int64_t max_id) {
  return get("n" + std::string{prefix} + ":" + std::to_string(max_id),
             [&] { return s.intake().with_nik_prefix(prefix, max_id); });
}

void BlockCache::prefetch(store::Session& s, const std::vector<Date>& dates, const std::vector<std::string>& prefixes,
                          std::int64_t max_id) {
  const std::string suffix = ":" + std::to_string(max_id);
  std::vector<std::string> want_dates, want_prefixes;
  std::unordered_map<std::string, std::string> date_keys;  // ISO date -> cache key
  for (const Date& d : dates) {
    std::string key = "d" + std::to_string(d.serial()) + suffix;
    if (!blocks_.count(key) && date_keys.emplace(d.iso(), key).second) want_dates.push_back(d.iso());
  }
  for (const std::string& p : prefixes)
    if (!blocks_.count("n" + p + suffix)) want_prefixes.push_back(p);
  if (want_dates.empty() && want_prefixes.empty()) return;
  if (entries_ > max_) {
    blocks_.clear();
    entries_ = 0;
  }
  // Every block asked for gets an entry, empty ones too: "nobody" is an answer worth keeping.
  for (const auto& [iso, key] : date_keys) blocks_.try_emplace(key);
  for (const auto& p : want_prefixes) blocks_.try_emplace("n" + p + suffix);
  entries_ += date_keys.size() + want_prefixes.size();
  for (auto& [iso, stub] : s.intake().born_on_dates(want_dates, max_id)) {
    blocks_[date_keys.at(iso)].push_back(std::move(stub));
    ++entries_;
  }
  for (auto& [prefix, stub] : s.intake().with_nik_prefixes(want_prefixes, max_id)) {
    blocks_["n" + prefix + suffix].push_back(std::move(stub));
    ++entries_;
  }
}

std::vector<std::pair<store::PersonRecord, DedupMatch>> registry_candidates(store::Session& s, const PersonKey& key,
                                                                            std::int64_t max_id, BlockCache* cache) {
  std::vector<std::pair<store::PersonRecord, DedupMatch>> out;
  std::vector<std::int64_t> seen;
  // The cheap test on index entries first (same kelurahan or a near NIK); only the rows that pass
  // it are read and scored. At a million workers a birth date holds about fifty of them.
  auto consider = [&](const store::PersonStub& stub) {
    if (stub.id == key.id || stub.nik == key.nik) return;
    if (!worth_scoring(key, PersonKey{stub.id, stub.nik, {}, {}, {}, stub.kode_kelurahan, 0})) return;
    if (std::find(seen.begin(), seen.end(), stub.id) != seen.end()) return;
    seen.push_back(stub.id);
    auto p = s.intake().person(stub.id);
    if (!p) return;
    DedupMatch m = score_pair(key, person_key(*p));
    if (m.candidate) out.emplace_back(std::move(*p), std::move(m));
  };
  if (key.tanggal_lahir) {
    if (cache) {
      for (const auto& stub : cache->born_on(s, *key.tanggal_lahir, max_id)) consider(stub);
    } else {
      for (const auto& stub : s.intake().born_on(*key.tanggal_lahir, max_id)) consider(stub);
    }
  }
  if (key.nik.size() == 16) {
    const auto prefix = std::string_view{key.nik}.substr(0, 12);
    if (cache) {
      for (const auto& stub : cache->with_nik_prefix(s, prefix, max_id)) consider(stub);
    } else {
      for (const auto& stub : s.intake().with_nik_prefix(prefix, max_id)) consider(stub);
    }
  }
  return out;
}

bool add_candidate(store::Session& s, std::int64_t a, std::int64_t b, const DedupMatch& match,
                   const std::string& source) {
  store::DuplicateCandidate c;
  c.worker_a = std::min(a, b);
  c.worker_b = std::max(a, b);
  c.score = match.score;
  c.reasons = nlohmann::json(match.reasons).dump();
  c.source = source;
  return s.intake().add_duplicate(c);
}

namespace {

// Stores the decision on a pair still waiting (Conflict when someone decided it meanwhile).
void decide(store::Session& s, const store::DuplicateCandidate& c) {
  try {
    s.intake().decide_duplicate(c);
  } catch (const store::StaleVersion&) {
    throw Conflict("duplikat_sudah_diputuskan", "Pasangan dugaan duplikat ini sudah diputuskan sebelumnya");
  }
}

void require_duplicate_decider(const Actor& actor) {
  if (!actor.can(Permission::verify_workers))
    throw Forbidden("tidak_berwenang", "Peran Anda tidak berwenang memutuskan dugaan duplikat");
}

Worker load(store::Session& s, const Actor& actor, std::int64_t id) {
  auto w = s.registry().worker(id);
  if (!w || !can_access_area(actor, w->kode_rt()))
    throw NotFound("duplikat_tidak_ada", "Dugaan duplikat tidak ditemukan di wilayah Anda");
  return *w;
}

}  // namespace

CandidateView DedupService::view(store::Session& s, const store::DuplicateCandidate& c) {
  CandidateView v;
  v.candidate = c;
  if (auto a = s.registry().worker(c.worker_a)) v.a = std::move(*a);
  if (auto b = s.registry().worker(c.worker_b)) v.b = std::move(*b);
  v.a.ahli_waris.clear();
  v.b.ahli_waris.clear();
  try {
    v.reasons = nlohmann::json::parse(c.reasons).get<std::vector<std::string>>();
  } catch (const nlohmann::json::exception&) {
    v.reasons = {c.reasons};
  }
  return v;
}

store::Page<CandidateView> DedupService::list(const Actor& actor, store::DuplicateQuery q) {
  if (!may_view_duplicates(actor))
    throw Forbidden("tidak_berwenang", "Peran Anda tidak berwenang melihat dugaan duplikat");
  if (q.area.empty())
    q.area = actor.area;
  else if (!level_of_code(q.area))
    throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + q.area + "' tidak valid", "wilayah");
  else if (!can_access_area(actor, q.area))
    throw Forbidden("di_luar_wilayah", "Wilayah " + q.area + " di luar kewenangan Anda", "wilayah");
  if (!q.status.empty() && q.status != "menunggu" && q.status != "digabung" && q.status != "bukan_duplikat")
    throw BadRequest("status_tidak_dikenal",
                     "Status '" + q.status + "' tidak dikenal (menunggu, digabung, bukan_duplikat)", "status");
  store::Page<CandidateView> page;
  app_.store().read([&](store::Session& s) {
    const auto found = s.intake().duplicates(q);
    page.total = found.total;
    for (const auto& c : found.items) page.items.push_back(view(s, c));
  });
  return page;
}

CandidateView DedupService::get(const Actor& actor, std::int64_t id) {
  if (!may_view_duplicates(actor))
    throw Forbidden("tidak_berwenang", "Peran Anda tidak berwenang melihat dugaan duplikat");
  CandidateView v;
  app_.store().read([&](store::Session& s) {
    const auto c = s.intake().duplicate(id);
    if (!c) throw NotFound("duplikat_tidak_ada", "Dugaan duplikat #" + std::to_string(id) + " tidak ditemukan");
    v = view(s, *c);
  });
  if (!can_access_area(actor, v.a.kode_rt()) || !can_access_area(actor, v.b.kode_rt()))
    throw NotFound("duplikat_tidak_ada", "Dugaan duplikat #" + std::to_string(id) + " tidak ditemukan");
  return v;
}

CandidateView DedupService::merge(const Actor& actor, std::int64_t id, std::int64_t keep_id, const std::string& note) {
  require_duplicate_decider(actor);
  CandidateView result;
  app_.store().write([&](store::Session& s) {
    auto c = s.intake().duplicate(id);
    if (!c) throw NotFound("duplikat_tidak_ada", "Dugaan duplikat #" + std::to_string(id) + " tidak ditemukan");
    load(s, actor, c->worker_a);  // both within the actor's area, or the pair is not disclosed
    load(s, actor, c->worker_b);
    if (c->status != "menunggu")
      throw Conflict("duplikat_sudah_diputuskan", "Dugaan duplikat #" + std::to_string(id) + " sudah diputuskan");
    if (keep_id != c->worker_a && keep_id != c->worker_b)
      throw BadRequest("pekerja_tetap_tidak_valid",
                       "Pekerja yang dipertahankan harus salah satu dari pasangan (" + std::to_string(c->worker_a) +
                           " atau " + std::to_string(c->worker_b) + ")",
                       "pertahankan");
    Worker keep = load(s, actor, keep_id);
    Worker gone = load(s, actor, keep_id == c->worker_a ? c->worker_b : c->worker_a);
    if (!may_be_merged_away(gone.status))
      throw Conflict("tidak_dapat_digabung", "Data " + gone.nama + " sudah berstatus '" +
                                                 std::string{label_of(worker_statuses(), gone.status)} +
                                                 "'; pertahankan data ini dan gabungkan yang lain ke dalamnya");

    // What the kept record lacks is carried over: nothing known about the person is lost.
    const Worker before_keep = keep;
    if (keep.no_hp.empty()) keep.no_hp = gone.no_hp;
    if (keep.alamat.empty()) keep.alamat = gone.alamat;
    for (const Heir& h : gone.ahli_waris) {
      bool known = false;
      for (const Heir& k : keep.ahli_waris) known = known || (k.nama == h.nama && k.hubungan == h.hubungan);
      if (!known) keep.ahli_waris.push_back({0, h.nama, h.hubungan, h.nik == keep.nik ? "" : h.nik, h.tanggal_lahir});
    }
    const auto keep_changes = formats::worker_changes(&before_keep, keep);
    if (!keep_changes.empty()) {
      save_worker(s, keep);
      s.audit().append(
          {0, "", actor.username, "gabung_terima", "pekerja", std::to_string(keep.id), keep_changes.dump()});
    }

    const Worker before_gone = gone;
    gone.status = "ditolak";
    gone.alasan = "Digabung ke pekerja #" + std::to_string(keep.id) + " (" + keep.nama + ", NIK " + mask_nik(keep.nik) +
                  "): orang yang sama, dugaan duplikat #" + std::to_string(id) + (note.empty() ? "" : ". " + note);
    save_worker(s, gone);
    auto gone_changes = formats::worker_changes(&before_gone, gone);
    gone_changes["digabung_ke"] = nlohmann::json::array({nullptr, keep.id});
    s.audit().append({0, "", actor.username, "gabung", "pekerja", std::to_string(gone.id), gone_changes.dump()});
    store::VerificationRecord decision{0, gone.id, "ditolak", gone.alasan, actor.username, ""};
    s.intake().add_verification(decision);

    c->status = "digabung";
    c->decided_by = actor.username;
    c->note = note;
    c->kept = keep.id;
    decide(s, *c);
    s.audit().append({0, "", actor.username, "gabung", "duplikat", std::to_string(id),
                      nlohmann::json{{"status", {"menunggu", "digabung"}},
                                     {"pekerja_tetap", {nullptr, keep.id}},
                                     {"pekerja_digabung", {nullptr, gone.id}}}
                          .dump()});
    result = view(s, *s.intake().duplicate(id));
  });
  return result;
}

CandidateView DedupService::dismiss(const Actor& actor, std::int64_t id, const std::string& note) {
  require_duplicate_decider(actor);
  CandidateView result;
  app_.store().write([&](store::Session& s) {
    auto c = s.intake().duplicate(id);
    if (!c) throw NotFound("duplikat_tidak_ada", "Dugaan duplikat #" + std::to_string(id) + " tidak ditemukan");
    load(s, actor, c->worker_a);
    load(s, actor, c->worker_b);
    if (c->status != "menunggu")
      throw Conflict("duplikat_sudah_diputuskan", "Dugaan duplikat #" + std::to_string(id) + " sudah diputuskan");
    c->status = "bukan_duplikat";
    c->decided_by = actor.username;
    c->note = note;
    decide(s, *c);
    s.audit().append({0, "", actor.username, "bukan_duplikat", "duplikat", std::to_string(id),
                      nlohmann::json{{"status", {"menunggu", "bukan_duplikat"}}, {"catatan", {nullptr, note}}}.dump()});
    result = view(s, *s.intake().duplicate(id));
  });
  return result;
}

ScanResult DedupService::scan(const Actor& actor, const std::string& area_in) {
  require_duplicate_decider(actor);
  const std::string area = area_in.empty() ? actor.area : area_in;
  if (!area.empty() && !level_of_code(area))
    throw BadRequest("wilayah_tidak_valid", "Kode wilayah '" + area + "' tidak valid", "wilayah");
  if (!can_access_area(actor, area))
    throw Forbidden("di_luar_wilayah", "Wilayah " + area + " di luar kewenangan Anda", "wilayah");
  ScanResult r;
  app_.store().write([&](store::Session& s) {
    std::vector<PersonKey> group;
    std::vector<std::pair<std::int64_t, std::pair<std::int64_t, DedupMatch>>> found;
    auto flush = [&] {
      for (std::size_t i = 0; i < group.size(); ++i)
        for (std::size_t j = i + 1; j < group.size(); ++j) {
          if (!worth_scoring(group[i], group[j])) continue;
          ++r.compared;
          DedupMatch m = score_pair(group[i], group[j]);
          if (m.candidate) found.push_back({group[i].id, {group[j].id, std::move(m)}});
        }
      group.clear();
    };
    s.intake().for_each_person(area, [&](const store::PersonRecord& p) {
      if (!group.empty() && group.front().tanggal_lahir != p.tanggal_lahir) flush();
      group.push_back(person_key(p));
    });
    flush();
    for (const auto& [a, rest] : found) {
      ++r.found;
      r.added += add_candidate(s, a, rest.first, rest.second, "pindai");
    }
    s.audit().append(
        {0, "", actor.username, "pindai_duplikat", "duplikat", area.empty() ? "semua" : area,
         nlohmann::json{
             {"dibandingkan", {nullptr, r.compared}}, {"ditemukan", {nullptr, r.found}}, {"baru", {nullptr, r.added}}}
             .dump()});
  });
  return r;
}

}  // namespace lindungi::services
