#include "cli/report_output.hpp"

#include <fstream>

#include "core/errors.hpp"

namespace lindungi::cli {

namespace {

void write_file(const std::string& path, const std::string& bytes, const char* option) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  out.close();
  if (!out) throw BadRequest("berkas_tidak_dapat_ditulis", "Berkas '" + path + "' tidak dapat ditulis", option);
}

}  // namespace

std::shared_ptr<ReportFiles> add_report_file_options(CLI::App* cmd) {
  auto files = std::make_shared<ReportFiles>();
  cmd->add_option("--xlsx", files->xlsx, "Tulis juga laporan XLSX ke berkas ini");
  cmd->add_option("--pdf", files->pdf, "Tulis juga laporan PDF (A4) ke berkas ini");
  return files;
}

void write_report_files(const ReportFiles& files, formats::ReportDocument document) {
  if (!files.xlsx.empty()) write_file(files.xlsx, formats::table_xlsx(document.tables), "xlsx");
  if (!files.pdf.empty()) {
    document.subtitle.push_back("Dicetak " + formats::wib_timestamp());
    write_file(files.pdf, formats::table_pdf(document), "pdf");
  }
}

}  // namespace lindungi::cli
