#include "core/claims.hpp"

#include <algorithm>

#include "core/errors.hpp"

namespace lindungi {

namespace {
struct KindName {
  ClaimKind kind;
  std::string_view name;
};
constexpr KindName kKinds[] = {
    {ClaimKind::jkm, "jkm"},
    {ClaimKind::jkk_death, "jkk-death"},
    {ClaimKind::jkk_total, "jkk-disability"},
    {ClaimKind::jkk_partial, "jkk-partial"},
    {ClaimKind::jkk_stmb, "stmb"},
    {ClaimKind::jkk_care, "jkk-care"},
};
}  // namespace

std::string_view to_string(ClaimKind kind) {
  for (const auto& k : kKinds)
    if (k.kind == kind) return k.name;
  return "";
}

std::optional<ClaimKind> parse_claim_kind(std::string_view text) {
  for (const auto& k : kKinds)
    if (k.name == text) return k.kind;
  return std::nullopt;
}

bool is_jkk(ClaimKind kind) { return kind != ClaimKind::jkm; }
bool is_death(ClaimKind kind) { return kind == ClaimKind::jkm || kind == ClaimKind::jkk_death; }

ClaimKind claim_kind_for(const EventFacts& f) {
  if (f.death) return f.work_accident ? ClaimKind::jkk_death : ClaimKind::jkm;
  if (!f.work_accident)
    throw ValidationError("kecelakaan_kerja", "bukan_kecelakaan_kerja",
                          "Kecelakaan yang bukan kecelakaan kerja tidak dijamin JKK (PP 44/2015); hanya kematian "
                          "yang dijamin JKM");
  if (f.akibat == "cacat_total") return ClaimKind::jkk_total;
  if (f.akibat == "cacat_sebagian") return ClaimKind::jkk_partial;
  if (f.akibat == "stmb") return ClaimKind::jkk_stmb;
  if (f.akibat == "perawatan") return ClaimKind::jkk_care;
  throw ValidationError("akibat", "akibat_tidak_dikenal",
                        "Akibat kecelakaan '" + f.akibat +
                            "' tidak dikenal (cacat_total, cacat_sebagian, stmb, "
                            "perawatan)");
}

std::optional<int> disability_percent(const ClaimRule& rule, std::string_view kode) {
  for (const auto& r : rule.disability_table)
    if (r.kode == kode) return r.percent;
  return std::nullopt;
}

BenefitQuote claim_benefit(const RuleBook& rules, ClaimKind kind, const BenefitInput& in, const Date& event) {
  switch (kind) {
    case ClaimKind::jkm:
      return jkm_benefit(rules, event);
    case ClaimKind::jkk_death:
      return jkk_death_benefit(rules, in.income, event);
    case ClaimKind::jkk_total:
      return jkk_total_disability_benefit(rules, in.income, event);
    case ClaimKind::jkk_partial: {
      int percent = in.percent;
      std::string part_label;
      if (!in.body_part.empty()) {
        const ClaimRule& rule = rules.claim_at(event);
        const auto p = disability_percent(rule, in.body_part);
        if (!p)
          throw ValidationError("bagian_tubuh", "bagian_tubuh_tidak_dikenal",
                                "Bagian tubuh '" + in.body_part + "' tidak ada di tabel cacat");
        percent = *p;
        for (const auto& r : rule.disability_table)
          if (r.kode == in.body_part) part_label = r.label;
      }
      auto q = jkk_partial_disability_benefit(rules, in.income, percent, in.function_percent, event);
      if (!part_label.empty()) q.lines.front().label += " (" + part_label + ")";
      return q;
    }
    case ClaimKind::jkk_stmb:
      return stmb_benefit(rules, in.income, in.months, event);
    case ClaimKind::jkk_care: {
      BenefitQuote q;
      q.kind = "jkk-care";
      q.source = rules.benefit_at(event).source;
      q.notes.push_back(
          "Perawatan dan pengobatan sesuai kebutuhan medis tanpa batas biaya, dibayar BPJS kepada fasilitas "
          "kesehatan (PP 82/2019)");
      return q;
    }
  }
  return {};
}

BenefitLine transport_line(const ClaimRule& rule, std::string_view mode, Rupiah claimed) {
  Rupiah cap = 0;
  std::string what;
  if (mode == "darat")
    cap = rule.transport_land, what = "darat/sungai/danau";
  else if (mode == "laut")
    cap = rule.transport_sea, what = "laut";
  else if (mode == "udara")
    cap = rule.transport_air, what = "udara";
  else
    throw ValidationError("moda", "moda_tidak_dikenal",
                          "Moda angkutan '" + std::string{mode} + "' tidak dikenal (darat, laut, udara)");
  if (claimed < 0) throw ValidationError("biaya", "biaya_tidak_valid", "Biaya angkutan tidak boleh negatif");
  return {"Biaya angkutan " + what, std::min(claimed, cap),
          rule.source + ": penggantian biaya angkutan " + what + " paling banyak " + format_rupiah(cap)};
}

std::vector<ChecklistItem> claim_checklist(const ClaimRule& rule, ClaimKind kind, Rupiah total, bool spouse) {
  const std::string src = "Permenaker 4/2023 Pasal 57 ayat 1; laman BPJS Ketenagakerjaan";
  std::vector<ChecklistItem> out;
  out.push_back({"kartu_peserta", "Kartu peserta BPJS Ketenagakerjaan (KPJ) atau nomornya", true, src});
  if (is_death(kind)) {
    out.push_back({"ktp_peserta", "e-KTP peserta yang meninggal", true, src});
    out.push_back({"ktp_ahli_waris", "e-KTP ahli waris", true, src});
    out.push_back({"akta_kematian", "Akta kematian atau surat keterangan kematian", true, src});
    out.push_back({"kartu_keluarga", "Kartu Keluarga", true, src});
    out.push_back({"surat_ahli_waris", "Surat keterangan ahli waris dari lurah atau camat", true, src});
    if (spouse) out.push_back({"buku_nikah", "Buku nikah (penerima adalah suami/istri)", true, src});
    out.push_back({"rekening", "Buku tabungan atau rekening atas nama ahli waris", true, src});
  } else {
    out.push_back({"ktp_peserta", "e-KTP peserta", true, src});
    out.push_back({"laporan_kecelakaan", "Laporan kecelakaan kerja (tahap I dan II)", true,
                   "PP 44/2015 Pasal 37 ayat 2 (klaim JKK)"});
    out.push_back({"surat_dokter", "Surat keterangan dokter (kondisi, cacat, atau masa tidak mampu bekerja)", true,
                   "PP 44/2015 Pasal 37 ayat 2"});
    out.push_back({"rekening", "Buku tabungan atau rekening atas nama peserta", true, src});
  }
  if (total > rule.npwp_threshold)
    out.push_back({"npwp", "NPWP (manfaat di atas " + format_rupiah(rule.npwp_threshold) + ")", true, src});
  if (kind == ClaimKind::jkm || kind == ClaimKind::jkk_death || kind == ClaimKind::jkk_total)
    out.push_back({"data_anak", "Data anak untuk beasiswa (akta lahir / KK)", false, "PP 82/2019; Permenaker 1/2025 Pasal 103"});
  out.push_back({"lainnya", "Dokumen pendukung lain yang diminta BPJS", false, src});
  return out;
}

int sla_working_days(const ClaimRule& rule, ClaimKind kind) {
  return kind == ClaimKind::jkm ? rule.jkm_sla_working_days : rule.jkk_sla_working_days;
}

Date sla_due_date(const WorkCalendar& calendar, const ClaimRule& rule, ClaimKind kind, const Date& complete) {
  return calendar.add_working_days(complete, sla_working_days(rule, kind));
}

int late_working_days(const WorkCalendar& calendar, const Date& due, const Date& paid) {
  return paid <= due ? 0 : calendar.working_days_between(due, paid);
}

Rupiah late_penalty(const ClaimRule& rule, Rupiah benefit, int late_days) {
  if (late_days <= 0) return 0;
  return apply_basis_points(benefit, rule.late_basis_points_per_day * late_days);
}

Date claim_expiry(const ClaimRule& rule, const Date& event) { return event.add_months(12 * rule.expiry_years); }

int school_year_of(const Date& day) { return day.month >= 7 ? day.year : day.year - 1; }

int first_scholarship_year(const Date& event) { return school_year_of(event); }

std::string school_year_label(int y) { return std::to_string(y) + "/" + std::to_string(y + 1); }

std::optional<SchoolLevel> parse_school_level(std::string_view t) {
  if (t == "tk_sd") return SchoolLevel::tk_sd;
  if (t == "smp") return SchoolLevel::smp;
  if (t == "sma") return SchoolLevel::sma;
  if (t == "kuliah") return SchoolLevel::kuliah;
  return std::nullopt;
}

std::string_view to_string(SchoolLevel l) {
  switch (l) {
    case SchoolLevel::tk_sd:
      return "tk_sd";
    case SchoolLevel::smp:
      return "smp";
    case SchoolLevel::sma:
      return "sma";
    case SchoolLevel::kuliah:
      return "kuliah";
  }
  return "";
}

const ScholarshipBand& band_of(SchoolLevel level) {
  for (const auto& b : scholarship_bands())
    if (b.level == level) return b;
  return scholarship_bands().front();
}

ScholarshipAward scholarship_award(SchoolLevel level, int school_year, const std::vector<ScholarshipPaid>& paid,
                                   Rupiah other) {
  const ScholarshipBand& band = band_of(level);
  int years_at_level = 0;
  Rupiah child_total = 0;
  for (const auto& p : paid) {
    if (p.school_year == school_year)
      return {0, "Beasiswa tahun ajaran " + school_year_label(school_year) + " sudah dicatat untuk anak ini"};
    if (p.level == level) ++years_at_level;
    child_total += p.amount;
  }
  if (years_at_level >= band.max_years)
    return {0, std::string{"Beasiswa jenjang "} + band.label + " paling lama " + std::to_string(band.max_years) +
                   " tahun dan sudah habis"};
  Rupiah amount = band.per_year;
  amount = std::min(amount, scholarship_cap_per_child() - child_total);
  amount = std::min(amount, scholarship_cap_total() - child_total - other);
  if (amount <= 0)
    return {0, "Batas beasiswa " + format_rupiah(scholarship_cap_per_child()) + " per anak / " +
                   format_rupiah(scholarship_cap_total()) + " untuk 2 anak sudah tercapai"};
  return {amount, std::string{"PP 82/2019: "} + band.label + " " + format_rupiah(band.per_year) +
                      " per tahun (tahun ke-" + std::to_string(years_at_level + 1) + " dari " +
                      std::to_string(band.max_years) + ")"};
}

bool scholarship_age_ok(const Date& birth, int school_year) {
  return birth.age_on(Date{school_year, 7, 1}) < kScholarshipMaxAge;
}

}  // namespace lindungi
