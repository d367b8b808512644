#include "demo/demo_data.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <span>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "core/dedup.hpp"
#include "core/errors.hpp"
#include "core/rules.hpp"
#include "core/worker.hpp"
#include "demo/demo_billing.hpp"
#include "demo/demo_claims.hpp"  // the deaths its stories record
#include "demo/demo_names.hpp"
#include "demo/jakon_demo.hpp"  // Jakon (issue 9)
#include "services/dedup_service.hpp"
#include "services/worker_changes.hpp"
#include "store/audit_store.hpp"
#include "store/calendar_store.hpp"  // holidays (issue 15)
#include "store/intake_store.hpp"    // the merged duplicate pairs
#include "store/programme_rules_store.hpp"
#include "store/registry_store.hpp"

namespace lindungi::demo {

namespace {

// DESIGN.md §7 and RULES.md §3: the figures of the news reports.
constexpr int kRtTotal = 1'650;
constexpr std::int64_t kPotensiTotal = 228'000;
constexpr std::int64_t kPesertaLainTotal = 100'320;  // 44% of the potential
constexpr int kPekerjaRentan = 15'000;
// Seed 001: "Dari total 15.000 pekerja rentan yang terdata di Kota Jambi, saat ini baru 3.000 yang
// berhasil diverifikasi dan diberikan perlindungan": the vulnerable workers active at BPJS today,
// whoever pays (the city's launch cohort, the province's, the RT-funded pilot).
constexpr int kProtected = 3'000;
constexpr int kLaunchCohort = 3'000;         // verified and put forward by the city at the 22 May 2025 launch
constexpr int kProvinceCohort = 500;         // Pro Jambi Tangguh
constexpr int kPilotRts = 67;                // Kampung Bahagia pilot, 1 Aug 2025
constexpr int kPilotMin = 4, kPilotMax = 8;  // RT-funded workers per pilot RT (about 400 in all)
constexpr int kPetugasKeagamaan = 1'316;
constexpr int kDuplicates = 45;                        // the same person recorded twice under another NIK
constexpr double kRejected = 0.035, kVerified = 0.21;  // of the workers still in verification

// Who does the work: its weight in the mix, the share of men, typical ages and declared income
// (thousands of Rupiah a month).
struct Occupation {
  std::string_view code;
  double weight;
  double male;
  int min_age, max_age;
  int min_income_k, max_income_k;
};

constexpr Occupation kRentan[] = {
    {"ojek_online", 14, 0.90, 19, 52, 1500, 4500},  {"ojek_pangkalan", 8, 0.97, 25, 64, 1000, 3000},
    {"becak", 3, 0.98, 35, 64, 500, 1800},          {"buruh_harian", 20, 0.72, 18, 60, 1000, 3000},
    {"tukang_parkir", 7, 0.90, 18, 64, 800, 2500},  {"pedagang_umkm", 22, 0.40, 20, 64, 800, 5500},
    {"sopir_angkot", 3, 0.99, 25, 64, 1500, 3500},  {"tukang_bangunan", 9, 0.98, 20, 60, 1800, 4500},
    {"nelayan", 2, 0.95, 20, 64, 800, 3000},        {"petani", 2.5, 0.65, 25, 64, 500, 2500},
    {"kusir_delman", 0.3, 1.00, 30, 64, 800, 2000}, {"seniman_budayawan", 1, 0.70, 22, 64, 500, 3500},
    {"lainnya", 6.7, 0.50, 18, 64, 500, 4000},
};
// Pro Jambi Tangguh covers drivers, ojek, becak, delman and artists only (RULES.md §3).
constexpr Occupation kProvince[] = {
    {"ojek_online", 35, 0.92, 19, 52, 1500, 4500},  {"ojek_pangkalan", 22, 0.97, 25, 64, 1000, 3000},
    {"sopir_angkot", 20, 0.99, 25, 64, 1500, 3500}, {"becak", 12, 0.98, 35, 64, 500, 1800},
    {"kusir_delman", 3, 1.00, 30, 64, 800, 2000},   {"seniman_budayawan", 8, 0.70, 22, 64, 500, 3500},
};
constexpr Occupation kKeagamaan[] = {
    {"guru_madrasah_takmiliyah", 44, 0.40, 22, 60, 500, 2500},
    {"pemandi_jenazah", 34, 0.50, 30, 64, 500, 2000},
    {"petugas_syara", 22, 0.97, 30, 64, 500, 2000},
};
constexpr Occupation kKetuaRt = {"ketua_rt", 1, 0.85, 28, 64, 1500, 5500};

struct Reason {
  std::string_view text;
  double weight;
};
constexpr Reason kRejections[] = {
    {"Penghasilan di atas Rp6 juta per bulan (hasil verifikasi lapangan)", 30},
    {"Sudah terdaftar sebagai peserta BPJS Ketenagakerjaan melalui pemberi kerja (penerima upah)", 25},
    {"Data KTP tidak sesuai dengan data kependudukan Dukcapil", 15},
    {"Berstatus ASN/PPPK, bukan sasaran program pekerja rentan", 10},
    {"Tidak lagi berdomisili di RT ini (pindah ke Kabupaten Muaro Jambi)", 10},
    {"Sudah menerima bantuan iuran dari Pemprov Jambi (Pro Jambi Tangguh)", 10},
};
// BPJS's answers to a registration it refused (the rest of the launch cohort's story).
constexpr std::string_view kBpjsRejections[] = {
    "NIK tidak ditemukan pada data kependudukan saat pendaftaran BPJS",
    "Sudah terdaftar sebagai peserta penerima upah melalui pemberi kerja",
    "Nama tidak sesuai dengan data KTP elektronik",
};
constexpr std::string_view kVerifiedNotes[] = {"Data sesuai KTP dan KK, memenuhi syarat",
                                               "Memenuhi syarat setelah kunjungan lapangan",
                                               "Sesuai hasil musyawarah RT, memenuhi syarat", ""};

constexpr std::string_view kPhonePrefixes[] = {"0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0851",
                                               "0857", "0856", "0858", "0877", "0878", "0817", "0818", "0819", "0859",
                                               "0895", "0896", "0897", "0898", "0831", "0838", "0881", "0882", "0887"};

// Kota Jambi kecamatan by size (Alam Barajo the largest, Pasar Jambi the smallest; README §4),
// used to spread RTs and people. Codes of other deployments weigh 1.
double kecamatan_factor(std::string_view kode) {
  static const std::map<std::string_view, double> kFactors = {{"15.71.01", 1.0},  {"15.71.02", 1.1}, {"15.71.03", 1.0},
                                                              {"15.71.04", 0.55}, {"15.71.05", 0.6}, {"15.71.06", 0.55},
                                                              {"15.71.07", 1.25}, {"15.71.08", 1.0}, {"15.71.09", 1.45},
                                                              {"15.71.10", 0.9},  {"15.71.11", 1.3}};
  const auto it = kFactors.find(kode);
  return it == kFactors.end() ? 1.0 : it->second;
}

// Kecamatan created after most adults got their NIK: such people keep the old kecamatan's code
// (shared/data/README.md §6: Alam Barajo from Kota Baru, Danau Sipin from Telanaipura).
std::string_view nik_kecamatan_before_split(std::string_view kode) {
  if (kode == "15.71.09") return "15.71.07";
  if (kode == "15.71.10") return "15.71.01";
  return kode;
}

std::string digits_of(std::string_view kode) {
  std::string out;
  for (char c : kode)
    if (c != '.') out.push_back(c);
  return out;
}

std::string two_digits(int n) {
  char buf[4];
  std::snprintf(buf, sizeof buf, "%02d", n % 100);
  return buf;
}

struct Person {
  PersonName name;
  Sex sex = Sex::L;
  Date birth;
  int age = 0;
  std::string nik;
};

struct Rt {
  const Region* kelurahan = nullptr;
  std::string kecamatan;
  int nomor = 0;
  std::string kode;
  std::string street, alley;
  Person ketua;
  std::int64_t potensi = 0, peserta_lain = 0;
  int workers = 0;  // placed so far
};

class Generator {
 public:
  Generator(const RegionTree& regions, const Date& today, std::uint64_t seed)
      : regions_(regions), today_(today), rng_(seed) {
    // Kota Jambi's own rules (issue 22 item 4), which the demo writes beside its workers.
    try {
      programme_ =
          ProgrammeRuleTable{demo_rule_sets("15.71", today), &RuleBook::standard()}.at("15.71", today).programme();
    } catch (const NotFound&) {
      // A date before the rule book: the defaults of ProgrammeRule.
    }
    max_age_ = std::min(64, programme_.max_age);
    min_age_ = std::max(18, programme_.min_age);
    for (const Region* kec : regions.at_level(RegionLevel::kecamatan)) kecamatan_.push_back(kec->kode);
  }

  void build() {
    make_rts();
    spread_potential();
    make_workers();
  }

  std::vector<Rt> rts;
  std::vector<Worker> workers;
  // The duplicates the kelurahan caught: (the original's NIK, the copy's NIK), merged.
  std::vector<std::pair<std::string, std::string>> merged;

 private:
  // ---- RTs and the potential workforce ----------------------------------------------------

  void make_rts() {
    const auto kelurahan = regions_.at_level(RegionLevel::kelurahan);
    if (kelurahan.empty())
      throw BadRequest("wilayah_kosong", "Belum ada data kelurahan; muat data wilayah sebelum data demo");
    const int n = static_cast<int>(kelurahan.size());
    const int lo = std::min(15, kRtTotal / n), hi = std::max(40, (kRtTotal + n - 1) / n);
    std::vector<double> size(kelurahan.size());
    for (std::size_t i = 0; i < kelurahan.size(); ++i)
      size[i] = kecamatan_factor(parent_code(kelurahan[i]->kode)) * (0.7 + 0.6 * rng_.unit());
    std::vector<int> count(kelurahan.size(), lo);
    for (int total = lo * n; total < kRtTotal; ++total) {
      std::vector<double> w(size);
      for (std::size_t i = 0; i < w.size(); ++i)
        if (count[i] >= hi) w[i] = 0;
      ++count[rng_.weighted(w)];
    }
    for (std::size_t i = 0; i < kelurahan.size(); ++i) {
      // A kelurahan is laid out along a few roads, each RT on one of them, often down an alley.
      std::vector<std::string> roads;
      for (int r = rng_.between(3, 6); r > 0; --r) roads.emplace_back(demo::street(rng_));
      for (int nomor = 1; nomor <= count[i]; ++nomor) {
        Rt rt;
        rt.kelurahan = kelurahan[i];
        rt.kecamatan = parent_code(kelurahan[i]->kode);
        rt.nomor = nomor;
        rt.kode = rt_code(kelurahan[i]->kode, nomor);
        rt.street = roads[rng_.below(roads.size())];
        if (rng_.chance(0.7)) rt.alley = demo::alley(rng_);
        rt.ketua = make_person(kKetuaRt, NameStyle::ketua_rt, rt);
        rts.push_back(std::move(rt));
      }
    }
  }

  void spread_potential() {
    // Potential per RT proportional to a random size, rounded by largest remainder to the total.
    std::vector<double> weight(rts.size());
    double sum = 0;
    for (std::size_t i = 0; i < rts.size(); ++i) sum += weight[i] = 0.55 + 0.9 * rng_.unit();
    std::vector<std::pair<double, std::size_t>> remainder;
    std::int64_t given = 0;
    for (std::size_t i = 0; i < rts.size(); ++i) {
      const double exact = static_cast<double>(kPotensiTotal) * weight[i] / sum;
      rts[i].potensi = static_cast<std::int64_t>(exact);
      given += rts[i].potensi;
      remainder.emplace_back(exact - static_cast<double>(rts[i].potensi), i);
    }
    std::stable_sort(remainder.begin(), remainder.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t k = 0; given < kPotensiTotal; ++k, ++given) ++rts[remainder[k % remainder.size()].second].potensi;

    // Members covered by other BPJS routes: 32-56% per RT, adjusted one by one to the total.
    std::int64_t lain = 0;
    for (Rt& rt : rts) {
      const double share = 0.44 + 0.12 * (rng_.unit() + rng_.unit() - 1.0);
      rt.peserta_lain = static_cast<std::int64_t>(static_cast<double>(rt.potensi) * share + 0.5);
      lain += rt.peserta_lain;
    }
    std::int64_t diff = kPesertaLainTotal - lain;
    while (diff != 0) {
      Rt& rt = rts[rng_.below(rts.size())];
      if (diff > 0 && rt.peserta_lain < rt.potensi * 3 / 5)
        ++rt.peserta_lain, --diff;
      else if (diff < 0 && rt.peserta_lain > rt.potensi / 4)
        --rt.peserta_lain, ++diff;
    }
  }

  // An RT drawn in proportion to its uncovered workforce, with room for one more worker.
  Rt& random_rt() {
    if (cumulative_.empty()) {
      double total = 0;
      for (const Rt& rt : rts) cumulative_.push_back(total += static_cast<double>(rt.potensi - rt.peserta_lain));
    }
    for (;;) {
      const double x = rng_.unit() * cumulative_.back();
      const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), x);
      Rt& rt = rts[std::min<std::size_t>(static_cast<std::size_t>(it - cumulative_.begin()), rts.size() - 1)];
      if (rt.workers < rt.potensi - rt.peserta_lain) return rt;
    }
  }

  // ---- people ------------------------------------------------------------------------------

  Date birth_for_age(int age) {
    const Date latest = today_.add_months(-12 * age);
    const Date earliest = today_.add_months(-12 * (age + 1)).add_days(1);
    return Date::from_serial(earliest.serial() + static_cast<std::int64_t>(rng_.below(static_cast<std::uint64_t>(
                                                     latest.serial() - earliest.serial() + 1))));
  }

  // Most people are between the ends of an occupation's typical ages.
  int draw_age(int lo, int hi) {
    lo = std::clamp(lo, min_age_, max_age_);
    hi = std::clamp(hi, lo, max_age_);
    const double t = (rng_.unit() + rng_.unit()) / 2;
    return lo + static_cast<int>(t * (hi - lo) + 0.5);
  }

  // A NIK for someone living in kecamatan `home`: usually issued in Kota Jambi (mostly in the
  // home kecamatan), sometimes elsewhere in Jambi or in the province the family came from;
  // `local` (children born here) always in Kota Jambi.
  std::string make_nik(const Date& birth, Sex sex, std::string_view home, Origin origin, bool local = false) {
    std::string prefix;
    const double p = local ? rng_.unit() * 0.88 : rng_.unit();
    if (p < 0.88 || kecamatan_.empty()) {
      std::string kec{home};
      if (p > 0.66 && !kecamatan_.empty()) kec = kecamatan_[rng_.below(kecamatan_.size())];
      if (birth.year < 1997) kec = nik_kecamatan_before_split(kec);
      prefix = digits_of(kec);
    } else {
      const demo::NikArea area = p < 0.94 ? demo::jambi_kabupaten(rng_) : demo::outside_province(rng_, origin);
      prefix = std::string{area.code4} + two_digits(rng_.between(1, area.kecamatan));
    }
    return with_serial(prefix + two_digits(birth.day + (sex == Sex::P ? 40 : 0)) + two_digits(birth.month) +
                       two_digits(birth.year % 100));
  }

  // `body` (the first 12 digits) with the lowest free serial from a random start.
  std::string with_serial(const std::string& body) {
    int serial = rng_.between(1, 30);
    for (;;) {
      // Room for any int: serial stays within 1..9999, but g++ -O3 cannot always prove it and
      // -Wformat-truncation then fails the build (it did once the file was part of a unity batch).
      char buf[12];
      std::snprintf(buf, sizeof buf, "%04d", serial);
      std::string nik = body + buf;
      if (niks_.insert(nik).second) return nik;
      serial = serial % 9999 + 1;
    }
  }

  Person make_person(const Occupation& occ, NameStyle style, const Rt& rt) {
    Person p;
    p.sex = rng_.chance(occ.male) ? Sex::L : Sex::P;
    p.age = draw_age(occ.min_age, occ.max_age);
    p.birth = birth_for_age(p.age);
    p.name = demo::person_name(rng_, p.sex, p.age, style);
    p.nik = make_nik(p.birth, p.sex, rt.kecamatan, p.name.origin);
    return p;
  }

  std::string make_phone() {
    std::string phone{kPhonePrefixes[rng_.below(std::size(kPhonePrefixes))]};
    static constexpr std::array<double, 4> kLengths = {8, 22, 50, 20};  // 10, 11, 12, 13 digits
    const std::size_t length = 10 + rng_.weighted(kLengths);
    while (phone.size() < length) phone.push_back(static_cast<char>('0' + rng_.below(10)));
    return "+62" + phone.substr(1);  // stored as the form stores it (issue 20 item 5)
  }

  std::string make_kpj() {
    for (;;) {
      std::string kpj = rng_.chance(0.8) ? "25" : "24";
      while (kpj.size() < 11) kpj.push_back(static_cast<char>('0' + rng_.below(10)));
      if (kpjs_.insert(kpj).second) return kpj;
    }
  }

  Rupiah make_income(const Occupation& occ) {
    // Skewed towards the low end; declared as round figures.
    const double u = rng_.unit();
    const double k = occ.min_income_k + (occ.max_income_k - occ.min_income_k) * u * u;
    const int step = rng_.chance(0.8) ? 50 : 10;
    const Rupiah income = static_cast<Rupiah>(static_cast<int>(k / step + 0.5) * step) * 1000;
    return std::clamp<Rupiah>(income, 500'000, std::min<Rupiah>(5'500'000, programme_.income_ceiling));
  }

  std::vector<Heir> make_heirs(const Person& p, const Rt& rt) {
    std::vector<Heir> heirs;
    if (rng_.chance(0.12)) return heirs;  // none named yet
    auto add = [&](std::string relation, Sex sex, int age, const Origin* origin, std::string_view marga,
                   double nik_chance, double date_chance) -> PersonName {
      Heir h;
      PersonName name = demo::person_name(rng_, sex, age, NameStyle::biasa, origin, marga);
      h.nama = name.nama;
      h.hubungan = std::move(relation);
      const Date birth = birth_for_age(age);
      if (rng_.chance(date_chance)) h.tanggal_lahir = birth;
      if (rng_.chance(nik_chance)) h.nik = make_nik(birth, sex, rt.kecamatan, name.origin, h.hubungan == "anak");
      heirs.push_back(std::move(h));
      return name;
    };

    const double married = p.age < 23 ? 0.25 : p.age < 30 ? 0.6 : 0.85;
    Origin child_origin = p.name.origin;
    std::string marga = p.sex == Sex::L ? p.name.marga : "";
    if (rng_.chance(married)) {
      const Origin* same = rng_.chance(0.7) ? &p.name.origin : nullptr;
      const int gap = rng_.between(-2, 8);
      const int age = std::clamp(p.sex == Sex::L ? p.age - gap : p.age + gap, 18, 80);
      const PersonName spouse =
          add(p.sex == Sex::L ? "istri" : "suami", p.sex == Sex::L ? Sex::P : Sex::L, age, same, {}, 0.85, 0.9);
      if (p.sex == Sex::P) child_origin = spouse.origin, marga = spouse.marga;
    } else if (p.age < 50) {
      const int age = p.age + rng_.between(18, 38);
      if (age <= 95) add("ibu", Sex::P, age, &p.name.origin, {}, 0.5, 0.5);
    }
    if (p.age >= 21) {
      for (int n = rng_.between(heirs.empty() ? 1 : 0, 2); n > 0 && heirs.size() < 3; --n) {
        const int at_birth = rng_.between(20, std::min(p.age, p.sex == Sex::P ? 42 : 45));
        const Sex sex = rng_.chance(0.5) ? Sex::L : Sex::P;
        add("anak", sex, p.age - at_birth, &child_origin, marga, 0.6, 1.0);
      }
    }
    return heirs;
  }

  Worker make_worker(const Person& p, Rt& rt, std::string_view kategori, std::string_view pekerjaan, Rupiah income) {
    Worker w;
    w.nik = p.nik;
    w.nama = p.name.nama;
    w.tanggal_lahir = p.birth;
    w.jenis_kelamin = p.sex;
    w.kode_kelurahan = rt.kelurahan->kode;
    w.rt = rt.nomor;
    w.alamat = rt.street + (rt.alley.empty() ? "" : " " + rt.alley) + " No. " + std::to_string(rng_.between(1, 160));
    if (rng_.chance(0.08)) w.alamat.push_back(rng_.chance(0.5) ? 'A' : 'B');
    if (rng_.chance(0.93)) w.no_hp = make_phone();
    w.pekerjaan = std::string{pekerjaan};
    w.penghasilan = income;
    w.kategori = std::string{kategori};
    w.persetujuan = true;
    // Messages (issue 20): every demo worker with a phone said yes on the form (no draw: the
    // demo's other values stay as they were for a seed).
    w.setuju_pesan = !w.no_hp.empty();
    w.ahli_waris = make_heirs(p, rt);
    ++rt.workers;
    return w;
  }

  std::string kelurahan_name(const std::string& kode) const {
    const Region* r = regions_.find(kode);
    return r ? "Kel. " + r->nama : kode;
  }

  void fund(Worker& w, std::string_view sumber_dana) {
    w.status = "aktif";
    w.sumber_dana = std::string{sumber_dana};
    w.kpj = make_kpj();
  }

  // An occupation from `list`, with more fishers and farmers across the Batanghari (Pelayangan,
  // Danau Teluk) and on the city's edge, and more becak around the market.
  const Occupation& pick_occupation(std::span<const Occupation> list, std::string_view kecamatan) {
    std::vector<double> w;
    for (const Occupation& o : list) {
      double x = o.weight;
      const bool seberang = kecamatan == "15.71.05" || kecamatan == "15.71.06";
      if (o.code == "nelayan" && seberang) x *= 6;
      if (o.code == "petani" && (seberang || kecamatan == "15.71.09" || kecamatan == "15.71.11")) x *= 3;
      if (o.code == "becak" && kecamatan == "15.71.04") x *= 3;
      w.push_back(x);
    }
    return list[rng_.weighted(w)];
  }

  Worker rentan(Rt& rt, std::span<const Occupation> list) {
    const Occupation& occ = pick_occupation(list, rt.kecamatan);
    const Person p = make_person(occ, NameStyle::biasa, rt);
    return make_worker(p, rt, "pekerja_rentan", occ.code, make_income(occ));
  }

  void make_workers() {
    // Every RT head is covered in full by the city (DESIGN.md §7).
    for (Rt& rt : rts) {
      Worker w = make_worker(rt.ketua, rt, "ketua_rt", "ketua_rt", make_income(kKetuaRt));
      fund(w, "apbd_kota");
      workers.push_back(std::move(w));
    }
    // The 1,316 religious workers of the 22 May 2025 launch.
    for (int i = 0; i < kPetugasKeagamaan; ++i) {
      Rt& rt = random_rt();
      const Occupation& occ = pick_occupation(kKeagamaan, rt.kecamatan);
      const NameStyle style = occ.code == "petugas_syara"              ? NameStyle::petugas_syara
                              : occ.code == "guru_madrasah_takmiliyah" ? NameStyle::guru_agama
                                                                       : NameStyle::biasa;
      const Person p = make_person(occ, style, rt);
      Worker w = make_worker(p, rt, "petugas_keagamaan", occ.code, make_income(occ));
      fund(w, "apbd_kota");
      workers.push_back(std::move(w));
    }

    // Pekerja rentan: the launch cohort, the province's cohort, the Kampung Bahagia pilot, and
    // the rest somewhere between recording and verification.
    std::vector<Worker> rentan_list;
    for (int i = 0; i < kLaunchCohort; ++i) {
      rentan_list.push_back(rentan(random_rt(), kRentan));
      fund(rentan_list.back(), "apbd_kota");
    }
    for (int i = 0; i < kProvinceCohort; ++i) {
      rentan_list.push_back(rentan(random_rt(), kProvince));
      fund(rentan_list.back(), "apbd_provinsi");
    }
    std::vector<std::size_t> order(rts.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    const std::size_t pilots = std::min<std::size_t>(kPilotRts, order.size());
    for (std::size_t i = 0; i < pilots; ++i) std::swap(order[i], order[i + rng_.below(order.size() - i)]);
    std::sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(pilots));
    for (std::size_t i = 0; i < pilots; ++i) {
      for (int n = rng_.between(kPilotMin, kPilotMax); n > 0; --n) {
        rentan_list.push_back(rentan(rts[order[i]], kRentan));
        fund(rentan_list.back(), "dana_kampung_bahagia");
      }
    }
    settle_launch_cohort(std::span<Worker>(rentan_list).first(kLaunchCohort),
                         static_cast<int>(rentan_list.size()) - kLaunchCohort);
    std::vector<double> reason_weights;
    for (const Reason& r : kRejections) reason_weights.push_back(r.weight);
    const int rest = kPekerjaRentan - static_cast<int>(rentan_list.size()) - kDuplicates;
    for (int i = 0; i < rest; ++i) {
      Worker w = rentan(random_rt(), kRentan);
      const double u = rng_.unit();
      if (u < kRejected) {
        w.status = "ditolak";
        const Reason& reason = kRejections[rng_.weighted(reason_weights)];
        w.alasan = std::string{reason.text};
        if (reason.text.starts_with("Penghasilan"))  // declared low, found higher on the visit
          w.penghasilan = std::max<Rupiah>(w.penghasilan, 4'500'000);
      } else if (u < kRejected + kVerified) {
        w.status = "diverifikasi";
        w.alasan = std::string{kVerifiedNotes[rng_.below(std::size(kVerifiedNotes))]};
      }
      rentan_list.push_back(std::move(w));
    }
    // Records appear in the registry in no particular order of cohort.
    for (std::size_t i = rentan_list.size(); i > 1; --i) std::swap(rentan_list[i - 1], rentan_list[rng_.below(i)]);

    // The same person recorded a second time with a mistyped NIK, caught by the kelurahan.
    const std::size_t originals = rentan_list.size();
    for (int i = 0; i < kDuplicates; ++i) {
      const Worker& original = rentan_list[rng_.below(originals)];
      Worker w = original;
      w.nik = with_serial(original.nik.substr(0, 12));
      w.status = "ditolak";
      w.sumber_dana.clear();
      w.kpj.clear();
      w.alasan = "Duplikat NIK: orang yang sama sudah terdata dengan NIK " + original.nik + " (" + original.nama +
                 ", RT " + std::to_string(original.rt) + " " + kelurahan_name(original.kode_kelurahan) +
                 "); kemungkinan salah ketik NIK";
      w.ahli_waris.clear();
      for (const Heir& h : original.ahli_waris)  // heirs without their NIKs, which stay unique
        w.ahli_waris.push_back({0, h.nama, h.hubungan, "", h.tanggal_lahir});
      merged.emplace_back(original.nik, w.nik);
      rentan_list.push_back(std::move(w));
    }
    for (Worker& w : rentan_list) workers.push_back(std::move(w));
  }

  // Seed 001's 3,000 protected (kProtected) are the launch cohort, the province's and the pilot
  // together, and the claims' deaths (demo_claims) come out of the launch cohort afterwards: so
  // only the first of the launch cohort stay active. The rest (the last drawn, as random as the
  // first) wait: most verified and waiting for the city's budget, some refused by BPJS. Decided by
  // position, not by the generator, whose draws stay as they were (every name and NIK of a seed).
  void settle_launch_cohort(std::span<Worker> launch, int others_active) {
    const int active = std::clamp(kProtected + demo_claim_deaths() - others_active, 0, static_cast<int>(launch.size()));
    const std::size_t waiting = launch.size() - static_cast<std::size_t>(active);
    for (std::size_t i = 0; i < waiting; ++i) {
      Worker& w = launch[static_cast<std::size_t>(active) + i];
      w.kpj.clear();
      if (i % 25 == 12) {  // one in 25: sent with the city as funder and refused by BPJS (nothing billed)
        w.status = "ditolak_bpjs";
        w.alasan = std::string{kBpjsRejections[(i / 25) % std::size(kBpjsRejections)]};
      } else {
        w.status = "diverifikasi";
        w.sumber_dana.clear();
        w.alasan = std::string{kVerifiedNotes[i % std::size(kVerifiedNotes)]};
      }
    }
  }

  const RegionTree& regions_;
  Date today_;
  Rng rng_;
  ProgrammeRule programme_;
  int min_age_ = 18, max_age_ = 64;
  std::vector<std::string> kecamatan_;
  std::set<std::string> niks_, kpjs_;
  std::vector<double> cumulative_;
};

}  // namespace

std::vector<ProgrammeRuleSet> demo_rule_sets(std::string_view kabkota, const Date& today) {
  std::vector<ProgrammeRuleSet> out;
  if (kabkota == "15.71") {
    ProgrammeRuleSet r;
    r.wilayah = "15.71";
    r.berlaku_mulai = Date{2025, 1, 1};
    r.usia_min = 15;
    r.usia_maks = 65;
    r.batas_penghasilan = 6'000'000;
    r.dana_rt = true;
    r.dana_rt_per_tahun = 100'000'000;
    r.prioritas_dana = {"apbd_provinsi", "dana_kampung_bahagia", "apbd_kota", "donatur", "mandiri"};
    r.dasar_hukum =
        "Perwal Kota Jambi 18/2025 (Juklak Kampung Bahagia): batas penghasilan Rp6 juta, dana RT "
        "Rp100 juta per tahun; batas usia BPU perlu konfirmasi BPJS";
    out.push_back(r);
  } else if (kabkota == "15.72") {
    ProgrammeRuleSet r;
    r.wilayah = "15.72";
    r.berlaku_mulai = Date{2025, 1, 1};
    r.usia_min = 18;
    r.usia_maks = 60;
    r.batas_penghasilan = 3'000'000;
    r.dana_rt = false;
    r.dana_rt_per_tahun = 0;
    r.prioritas_dana = {"apbd_kota", "apbd_provinsi", "donatur", "mandiri"};
    r.dasar_hukum = "Data demo: contoh aturan program Kota Sungai Penuh (bukan peraturan sebenarnya)";
    out.push_back(r);
    ProgrammeRuleSet next = r;
    next.berlaku_mulai = Date{std::max(today.year + 1, 2026), 1, 1};
    next.batas_penghasilan = 3'500'000;
    next.dasar_hukum = "Data demo: contoh perubahan aturan Kota Sungai Penuh (batas penghasilan naik)";
    out.push_back(next);
  }
  return out;
}

void check_demo_workers(const std::vector<Worker>& workers, const std::set<std::string>& rt_codes,
                        const RegionTree& regions, const Date& today, const std::vector<ProgrammeRuleSet>& own) {
  ValidationContext ctx;
  ctx.today = today;
  ctx.regions = &regions;
  try {
    ctx.programme = RuleBook::standard().programme_at(today);
  } catch (const NotFound&) {
  }
  // The rules the app will apply to each worker's kab/kota (issue 22 item 4).
  ctx.programme_of = [table = ProgrammeRuleTable{own, &RuleBook::standard()}, &ctx](std::string_view kode) {
    try {
      return table.at(kode, ctx.today).programme();
    } catch (const NotFound&) {
      return ctx.programme;
    }
  };
  ctx.rt_exists = [&rt_codes](std::string_view kode, int nomor) { return rt_codes.contains(rt_code(kode, nomor)); };
  for (const Worker& w : workers) {
    const ValidationResult r = validate_worker(w, ctx);
    if (!r.ok())
      throw std::logic_error("data demo tidak valid: " + w.nik + " " + w.nama + ": " + r.errors.front().message);
  }
}

DemoSummary generate_demo(store::Store& store, const RegionTree& deployment, const Date& today, std::uint64_t seed,
                          const Progress& progress) {
  // Many areas in one deployment (issue 8 item 3): this is Kota Jambi's demo, whatever else the
  // deployment serves (the province's other kab/kota have their own, demo_province.cpp).
  const RegionTree regions = deployment.subtree("15.71");
  Generator gen(regions, today, seed);
  gen.build();

  // Every record must pass the same checks as a form entry (a guard against rule changes).
  std::set<std::string> rt_codes;
  for (const Rt& rt : gen.rts) rt_codes.insert(rt.kode);
  const auto rule_sets = demo_rule_sets("15.71", today);
  check_demo_workers(gen.workers, rt_codes, regions, today, rule_sets);

  DemoSummary summary;
  summary.rts = static_cast<std::int64_t>(gen.rts.size());
  for (const Rt& rt : gen.rts) {
    summary.potensi += rt.potensi;
    summary.peserta_lain += rt.peserta_lain;
  }
  for (const Worker& w : gen.workers) {
    ++summary.workers;
    summary.pekerja_rentan += w.kategori == "pekerja_rentan";
    summary.petugas_keagamaan += w.kategori == "petugas_keagamaan";
    summary.ketua_rt += w.kategori == "ketua_rt";
    summary.aktif += w.status == "aktif";
    summary.heirs += static_cast<std::int64_t>(w.ahli_waris.size());
  }

  // The deployment's holidays (issue 15), for the projects' working-day deadlines.
  std::vector<Holiday> holidays;
  store.read([&](store::Session& s) {
    for (auto& h : s.calendar().holidays(std::nullopt)) holidays.push_back(std::move(h.holiday));
  });
  const WorkCalendar calendar(std::move(holidays));

  store.write([&](store::Session& s) {
    if (s.registry().count_workers() > 0)
      throw Conflict("data_sudah_ada",
                     "Database sudah berisi data pekerja; data demo hanya dapat dimuat ke database kosong");
    // Kota Jambi's programme rules as data (issue 22 item 4), unless the kab/kota has its own.
    if (s.programme_rules().rule_sets("15.71").empty())
      for (const auto& r : rule_sets) {
        store::ProgrammeRuleRecord record{r, "sistem", ""};
        s.programme_rules().put_rule_set(record);
      }
    const std::string stamp = today.iso() + "T00:00:00Z";
    std::uint64_t done = 0;
    for (const Rt& rt : gen.rts) {
      s.registry().put_rt({rt.kode, rt.kelurahan->kode, rt.nomor, rt.ketua.name.nama});
      s.registry().put_potential({rt.kode, rt.potensi, rt.peserta_lain, "Data demo (perkiraan)"}, stamp);
      progress("Menulis RT", ++done, gen.rts.size());
    }
    done = 0;
    for (Worker& w : gen.workers) {
      services::save_new_worker(s, w);
      progress("Menulis pekerja", ++done, gen.workers.size());
    }
    // The duplicates the kelurahan caught, as the review leaves them: a pair scored as the search
    // scores it, decided "merged" with the original kept (the funnel's "data ganda" reason).
    std::map<std::string, const Worker*, std::less<>> by_nik;
    for (const auto& [original, copy] : gen.merged) {
      by_nik.emplace(original, nullptr);
      by_nik.emplace(copy, nullptr);
    }
    for (const Worker& w : gen.workers)
      if (const auto it = by_nik.find(w.nik); it != by_nik.end()) it->second = &w;
    for (const auto& [original, copy] : gen.merged) {
      const Worker& kept = *by_nik.at(original);
      const Worker& gone = *by_nik.at(copy);
      const DedupMatch match = score_pair(services::person_key(kept), services::person_key(gone));
      store::DuplicateCandidate pair;
      pair.worker_a = std::min(kept.id, gone.id);
      pair.worker_b = std::max(kept.id, gone.id);
      pair.score = match.score;
      pair.reasons = nlohmann::json(match.reasons).dump();
      pair.source = "demo";
      if (!s.intake().add_duplicate(pair)) continue;
      pair.status = "digabung";
      pair.decided_by = "sistem";
      pair.decided_at = stamp;
      pair.kept = kept.id;
      s.intake().decide_duplicate(pair);
    }
    progress("Proyek, iuran dan tagihan", 0, 2);
    // Jakon (issue 9): Kampung Bahagia construction projects in every compliance state.
    add_demo_projects(s, RuleBook::standard(), calendar, gen.workers, today, seed);
    progress("Proyek, iuran dan tagihan", 1, 2);
    // Billing (issue 4): the funded cohorts' allocations, invoices and payments, last year and this.
    add_demo_billing(s, RuleBook::standard(), gen.workers, today);
    progress("Proyek, iuran dan tagihan", 2, 2);
    auto field = [](std::string_view name, std::int64_t value) {
      return "\"" + std::string{name} + "\": [null, " + std::to_string(value) + "]";
    };
    s.audit().append({0, "", "sistem", "muat_data_demo", "demo", std::to_string(seed),
                      "{" + field("rt", summary.rts) + ", " + field("pekerja", summary.workers) + ", " +
                          field("pekerja_rentan", summary.pekerja_rentan) + ", " +
                          field("petugas_keagamaan", summary.petugas_keagamaan) + ", " +
                          field("ketua_rt", summary.ketua_rt) + ", " + field("aktif", summary.aktif) + ", " +
                          field("ahli_waris", summary.heirs) + ", " + field("potensi", summary.potensi) + ", " +
                          field("peserta_lain", summary.peserta_lain) + "}"});
  });
  return summary;
}

DemoSummary generate_demo(services::App& app, std::uint64_t seed, const Progress& progress) {
  return generate_demo(app.store(), app.regions(), app.today(), seed, progress);
}

std::int64_t workers_in(services::App& app) {
  std::int64_t workers = 0;
  app.store().read([&](store::Session& s) { workers = s.registry().count_workers(); });
  return workers;
}

}  // namespace lindungi::demo
