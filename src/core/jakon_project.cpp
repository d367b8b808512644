#include "core/jakon_project.hpp"

#include "core/region.hpp"

namespace lindungi {

namespace {
constexpr std::string_view kProjectKinds[] = {"swakelola", "kontrak"};
constexpr std::string_view kProjectStates[] = {"direncanakan", "bersertifikat", "dimulai", "selesai"};

bool started(const Project& p) { return p.status == ProjectState::dimulai || p.status == ProjectState::selesai; }
}  // namespace

std::string_view to_string(ProjectKind kind) { return kProjectKinds[static_cast<int>(kind)]; }

std::optional<ProjectKind> parse_project_kind(std::string_view text) {
  for (int i = 0; i < 2; ++i)
    if (kProjectKinds[i] == text) return static_cast<ProjectKind>(i);
  return std::nullopt;
}

std::string_view to_string(ProjectState state) { return kProjectStates[static_cast<int>(state)]; }

std::optional<ProjectState> parse_project_state(std::string_view text) {
  for (int i = 0; i < 4; ++i)
    if (kProjectStates[i] == text) return static_cast<ProjectState>(i);
  return std::nullopt;
}

std::string Project::kode_rt() const { return rt_code(kode_kelurahan, rt); }

ProjectPremium project_premium(const RuleBook& rules, const Project& p, const Date& today) {
  // Priced on the SPK date: the contract is agreed then, and a later rate change must not alter
  // what the contractor was told to pay.
  const Date on = p.tanggal_spk.value_or(today);
  const JakonRule& rule = rules.jakon_at(on);
  ProjectPremium out;
  out.source = rule.source;
  out.rule_from = rule.effective_from;
  if (p.upah_bulanan > 0) {
    int months = 1;
    if (p.rencana_mulai && p.rencana_selesai)
      while (months < 120 && p.rencana_mulai->add_months(months) <= *p.rencana_selesai) ++months;
    out.months = months;
    out.dasar = "upah";
    out.total = compute_jakon_by_wages(rules, p.upah_bulanan, on).total * months;
    return out;
  }
  JakonRequest req;
  req.value = p.nilai;
  req.ppn_included = p.ppn_termasuk;
  req.ppn_percent = p.ppn_persen;  // resolved by the service to the rate in force when not given
  req.on = on;
  out.dasar = "nilai_kontrak";
  out.total = compute_jakon(rules, req).total;
  return out;
}

std::vector<FieldError> project_problems(const Project& p) {
  std::vector<FieldError> e;
  if (p.nama.empty()) e.push_back({"nama", "wajib_diisi", "Nama proyek wajib diisi"});
  if (p.nama.size() > 200) e.push_back({"nama", "terlalu_panjang", "Nama proyek maksimal 200 karakter"});
  if (level_of_code(p.kode_kelurahan) != RegionLevel::kelurahan)
    e.push_back({"kode_kelurahan", "wilayah_tidak_valid", "Kode kelurahan '" + p.kode_kelurahan + "' tidak valid"});
  if (p.rt < 1 || p.rt > 999) e.push_back({"rt", "rt_tidak_valid", "Nomor RT harus 1-999"});
  if (p.nilai <= 0) e.push_back({"nilai", "nilai_tidak_valid", "Nilai proyek harus lebih dari Rp0"});
  if (p.nilai > 1'000'000'000'000'000) e.push_back({"nilai", "nilai_tidak_valid", "Nilai proyek terlalu besar"});
  if (p.ppn_persen < 0 || p.ppn_persen > 50)
    e.push_back({"ppn_persen", "ppn_tidak_valid", "Tarif PPN harus 0-50 persen"});
  if (p.upah_bulanan < 0 || p.upah_bulanan > 1'000'000'000'000)
    e.push_back({"upah_bulanan", "upah_tidak_valid", "Upah bulanan tidak valid"});
  if (!p.tanggal_spk) e.push_back({"tanggal_spk", "wajib_diisi", "Tanggal SPK / surat tugas wajib diisi"});
  if (p.rencana_mulai && p.rencana_selesai && *p.rencana_selesai < *p.rencana_mulai)
    e.push_back({"rencana_selesai", "tanggal_tidak_valid", "Rencana selesai tidak boleh sebelum rencana mulai"});
  if (p.tanggal_spk && p.rencana_mulai && *p.rencana_mulai < *p.tanggal_spk)
    e.push_back({"rencana_mulai", "tanggal_tidak_valid", "Rencana mulai tidak boleh sebelum tanggal SPK"});
  if (p.pelaksana.size() > 200) e.push_back({"pelaksana", "terlalu_panjang", "Pelaksana maksimal 200 karakter"});
  if (p.jenis == ProjectKind::kontrak && p.pelaksana.empty())
    e.push_back({"pelaksana", "wajib_diisi", "Nama penyedia jasa (kontraktor) wajib diisi untuk proyek kontrak"});
  return e;
}

Date registration_deadline(const WorkCalendar& calendar, const Date& spk) {
  return calendar.add_working_days(spk, kJakonRegistrationWorkingDays);
}

bool has_cover(const Project& p) {
  return !p.nomor_sertifikat.empty() && p.tanggal_bayar && p.jumlah_bayar > 0 && p.jumlah_bayar >= p.iuran;
}

std::optional<FieldError> certificate_refusal(const Project& p, const std::string& nomor,
                                              const std::optional<Date>& paid_on, Rupiah amount, const Date& today) {
  if (p.status == ProjectState::selesai)
    return FieldError{"status", "proyek_selesai", "Proyek sudah selesai; sertifikat tidak dapat dicatat lagi"};
  if (nomor.empty() || nomor.size() > 64)
    return FieldError{"nomor_sertifikat", "wajib_diisi",
                      "Nomor sertifikat BPJS Ketenagakerjaan wajib diisi (maks. 64)"};
  if (!paid_on) return FieldError{"tanggal_bayar", "wajib_diisi", "Tanggal pembayaran iuran wajib diisi"};
  if (today < *paid_on)
    return FieldError{"tanggal_bayar", "tanggal_tidak_valid", "Tanggal pembayaran tidak boleh di masa depan"};
  // BPJS issues the certificate only after the first contribution is paid in full (Pasal 3(4)).
  if (amount < p.iuran)
    return FieldError{"jumlah_bayar", "pembayaran_kurang",
                      "Pembayaran " + format_rupiah(amount) + " kurang dari iuran proyek " + format_rupiah(p.iuran)};
  return std::nullopt;
}

std::optional<FieldError> start_refusal(const Project& p, const Date& on, const Date& today) {
  if (started(p)) return FieldError{"status", "sudah_dimulai", "Proyek sudah ditandai dimulai"};
  if (!has_cover(p))
    return FieldError{"nomor_sertifikat", "belum_bersertifikat",
                      "Proyek belum dapat dimulai: nomor sertifikat BPJS Ketenagakerjaan dan pembayaran iuran "
                      "penuh harus dicatat lebih dahulu"};
  if (today < on) return FieldError{"tanggal_mulai", "tanggal_tidak_valid", "Tanggal mulai tidak boleh di masa depan"};
  // "Register and pay before the work starts" (RULES.md §6.1): cover begins with the payment.
  if (on < *p.tanggal_bayar)
    return FieldError{"tanggal_mulai", "mulai_sebelum_bayar",
                      "Tanggal mulai " + on.id() + " sebelum pembayaran iuran " + p.tanggal_bayar->id() +
                          "; pekerja belum terlindungi pada hari itu"};
  return std::nullopt;
}

std::optional<FieldError> finish_refusal(const Project& p, const Date& on, const Date& today) {
  if (p.status != ProjectState::dimulai)
    return FieldError{"status", "belum_dimulai", "Hanya proyek yang sedang berjalan dapat ditandai selesai"};
  if (today < on)
    return FieldError{"tanggal_selesai", "tanggal_tidak_valid", "Tanggal selesai tidak boleh di masa depan"};
  if (p.tanggal_mulai && on < *p.tanggal_mulai)
    return FieldError{"tanggal_selesai", "tanggal_tidak_valid", "Tanggal selesai tidak boleh sebelum tanggal mulai"};
  return std::nullopt;
}

ProjectCompliance assess_project(const Project& p, const WorkCalendar& calendar, const Date& today) {
  ProjectCompliance c;
  const bool cover = has_cover(p);
  if (p.tanggal_spk) c.batas_daftar = registration_deadline(calendar, *p.tanggal_spk);
  c.tanpa_sertifikat = !cover;
  c.terlambat = !cover && c.batas_daftar && *c.batas_daftar < today;
  if (!cover && c.batas_daftar && today <= *c.batas_daftar)
    c.sisa_hari_kerja =
        calendar.working_days_between(today, *c.batas_daftar) + (calendar.is_working_day(today) ? 1 : 0);
  c.mulai_tanpa_perlindungan =
      started(p) && (!cover || (p.tanggal_mulai && p.tanggal_bayar && *p.tanggal_mulai < *p.tanggal_bayar));
  return c;
}

}  // namespace lindungi
