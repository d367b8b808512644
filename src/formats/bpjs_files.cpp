#include "formats/bpjs_files.hpp"

#include <array>

#include "core/bpjs.hpp"
#include "core/intake.hpp"
#include "formats/table_reader.hpp"
#include "formats/table_writer.hpp"

namespace lindungi::formats {

namespace {

Table registration_table(const RegistrationFile& file) {
  Table t;
  t.sheet = "Pendaftaran";
  t.header = registration_columns();
  t.rows = file.rows;
  // Only the money column is a number: NIK, KPJ-like and RT codes stay text so Excel keeps
  // leading zeros and all 16 digits.
  t.numeric.assign(t.header.size(), false);
  t.widths.assign(t.header.size(), 16);
  for (std::size_t i = 0; i < t.header.size(); ++i) {
    if (t.header[i] == "penghasilan") t.numeric[i] = true;
    if (t.header[i] == "nik") t.widths[i] = 20;
    if (t.header[i] == "nama" || t.header[i] == "alamat" || t.header[i] == "nama_pembayar") t.widths[i] = 30;
  }
  return t;
}

enum Field { kNik, kKpj, kTanggal, kStatus, kAlasan, kFieldCount };

std::optional<Field> field_of(const std::string& header) {
  const std::string h = normalize_header(header);
  if (h == "nik" || h == "no_ktp" || h == "nomor_induk_kependudukan") return kNik;
  if (h == "kpj" || h == "no_kpj" || h == "nomor_kpj" || h == "no_peserta" || h == "nomor_peserta") return kKpj;
  if (h == "tanggal_efektif" || h == "tgl_efektif" || h == "tmt" || h == "tanggal_kepesertaan" || h == "efektif" ||
      h == "tanggal_mulai")
    return kTanggal;
  if (h == "status" || h == "hasil" || h == "status_pendaftaran") return kStatus;
  if (h == "alasan" || h == "alasan_penolakan" || h == "keterangan" || h == "catatan") return kAlasan;
  return std::nullopt;
}

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  return std::string{s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1)};
}

}  // namespace

const std::vector<std::string>& registration_columns() {
  static const std::vector<std::string> columns = {"no",
                                                   "id_pendaftaran",
                                                   "referensi",
                                                   "nik",
                                                   "nama",
                                                   "tanggal_lahir",
                                                   "jenis_kelamin",
                                                   "alamat",
                                                   "kode_wilayah",
                                                   "kelurahan",
                                                   "rt",
                                                   "no_hp",
                                                   "pekerjaan",
                                                   "penghasilan",
                                                   "program",
                                                   "segmen",
                                                   "kode_pembayar",
                                                   "nama_pembayar",
                                                   "mulai_iuran"};
  return columns;
}

std::string registration_csv(const RegistrationFile& file) { return table_csv(registration_table(file)); }

std::string registration_xlsx(const RegistrationFile& file) { return table_xlsx({registration_table(file)}); }

std::string registration_file_name(std::int64_t batch_id, std::string_view extension) {
  return "pendaftaran-bpjs-" + std::to_string(batch_id) + "." + std::string{extension};
}

ResponseFile read_registration_response(std::string bytes, std::string_view file_name) {
  ResponseFile out;
  auto reader = open_table(std::move(bytes), file_name);
  const bool date1904 = reader->date1904();
  std::array<std::optional<std::size_t>, kFieldCount> col{};
  bool header = false;
  reader->for_each_row([&](std::size_t row, const std::vector<ImportCell>& cells) {
    if (!header) {
      std::vector<std::string> unknown;
      for (std::size_t i = 0; i < cells.size(); ++i) {
        const auto f = field_of(cells[i].text);
        if (f && !col[*f])
          col[*f] = i;
        else if (!f && !trim(cells[i].text).empty())
          unknown.push_back(cells[i].text);
      }
      header = col[kNik].has_value();
      if (!header) {
        // A title line above the header is common in exported reports: look a few rows further.
        if (row >= 10)
          throw BadRequest("kolom_wajib_tidak_ada", "Kolom 'nik' tidak ditemukan di berkas jawaban BPJS", "berkas");
        col = {};
        return true;
      }
      if (!col[kKpj] && !col[kStatus])
        throw BadRequest("kolom_wajib_tidak_ada", "Berkas jawaban BPJS harus berisi kolom nik dan kpj (atau status)",
                         "berkas");
      out.unknown_columns = std::move(unknown);
      return true;
    }
    auto text = [&](Field f) -> std::string {
      return col[f] && *col[f] < cells.size() ? trim(cells[*col[f]].text) : std::string{};
    };
    bool blank = true;
    for (const auto& c : cells) blank = blank && trim(c.text).empty();
    if (blank) return true;
    ResponseRow r;
    r.row = row;
    const ImportCell* nik_cell = col[kNik] && *col[kNik] < cells.size() ? &cells[*col[kNik]] : nullptr;
    r.nik = normalize_kpj(text(kNik));  // the same separators people type in any long number
    if (nik_cell && nik_cell->number && r.nik.size() > 15)
      r.errors.push_back(
          {"nik", "nik_tersimpan_sebagai_angka",
           "NIK tersimpan sebagai angka; digit terakhir hilang di Excel. Simpan kolom nik sebagai teks"});
    else if (r.nik.size() != 16 || r.nik.find_first_not_of("0123456789") != std::string::npos)
      r.errors.push_back({"nik", "nik_tidak_valid", "NIK '" + r.nik + "' harus 16 digit angka"});
    r.kpj = normalize_kpj(text(kKpj));
    r.alasan = text(kAlasan);
    const std::string status = text(kStatus);
    if (!status.empty()) {
      if (const auto a = parse_bpjs_answer(status))
        r.status = std::string{to_string(*a)};
      else
        r.errors.push_back({"status", "status_tidak_dikenal",
                            "Status '" + status + "' tidak dikenal; gunakan 'diterima' atau 'ditolak'"});
    } else if (!r.kpj.empty()) {
      r.status = "diterima";
    } else if (!r.alasan.empty()) {
      r.status = "ditolak";
    } else {
      r.errors.push_back({"status", "status_wajib", "Isi status (diterima/ditolak), nomor KPJ, atau alasan penolakan"});
    }
    if (r.status == "diterima") {
      if (auto problem = kpj_problem(r.kpj)) r.errors.push_back(*problem);
      const ImportCell* date_cell = col[kTanggal] && *col[kTanggal] < cells.size() ? &cells[*col[kTanggal]] : nullptr;
      r.tanggal_text = text(kTanggal);
      if (date_cell && date_cell->number) {
        r.tanggal_efektif = date_from_excel_serial(date_cell->value + (date1904 ? 1462 : 0));
        r.tanggal_text = std::to_string(static_cast<long long>(date_cell->value));
      } else if (!r.tanggal_text.empty()) {
        r.tanggal_efektif = parse_date(r.tanggal_text);
      }
      if (r.tanggal_text.empty())
        r.errors.push_back(
            {"tanggal_efektif", "tanggal_wajib", "Tanggal efektif wajib diisi untuk peserta yang diterima"});
      else if (!r.tanggal_efektif || r.tanggal_efektif->year < 2015 || r.tanggal_efektif->year > 2100)
        r.errors.push_back(
            {"tanggal_efektif", "tanggal_tidak_valid",
             "Tanggal efektif '" + r.tanggal_text + "' tidak valid; gunakan DD/MM/YYYY atau YYYY-MM-DD"});
    } else if (r.status == "ditolak" && r.alasan.empty()) {
      r.errors.push_back({"alasan", "alasan_wajib", "Alasan penolakan wajib diisi untuk peserta yang ditolak"});
    }
    out.rows.push_back(std::move(r));
    return true;
  });
  if (!header)
    throw BadRequest("kolom_wajib_tidak_ada", "Kolom 'nik' tidak ditemukan di berkas jawaban BPJS", "berkas");
  return out;
}

}  // namespace lindungi::formats
