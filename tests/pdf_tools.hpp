#pragma once
// Reading PDFs back in tests with poppler-utils (pdfinfo, pdftotext), installed by
// scripts/install-deps.sh --test: the member cards' and the reports' PDFs (issue 6).
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace lindungi::testing {

inline bool have(const char* tool) {
  return std::system((std::string{"command -v "} + tool + " >/dev/null 2>&1").c_str()) == 0;
}

inline std::string run(const std::string& command) {
  std::string out;
  FILE* p = popen(command.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

// A PDF's pages as text (pdftotext -layout), each page's text ending with a form feed, and its
// page count (pdfinfo); the bytes go through a private temporary file.
struct PdfText {
  int pages = 0;
  std::string text;
  std::string info;
};

inline PdfText read_pdf(const std::string& bytes) {
  static int serial = 0;
  const auto path = std::filesystem::temp_directory_path() /
                    ("lindungi_pdf_" + std::to_string(getpid()) + "_" + std::to_string(++serial) + ".pdf");
  std::ofstream(path, std::ios::binary) << bytes;
  PdfText out;
  out.info = run("pdfinfo " + path.string() + " 2>/dev/null");
  if (const auto at = out.info.find("Pages:"); at != std::string::npos) out.pages = std::stoi(out.info.substr(at + 6));
  out.text = run("pdftotext -layout " + path.string() + " - 2>/dev/null");
  std::filesystem::remove(path);
  return out;
}

// Every word of a PDF with its horizontal extent in points (pdftotext -bbox), in reading order.
struct PdfWord {
  std::string text;
  double x_min = 0, x_max = 0;
};

inline std::vector<PdfWord> pdf_words(const std::string& bytes) {
  static int serial = 0;
  const auto path = std::filesystem::temp_directory_path() /
                    ("lindungi_pdfw_" + std::to_string(getpid()) + "_" + std::to_string(++serial) + ".pdf");
  std::ofstream(path, std::ios::binary) << bytes;
  const std::string html = run("pdftotext -bbox " + path.string() + " - 2>/dev/null");
  std::filesystem::remove(path);
  std::vector<PdfWord> out;
  auto attr = [](const std::string& tag, const std::string& name) {
    const auto at = tag.find(name + "=\"");
    return at == std::string::npos ? 0.0 : std::stod(tag.substr(at + name.size() + 2));
  };
  for (std::size_t at = html.find("<word "); at != std::string::npos; at = html.find("<word ", at + 1)) {
    const auto close = html.find('>', at);
    const auto end = html.find("</word>", close);
    if (close == std::string::npos || end == std::string::npos) break;
    const std::string tag = html.substr(at, close - at);
    out.push_back({html.substr(close + 1, end - close - 1), attr(tag, "xMin"), attr(tag, "xMax")});
  }
  return out;
}

}  // namespace lindungi::testing
