#include "core/messages.hpp"

#include <algorithm>
#include <cctype>

namespace lindungi {

const std::vector<MessageTemplateRule>& message_template_rules() {
  // The shipped texts: short enough for one WhatsApp message or two SMS parts, a NIK only masked,
  // and where to go next (the kelurahan office), since most recipients cannot reply to a gateway.
  static const std::vector<MessageTemplateRule> rules = {
      {"terdaftar_aktif",
       "Terdaftar dan aktif sebagai peserta",
       "Yth. {nama}, Anda kini peserta aktif BPJS Ketenagakerjaan dengan nomor KPJ {kpj} (NIK {nik}), iuran "
       "dibayar {penanggung}. Simpan nomor KPJ ini. Informasi: Kantor Kelurahan {kelurahan}.",
       {"nama", "kpj", "nik", "penanggung", "kelurahan"},
       "nama=Siti Aminah|kpj=12345678901|nik=1571**********02|penanggung=APBD Kota Jambi|kelurahan=Legok"},
      {"kartu_siap",
       "Kartu peserta siap diambil",
       "Yth. {nama}, kartu peserta BPJS Ketenagakerjaan Anda (KPJ {kpj}) sudah dicetak dan dapat diambil di "
       "Kantor Kelurahan {kelurahan} dengan membawa KTP.",
       {"nama", "kpj", "nik", "kelurahan"},
       "nama=Siti Aminah|kpj=12345678901|nik=1571**********02|kelurahan=Legok"},
      {"tanggungan_berakhir",
       "Perlindungan berakhir dalam 30 hari",
       "Yth. {nama}, perlindungan BPJS Ketenagakerjaan Anda (KPJ {kpj}) berlaku s.d. {tanggal}. Hubungi "
       "ketua RT atau Kantor Kelurahan {kelurahan} agar perlindungan Anda diperpanjang.",
       {"nama", "kpj", "nik", "tanggal", "kelurahan"},
       "nama=Siti Aminah|kpj=12345678901|nik=1571**********02|tanggal=31/12/2026|kelurahan=Legok"},
      {"tanggungan_gugur",
       "Kepesertaan berakhir",
       "Yth. {nama}, kepesertaan BPJS Ketenagakerjaan Anda (KPJ {kpj}) berakhir sejak {tanggal} karena iuran "
       "tidak dibayar. Kecelakaan atau kematian sejak tanggal itu tidak ditanggung. Hubungi Kantor Kelurahan "
       "{kelurahan}.",
       {"nama", "kpj", "nik", "tanggal", "kelurahan"},
       "nama=Siti Aminah|kpj=12345678901|nik=1571**********02|tanggal=15/11/2026|kelurahan=Legok"},
      {"klaim_status",
       "Status klaim berubah",
       "Yth. {penerima}, klaim {jenis_klaim} atas nama {nama} (NIK {nik}) kini berstatus: {status}. Informasi "
       "dan berkas: Kantor Kelurahan {kelurahan}.",
       {"penerima", "nama", "nik", "jenis_klaim", "status", "kelurahan"},
       "penerima=ahli waris Budi Santoso|nama=Budi Santoso|nik=1571**********01|jenis_klaim=Jaminan "
       "Kematian|status=diajukan ke BPJS|kelurahan=Legok"},
      {"beasiswa_perpanjang",
       "Beasiswa perlu diperpanjang",
       "Yth. {penerima}, beasiswa pendidikan {nama_anak} untuk tahun ajaran {tahun_ajaran} perlu diperpanjang. "
       "Bawa bukti pendaftaran sekolah ke Kantor Kelurahan {kelurahan}.",
       {"penerima", "nama", "nama_anak", "tahun_ajaran", "kelurahan"},
       "penerima=ahli waris Budi Santoso|nama=Budi Santoso|nama_anak=Rina|tahun_ajaran=2026/2027|kelurahan=Legok"},
  };
  return rules;
}

const MessageTemplateRule* find_message_template(std::string_view kode) {
  for (const auto& r : message_template_rules())
    if (r.kode == kode) return &r;
  return nullptr;
}

std::map<std::string, std::string> sample_values(const MessageTemplateRule& rule) {
  std::map<std::string, std::string> out;
  std::string_view rest = rule.contoh;
  while (!rest.empty()) {
    const auto bar = rest.find('|');
    const std::string_view pair = rest.substr(0, bar);
    if (const auto eq = pair.find('='); eq != std::string_view::npos)
      out.emplace(std::string{pair.substr(0, eq)}, std::string{pair.substr(eq + 1)});
    rest = bar == std::string_view::npos ? std::string_view{} : rest.substr(bar + 1);
  }
  return out;
}

std::string render_message(std::string_view text, const std::map<std::string, std::string>& values) {
  std::string out;
  out.reserve(text.size() + 64);
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '{') {
      const auto close = text.find('}', i + 1);
      if (close != std::string_view::npos) {
        const std::string name{text.substr(i + 1, close - i - 1)};
        if (const auto it = values.find(name); it != values.end()) {
          out += it->second;
          i = close + 1;
          continue;
        }
      }
    }
    out += text[i++];
  }
  return out;
}

bool holds_full_nik(std::string_view text) {
  int run = 0;
  for (const char c : text) {
    run = std::isdigit(static_cast<unsigned char>(c)) ? run + 1 : 0;
    if (run >= 16) return true;
  }
  return false;
}

std::vector<FieldError> message_template_problems(const MessageTemplateRule& rule, std::string_view text) {
  std::vector<FieldError> out;
  auto problem = [&](std::string code, std::string message) {
    out.push_back({"isi", std::move(code), std::move(message)});
  };
  if (std::all_of(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); })) {
    problem("wajib_diisi", "Isi templat wajib diisi");
    return out;
  }
  if (text.size() > kMaxMessageChars)
    problem("terlalu_panjang", "Isi templat paling banyak " + std::to_string(kMaxMessageChars) + " karakter");
  std::size_t i = 0;
  while ((i = text.find_first_of("{}", i)) != std::string_view::npos) {
    if (text[i] == '}') {
      problem("kurung_tidak_seimbang", "Kurung kurawal penutup tanpa pembukanya");
      ++i;
      continue;
    }
    const auto close = text.find('}', i + 1);
    const auto nested = text.find('{', i + 1);
    if (close == std::string_view::npos || (nested != std::string_view::npos && nested < close)) {
      problem("kurung_tidak_seimbang", "Kurung kurawal pembuka tanpa penutupnya");
      break;
    }
    const std::string_view name = text.substr(i + 1, close - i - 1);
    if (std::find(rule.isian.begin(), rule.isian.end(), name) == rule.isian.end()) {
      std::string allowed;
      for (const auto& n : rule.isian) allowed += (allowed.empty() ? "{" : ", {") + std::string{n} + "}";
      problem("isian_tidak_dikenal",
              "Isian '" + std::string{name} + "' tidak dikenal untuk templat ini; yang dapat dipakai: " + allowed);
    }
    i = close + 1;
  }
  if (holds_full_nik(text)) problem("nik_lengkap", "Templat tidak boleh memuat 16 angka berturut-turut (NIK lengkap)");
  return out;
}

std::string_view claim_kind_words(std::string_view k) {
  if (k == "jkm") return "Jaminan Kematian";
  if (k == "jkk-death") return "Jaminan Kecelakaan Kerja (meninggal dunia)";
  if (k == "jkk-disability") return "Jaminan Kecelakaan Kerja (cacat total tetap)";
  if (k == "jkk-partial") return "Jaminan Kecelakaan Kerja (cacat sebagian)";
  if (k == "stmb") return "Jaminan Kecelakaan Kerja (santunan tidak mampu bekerja)";
  if (k == "jkk-care") return "Jaminan Kecelakaan Kerja (perawatan)";
  return "BPJS Ketenagakerjaan";
}

std::string_view message_status_label(std::string_view status) {
  if (status == kMessageQueued) return "dalam antrean";
  if (status == kMessageSent) return "terkirim";
  if (status == kMessageFailed) return "gagal";
  return "tidak diketahui";
}

std::string_view recipient_label(std::string_view penerima) {
  return penerima == "ahli_waris" ? "ahli waris" : "pekerja";
}

std::chrono::milliseconds retry_delay(const RetryPolicy& policy, int attempts) {
  if (attempts < 1) attempts = 1;
  auto delay = policy.first;
  for (int i = 1; i < attempts && delay < policy.cap; ++i) delay *= 2;
  return std::min(delay, policy.cap);
}

SendSlot next_send_slot(std::chrono::steady_clock::time_point free_from, std::chrono::steady_clock::time_point now,
                        double per_second) {
  if (per_second <= 0) return {now, now};
  const auto gap =
      std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(1.0 / per_second));
  const auto at = std::max(now, free_from);
  return {at, at + gap};
}

}  // namespace lindungi
