#pragma once
// Reports as files from the CLI (issue 6): `--xlsx FILE` and `--pdf FILE` on the commands that
// print a report, written from the same document as the API's downloads.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "formats/table_pdf.hpp"

namespace lindungi::cli {

struct ReportFiles {
  std::string xlsx, pdf;  // empty: not asked for
};

// Adds --xlsx FILE and --pdf FILE to `cmd`.
std::shared_ptr<ReportFiles> add_report_file_options(CLI::App* cmd);

// Writes the files asked for; the PDF says when it was printed. BadRequest naming the option
// when a file cannot be written.
void write_report_files(const ReportFiles& files, formats::ReportDocument document);

}  // namespace lindungi::cli
