#include "core/billing.hpp"

#include <algorithm>
#include <cctype>

namespace lindungi {

std::string_view to_string(InvoiceStatus s) {
  switch (s) {
    case InvoiceStatus::terbit:
      return "terbit";
    case InvoiceStatus::sebagian:
      return "sebagian";
    case InvoiceStatus::lunas:
      return "lunas";
    case InvoiceStatus::batal:
      return "batal";
  }
  return "";
}

std::optional<InvoiceStatus> parse_invoice_status(std::string_view t) {
  for (auto s : {InvoiceStatus::terbit, InvoiceStatus::sebagian, InvoiceStatus::lunas, InvoiceStatus::batal})
    if (to_string(s) == t) return s;
  return std::nullopt;
}

InvoiceStatus invoice_status(Rupiah total, Rupiah paid) {
  if (paid <= 0) return InvoiceStatus::terbit;
  return paid >= total ? InvoiceStatus::lunas : InvoiceStatus::sebagian;
}

std::string invoice_number(int year, std::int64_t serial) {
  return "TGH-" + zero_pad(year, 4) + "-" + zero_pad(static_cast<int>(serial), 5);
}

std::vector<FieldError> invoice_period_problems(const YearMonth& from, const YearMonth& to) {
  std::vector<FieldError> p;
  if (to < from)
    p.push_back({"sampai", "periode_tidak_valid", "Bulan akhir " + to.iso() + " sebelum bulan awal " + from.iso()});
  else if (from.year != to.year)
    p.push_back({"sampai", "lintas_tahun_anggaran", "Satu tagihan hanya untuk bulan-bulan dalam satu tahun anggaran"});
  return p;
}

NotBillable not_billable(std::span<const RegistrationAnswer> answers, bool active_without_answer,
                         const YearMonth& month) {
  if (answers.empty()) return active_without_answer ? NotBillable::none : NotBillable::no_membership;
  const RegistrationAnswer* latest = nullptr;
  for (const auto& a : answers)
    if (YearMonth::of(a.date) <= month && (!latest || !(a.date < latest->date))) latest = &a;
  if (latest) return latest->answer == BpjsAnswer::diterima ? NotBillable::none : NotBillable::rejected;
  const bool accepted_later =
      std::any_of(answers.begin(), answers.end(), [](const auto& a) { return a.answer == BpjsAnswer::diterima; });
  return accepted_later ? NotBillable::before_effective : NotBillable::no_membership;
}

bool billable_month(std::span<const RegistrationAnswer> answers, bool active_without_answer, const YearMonth& month) {
  return not_billable(answers, active_without_answer, month) == NotBillable::none;
}

std::string_view to_words(NotBillable why) {
  switch (why) {
    case NotBillable::none:
      return "";
    case NotBillable::no_membership:
      return "Tidak ditagih: belum diterima BPJS";
    case NotBillable::before_effective:
      return "Tidak ditagih: sebelum tanggal efektif kepesertaan BPJS";
    case NotBillable::rejected:
      return "Tidak ditagih: ditolak BPJS";
  }
  return "";
}

bool recorded_as_member(std::string_view status) { return status == "aktif" || status == "meninggal"; }

std::vector<YearMonth> billable_months(std::span<const RegistrationAnswer> answers, bool active_without_answer,
                                       std::span<const YearMonth> months) {
  std::vector<YearMonth> out;
  for (const auto& m : months)
    if (billable_month(answers, active_without_answer, m)) out.push_back(m);
  return out;
}

std::vector<LineCredit> distribute_payment(std::vector<BillLine> lines, Rupiah amount, Rupiah* rest) {
  std::sort(lines.begin(), lines.end(), [](const BillLine& a, const BillLine& b) {
    if (a.month != b.month) return a.month < b.month;
    if (a.worker != b.worker) return a.worker < b.worker;
    return a.id < b.id;
  });
  std::vector<LineCredit> out;
  for (const auto& l : lines) {
    if (amount <= 0) break;
    const Rupiah owed = l.billed - l.paid;
    if (owed <= 0) continue;
    const Rupiah credit = std::min(owed, amount);
    out.push_back({l.id, l.paid + credit});
    amount -= credit;
  }
  if (rest) *rest = amount;
  return out;
}

std::vector<FieldError> payment_problems(const PaymentRequest& r, Rupiah total, Rupiah paid, InvoiceStatus status,
                                         const Date& today) {
  std::vector<FieldError> p;
  if (status == InvoiceStatus::batal) p.push_back({"tagihan", "tagihan_batal", "Tagihan ini sudah dibatalkan"});
  if (status == InvoiceStatus::lunas) p.push_back({"tagihan", "tagihan_lunas", "Tagihan ini sudah lunas"});
  if (r.amount <= 0)
    p.push_back({"jumlah", "jumlah_tidak_valid", "Jumlah pembayaran harus lebih dari Rp0"});
  else if (status != InvoiceStatus::lunas && r.amount > total - paid)
    p.push_back({"jumlah", "kelebihan_bayar",
                 "Pembayaran " + format_rupiah(r.amount) + " melebihi sisa tagihan " + format_rupiah(total - paid)});
  if (!r.date)
    p.push_back({"tanggal", "tanggal_tidak_valid", "Tanggal pembayaran wajib diisi (YYYY-MM-DD)"});
  else if (today < *r.date)
    p.push_back({"tanggal", "tanggal_masa_depan", "Tanggal pembayaran " + r.date->id() + " belum terjadi"});
  const bool printable = std::all_of(r.reference.begin(), r.reference.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '/' || c == '.' || c == '_' || c == ' ';
  });
  if (r.reference.size() < 3 || r.reference.size() > 64 || !printable)
    p.push_back({"referensi", "referensi_tidak_valid",
                 "Nomor referensi (bukti transfer / SP2D) wajib diisi: 3-64 huruf, angka, spasi, - / . _"});
  return p;
}

std::vector<FieldError> renewal_problems(const Worker& w, const ProgrammeRule& programme, int new_year) {
  std::vector<FieldError> p;
  const Date first{new_year, 1, 1};
  if (!status_counts_as_verified(w.status))
    p.push_back({"status", "status_tidak_sesuai", "Status '" + w.status + "' tidak lagi terverifikasi"});
  if (!w.tanggal_lahir) {
    p.push_back({"tanggal_lahir", "tanggal_lahir_kosong", "Tanggal lahir tidak tercatat"});
  } else {
    const int age = w.tanggal_lahir->age_on(first);
    if (age > programme.max_age)
      p.push_back({"tanggal_lahir", "usia_melebihi_batas",
                   "Usia " + std::to_string(age) + " tahun pada " + first.id() + " melebihi batas " +
                       std::to_string(programme.max_age) + " tahun"});
    if (age < programme.min_age)
      p.push_back({"tanggal_lahir", "usia_di_bawah_batas", "Usia " + std::to_string(age) + " tahun di bawah batas"});
  }
  if (w.penghasilan > programme.income_ceiling)
    p.push_back(
        {"penghasilan", "penghasilan_melebihi_batas",
         "Penghasilan " + format_rupiah(w.penghasilan) + " melebihi batas " + format_rupiah(programme.income_ceiling)});
  return p;
}

RtFundUse rt_fund_use(Rupiah fund, Rupiah premiums) {
  RtFundUse u{fund, premiums, fund - premiums, 0};
  if (fund > 0) u.percent_used = static_cast<int>(premiums * 100 / fund);
  return u;
}

}  // namespace lindungi
