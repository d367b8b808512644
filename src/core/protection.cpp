#include "core/protection.hpp"

#include "core/benefit.hpp"
#include "core/bpjs.hpp"
#include "core/claims.hpp"
#include "core/heirs.hpp"

// Every figure below comes from the rule book in force today (RuleBook::*_at) or from the core's
// scholarship table: nothing is typed here twice. Texts are built as ("code", text) pairs so that
// tests/i18n/messages.py finds each template and the answer can be given in English.

namespace lindungi {

namespace {

void set_status(ProtectionAnswer& a, std::string code, std::string label) {
  a.status = std::move(code);
  a.status_label = std::move(label);
}

void set_funder(ProtectionAnswer& a, std::string code, std::string label) {
  a.pembiayaan = std::move(code);
  a.pembiayaan_label = std::move(label);
}

void set_card(ProtectionAnswer& a, std::string code, std::string label) {
  a.kartu = std::move(code);
  a.kartu_label = std::move(label);
}

ProtectionBenefit benefit(std::string code, std::string label) {
  ProtectionBenefit b;
  b.kode = std::move(code);
  b.label = std::move(label);
  return b;
}

ProtectionGuide guide(std::string code, std::string label) {
  ProtectionGuide g;
  g.kode = std::move(code);
  g.label = std::move(label);
  return g;
}

// The code names the sentence for the reader of the source (and for tests/i18n/messages.py, which
// finds a message after a code); the answer carries the text.
void contact(ProtectionGuide& g, std::string_view /*code*/, std::string text) { g.hubungi.push_back(std::move(text)); }
void say(ProtectionBenefit& b, std::string_view /*code*/, std::string text) { b.teks = std::move(text); }
void note(ProtectionGuide& g, std::string_view /*code*/, std::string text) { g.catatan = std::move(text); }

std::vector<ProtectionAmount> lines_of(const BenefitQuote& q) {
  std::vector<ProtectionAmount> out;
  for (const auto& l : q.lines) out.push_back({l.label, l.amount});
  return out;
}

void status_of(ProtectionAnswer& a, const RuleBook& rules, const ProtectionFacts& f, const Date& today,
               const WorkCalendar* calendar) {
  // The card's rule (core/bpjs.cpp over the ledger's protected_until): one answer on both pages.
  a.terlindungi_sampai = card_valid_until(rules, f.status, f.months, today, calendar);
  if (a.terlindungi_sampai) {
    set_status(a, "terlindungi", "Terlindungi s.d. " + a.terlindungi_sampai->id());
  } else if (f.status == "didata" || f.status == "diverifikasi") {
    set_status(a, "dalam_proses",
               "Belum terlindungi: data Anda sudah tercatat dan sedang diperiksa atau menunggu pembiayaan");
  } else if (f.status == "dialokasikan" || f.status == "didaftarkan") {
    set_status(a, "dalam_proses",
               "Belum terlindungi: iuran Anda sudah dibiayai dan pendaftaran ke BPJS Ketenagakerjaan sedang diproses");
  } else if (f.status == "ditolak" || f.status == "ditolak_bpjs") {
    set_status(a, "tidak_terlindungi",
               "Tidak terlindungi: pendaftaran Anda tidak dapat diteruskan; tanyakan alasannya ke Kantor Kelurahan");
  } else if (f.status == "meninggal") {
    set_status(a, "tidak_terlindungi", "Kepesertaan sudah berakhir karena peserta meninggal dunia");
  } else {
    set_status(
        a, "tidak_terlindungi",
        "Tidak terlindungi saat ini: masa iuran sudah berakhir atau belum dibayar; tanyakan ke Kantor Kelurahan");
  }
}

void funder_of(ProtectionAnswer& a, const ProtectionFacts& f) {
  if (!f.funder) {
    set_funder(a, "belum_ada", "Belum ada pembiayaan iuran");
    return;
  }
  switch (*f.funder) {
    case FunderKind::apbd_kota:
      set_funder(a, "apbd_kota", "Iuran dibayar Pemerintah Kota/Kabupaten (APBD)");
      break;
    case FunderKind::apbd_provinsi:
      set_funder(a, "apbd_provinsi", "Iuran dibayar Pemerintah Provinsi (APBD Provinsi)");
      break;
    case FunderKind::dana_kampung_bahagia:
      set_funder(a, "dana_kampung_bahagia", "Iuran dibayar dari Dana Kampung Bahagia RT Anda");
      break;
    case FunderKind::mandiri:
      set_funder(a, "mandiri", "Iuran dibayar sendiri (mandiri)");
      break;
    case FunderKind::donatur:
      set_funder(a, "donatur", "Iuran dibayar donatur");
      break;
  }
}

void card_of(ProtectionAnswer& a, const ProtectionFacts& f) {
  const std::string office = "Kantor Kelurahan " + f.kelurahan;
  if (f.kartu == kCardRequested) {
    set_card(a, "diminta", "Kartu peserta sedang disiapkan; Anda akan diberi tahu bila sudah dapat diambil");
    a.tempat_ambil = office;
  } else if (f.kartu == kCardPrinted) {
    set_card(a, "dicetak", "Kartu peserta sudah dicetak dan dapat diambil di " + office);
    a.tempat_ambil = office;
  } else if (f.kartu == kCardHandedOver) {
    set_card(a, "diserahkan", "Kartu peserta sudah diserahkan kepada Anda");
  } else {
    set_card(a, "belum_ada", "Kartu peserta belum dibuat; kartu dibuat setelah Anda aktif sebagai peserta");
  }
}

void benefits_of(ProtectionAnswer& a, const RuleBook& rules, const ProtectionFacts& f, const Date& today) {
  const PremiumRule& premium = rules.premium_at(today);
  const BenefitRule& r = rules.benefit_at(today);
  const ClaimRule& claim = rules.claim_at(today);
  // The bracket the premium is paid on: the lowest for the government and RT funds (the
  // programme's Rp16.800 a month), the declared income for a self-paying or donor-paid worker.
  const Rupiah basis =
      premium_income_basis(f.funder.value_or(FunderKind::apbd_kota), f.penghasilan, premium.bracket_min);
  const Rupiah upah = bpu_upah(rules, basis, today);

  auto care = benefit("perawatan", "Perawatan karena kecelakaan kerja");
  say(care, "perawatan",
      "Biaya pengobatan dan perawatan karena kecelakaan kerja, termasuk dalam perjalanan berangkat atau "
      "pulang kerja, ditanggung sesuai kebutuhan medis tanpa batas biaya di fasilitas kesehatan mitra BPJS "
      "Ketenagakerjaan; ongkos angkutan ke fasilitas kesehatan diganti paling banyak " +
          format_rupiah(claim.transport_land) + " lewat darat");
  care.dasar = r.source;
  a.manfaat.push_back(std::move(care));

  if (!r.stmb_steps.empty()) {
    auto stmb = benefit("stmb", "Upah selama tidak mampu bekerja");
    const auto [first_months, first_percent] = r.stmb_steps.front();
    const Rupiah first = apply_basis_points(upah, first_percent * 100);
    if (r.stmb_steps.size() > 1 && first_months > 0) {
      const Rupiah after = apply_basis_points(upah, r.stmb_steps[1].second * 100);
      say(stmb, "stmb",
          "Selama belum mampu bekerja karena kecelakaan kerja: " + format_rupiah(first) + " per bulan untuk " +
              std::to_string(first_months) + " bulan pertama, lalu " + format_rupiah(after) +
              " per bulan sampai sembuh");
    } else {
      say(stmb, "stmb", "Selama belum mampu bekerja karena kecelakaan kerja: " + format_rupiah(first) + " per bulan");
    }
    stmb.jumlah = first;
    stmb.dasar = r.source;
    a.manfaat.push_back(std::move(stmb));
  }

  const BenefitQuote death = jkk_death_benefit(rules, basis, today);
  auto jkk = benefit("jkk_meninggal", "Meninggal karena kecelakaan kerja");
  say(jkk, "jkk_meninggal",
      "Bila meninggal karena kecelakaan kerja, ahli waris menerima " + format_rupiah(death.total) +
          " (dihitung dari penghasilan " + format_rupiah(upah) + " sebulan), ditambah beasiswa anak");
  jkk.jumlah = death.total;
  jkk.rincian = lines_of(death);
  jkk.dasar = death.source;
  a.manfaat.push_back(std::move(jkk));

  const BenefitQuote disability = jkk_total_disability_benefit(rules, basis, today);
  auto total = benefit("jkk_cacat_total", "Cacat total tetap karena kecelakaan kerja");
  say(total, "jkk_cacat_total",
      "Bila cacat total tetap karena kecelakaan kerja, peserta menerima " + format_rupiah(disability.total) +
          ", ditambah beasiswa anak");
  total.jumlah = disability.total;
  total.rincian = lines_of(disability);
  total.dasar = disability.source;
  a.manfaat.push_back(std::move(total));

  const BenefitQuote jkm = jkm_benefit(rules, today);
  auto jkm_item = benefit("jkm", "Meninggal bukan karena kecelakaan kerja");
  say(jkm_item, "jkm", "Bila meninggal bukan karena kecelakaan kerja, ahli waris menerima " + format_rupiah(jkm.total));
  jkm_item.jumlah = jkm.total;
  jkm_item.rincian = lines_of(jkm);
  jkm_item.dasar = jkm.source;
  a.manfaat.push_back(std::move(jkm_item));

  auto school = benefit("beasiswa", "Beasiswa anak");
  say(school, "beasiswa",
      "Beasiswa untuk paling banyak " + std::to_string(kMaxScholarshipChildren) +
          " anak, dibayar setiap tahun ajaran menurut jenjang sekolah, hingga " +
          format_rupiah(scholarship_cap_per_child()) + " per anak (" + format_rupiah(scholarship_cap_total()) +
          " untuk dua anak): bila peserta meninggal atau cacat total tetap karena kecelakaan kerja, atau meninggal "
          "setelah membayar iuran paling sedikit " +
          std::to_string(claim.jkm_scholarship_min_months) + " bulan");
  school.jumlah = scholarship_cap_total();
  for (const auto& band : scholarship_bands())
    school.rincian.push_back({band.label, band.per_year});  // a year at this level
  school.dasar = "PP 82/2019; Permenaker 1/2025 Pasal 103";
  a.manfaat.push_back(std::move(school));
}

std::vector<ProtectionDocument> documents(const std::vector<ChecklistItem>& items) {
  std::vector<ProtectionDocument> out;
  for (const auto& i : items) out.push_back({i.kode, i.label, i.wajib});
  return out;
}

void guides_of(ProtectionAnswer& a, const RuleBook& rules, const ProtectionFacts& f, const Date& today) {
  const ClaimRule& claim = rules.claim_at(today);
  const std::string office = "Kantor Kelurahan " + f.kelurahan;

  auto accident = guide("kecelakaan", "Bila mengalami kecelakaan kerja");
  contact(accident, "berobat",
          "Segera berobat ke rumah sakit atau puskesmas mitra BPJS Ketenagakerjaan dan tunjukkan kartu peserta atau "
          "NIK Anda");
  contact(accident, "lapor",
          "Laporkan kejadiannya kepada Ketua RT Anda dan " + office + " secepatnya, agar dicatat dan dibantu klaimnya");
  contact(accident, "bpjs", "Klaim diajukan ke kantor cabang BPJS Ketenagakerjaan terdekat, bersama petugas kelurahan");
  // The medical-care checklist of a work accident: what every JKK claim starts with.
  accident.dokumen = documents(claim_checklist(claim, ClaimKind::jkk_stmb, 0, false));
  note(accident, "kecelakaan",
       "Klaim paling lambat " + std::to_string(claim.expiry_years) +
           " tahun setelah kecelakaan; BPJS membayar paling lambat " + std::to_string(claim.jkk_sla_working_days) +
           " hari kerja setelah berkas lengkap");
  a.langkah.push_back(std::move(accident));

  auto death = guide("meninggal", "Bila peserta meninggal dunia");
  contact(death, "lapor",
          "Keluarga atau ahli waris melapor kepada Ketua RT dan " + office +
              ", yang mencatat kejadiannya dan "
              "membantu klaim");
  contact(death, "surat", "Minta surat keterangan kematian dan surat keterangan ahli waris di " + office);
  contact(death, "bpjs", "Klaim diajukan ke kantor cabang BPJS Ketenagakerjaan terdekat, bersama petugas kelurahan");
  // The larger of the two death checklists (a work accident's benefit may need the NPWP), with
  // the marriage book for a spouse who claims.
  const Rupiah largest = std::max(jkk_death_benefit(rules, rules.premium_at(today).bracket_min, today).total,
                                  jkm_benefit(rules, today).total);
  death.dokumen = documents(claim_checklist(claim, ClaimKind::jkk_death, largest, true));
  note(death, "meninggal",
       "BPJS membayar santunan kematian paling lambat " + std::to_string(claim.jkm_sla_working_days) +
           " hari kerja setelah berkas lengkap");
  a.langkah.push_back(std::move(death));
}

}  // namespace

ProtectionAnswer protection_check(const RuleBook& rules, const ProtectionFacts& facts, const Date& today,
                                  const WorkCalendar* calendar) {
  ProtectionAnswer a;
  a.inisial = name_initials(facts.nama);
  status_of(a, rules, facts, today, calendar);
  funder_of(a, facts);
  card_of(a, facts);
  benefits_of(a, rules, facts, today);
  guides_of(a, rules, facts, today);
  return a;
}

std::string_view protection_not_found_message() {
  return "NIK dan tanggal lahir tidak cocok dengan peserta mana pun. Periksa kembali keduanya, atau tanyakan "
         "kepada Ketua RT atau Kantor Kelurahan Anda";
}

}  // namespace lindungi
