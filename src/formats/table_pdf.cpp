#include "formats/table_pdf.hpp"

#include <hpdf.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>

#include "clock/clock.hpp"
#include "core/date.hpp"
#include "formats/pdf_document.hpp"

namespace lindungi::formats {

namespace {

constexpr float kA4Short = 595.276f, kA4Long = 841.89f;
constexpr float kMarginX = 36, kMarginTop = 40, kMarginBottom = 46;
constexpr float kFooterY = 24;
constexpr float kBodySize = 8, kHeaderSize = 7.5f, kTitleSize = 14, kSubtitleSize = 9, kSectionSize = 10.5f;
constexpr float kPadX = 2.5f, kPadY = 2.5f;
constexpr float kLineFactor = 1.22f;  // line height / font size
constexpr float kMinNumberSize = 5, kMinHeaderSize = 5.5f;
const char* const kEllipsis = "\xE2\x80\xA6";  // "…"

bool right_aligned(ColumnKind k) { return k != ColumnKind::text && k != ColumnKind::date; }

// Length of the UTF-8 sequence that starts with `lead` (1 for a stray continuation byte, so that
// broken input still advances).
std::size_t utf8_len(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// libharu's UTF-8 encoder stops the document at a malformed sequence: bytes that are not UTF-8
// become "?", control characters but the line feed become spaces.
std::string clean(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto lead = static_cast<unsigned char>(s[i]);
    if (lead < 0x80) {
      out.push_back(lead < 0x20 && lead != '\n' ? ' ' : static_cast<char>(lead));
      ++i;
      continue;
    }
    const std::size_t n = lead >= 0xC2 && lead <= 0xF4 ? utf8_len(lead) : 0;
    bool ok = n > 1 && i + n <= s.size();
    for (std::size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (ok) {
      out.append(s, i, n);
      i += n;
    } else {
      out.push_back('?');
      ++i;
    }
  }
  return out;
}

ReportDocument cleaned(const ReportDocument& r) {
  ReportDocument out{clean(r.title), {}, r.tables, r.name};
  for (const auto& line : r.subtitle) out.subtitle.push_back(clean(line));
  for (auto& t : out.tables) {
    t.sheet = clean(t.sheet);
    for (auto& h : t.header) h = clean(h);
    for (auto& row : t.rows)
      for (auto& cell : row) cell = clean(cell);
  }
  return out;
}

class Writer {
 public:
  Writer(const PdfDocument& doc, bool landscape, std::function<std::string(const std::string&)> words)
      : pdf_(doc.get()), doc_(doc), regular_(doc.regular()), bold_(doc.bold()), words_(std::move(words)) {
    width_ = landscape ? kA4Long : kA4Short;
    height_ = landscape ? kA4Short : kA4Long;
    direction_ = landscape ? HPDF_PAGE_LANDSCAPE : HPDF_PAGE_PORTRAIT;
  }

  void title(const ReportDocument& r) {
    new_page();
    for (const auto& line : wrap(bold_, kTitleSize, r.title, usable(), 3)) {
      y_ -= kTitleSize * kLineFactor;
      text(bold_, kTitleSize, kMarginX, y_, line);
    }
    HPDF_Page_SetRGBFill(page_, 0.3f, 0.3f, 0.3f);
    for (const auto& s : r.subtitle)
      for (const auto& line : wrap(regular_, kSubtitleSize, s, usable(), 3)) {
        y_ -= kSubtitleSize * kLineFactor;
        text(regular_, kSubtitleSize, kMarginX, y_, line);
      }
    HPDF_Page_SetRGBFill(page_, 0, 0, 0);
    y_ -= 6;
  }

  void table(const Table& t) {
    layout(t);
    const float header_h = row_height(header_lines_, header_size_);
    const float first_row_h = t.rows.empty() ? one_line(kBodySize) : row_height(cells(t.rows.front()), kBodySize);
    // Keep the heading with the header row and the first data row.
    if (y_ - section_height() - header_h - first_row_h < kMarginBottom) new_page();
    section(t.sheet);
    header_row();
    if (t.rows.empty()) {
      const float h = one_line(kBodySize);
      HPDF_Page_SetRGBFill(page_, 0.35f, 0.35f, 0.35f);
      text(regular_, kBodySize, kMarginX + kPadX, y_ - kPadY - kBodySize * 0.9f, word("Tidak ada data"));
      HPDF_Page_SetRGBFill(page_, 0, 0, 0);
      y_ -= h;
      rule(0.5f);
    }
    bool shaded = false;
    for (const auto& row : t.rows) {
      const auto lines = cells(row);
      const float h = row_height(lines, kBodySize);
      if (y_ - h < kMarginBottom) {
        new_page();
        section(word(t.sheet + " (lanjutan)"));
        header_row();
        shaded = false;
      }
      if (shaded) {
        HPDF_Page_SetRGBFill(page_, 0.96f, 0.96f, 0.96f);
        HPDF_Page_Rectangle(page_, kMarginX, y_ - h, usable(), h);
        HPDF_Page_Fill(page_);
        HPDF_Page_SetRGBFill(page_, 0, 0, 0);
      }
      shaded = !shaded;
      draw_cells(lines, regular_, kBodySize);
      y_ -= h;
      doc_.check("menggambar baris");
    }
    y_ -= 12;
  }

  void nothing() {
    if (y_ - 3 * one_line(kBodySize) < kMarginBottom) new_page();
    y_ -= one_line(kBodySize);
    text(regular_, kBodySize + 1, kMarginX, y_, word("Tidak ada data"));
  }

  // "Halaman i dari N" on every page, once N is known.
  void footers(const std::string& title) {
    const std::string total = std::to_string(pages_.size());
    for (std::size_t i = 0; i < pages_.size(); ++i) {
      page_ = pages_[i];
      HPDF_Page_SetRGBStroke(page_, 0.7f, 0.7f, 0.7f);
      HPDF_Page_SetLineWidth(page_, 0.4f);
      HPDF_Page_MoveTo(page_, kMarginX, kFooterY + 10);
      HPDF_Page_LineTo(page_, width_ - kMarginX, kFooterY + 10);
      HPDF_Page_Stroke(page_);
      HPDF_Page_SetRGBFill(page_, 0.35f, 0.35f, 0.35f);
      const std::string label = word("Halaman " + std::to_string(i + 1) + " dari " + total);
      const float w = measure(regular_, 7.5f, label);
      text(regular_, 7.5f, width_ - kMarginX - w, kFooterY, label);
      text(regular_, 7.5f, kMarginX, kFooterY,
           elide(regular_, 7.5f, "Lindungi \xE2\x80\x94 " + title, usable() - w - 24));
    }
    doc_.check("menulis nomor halaman");
  }

 private:
  using Lines = std::vector<std::vector<std::string>>;  // per column, the lines of one cell

  std::string word(const std::string& indonesian) const { return words_ ? clean(words_(indonesian)) : indonesian; }
  float usable() const { return width_ - 2 * kMarginX; }
  static float one_line(float size) { return size * kLineFactor + 2 * kPadY; }
  static float section_height() { return kSectionSize * kLineFactor + 6; }

  void new_page() {
    page_ = HPDF_AddPage(pdf_);
    HPDF_Page_SetSize(page_, HPDF_PAGE_SIZE_A4, direction_);
    pages_.push_back(page_);
    y_ = height_ - kMarginTop;
    doc_.check("menambah halaman");
  }

  float measure(HPDF_Font font, float size, const std::string& s) const {
    if (s.empty()) return 0;
    const HPDF_TextWidth tw =
        HPDF_Font_TextWidth(font, reinterpret_cast<const HPDF_BYTE*>(s.data()), static_cast<HPDF_UINT>(s.size()));
    return static_cast<float>(tw.width) * size / 1000.0f;
  }

  void text(HPDF_Font font, float size, float x, float y, const std::string& s) {
    if (s.empty()) return;
    HPDF_Page_SetFontAndSize(page_, font, size);
    HPDF_Page_BeginText(page_);
    HPDF_Page_TextOut(page_, x, y, s.c_str());
    HPDF_Page_EndText(page_);
  }

  // The longest prefix of `s` (whole characters) that fits `width` with "…" after it.
  std::string elide(HPDF_Font font, float size, const std::string& s, float width) const {
    if (measure(font, size, s) <= width) return s;
    std::vector<std::size_t> ends;
    for (std::size_t i = 0; i < s.size(); i += utf8_len(static_cast<unsigned char>(s[i])))
      ends.push_back(std::min(s.size(), i + utf8_len(static_cast<unsigned char>(s[i]))));
    // Binary search over character boundaries: measuring is the cost on long cells.
    std::size_t lo = 0, hi = ends.size();
    while (lo < hi) {
      const std::size_t mid = (lo + hi + 1) / 2;
      if (measure(font, size, s.substr(0, ends[mid - 1]) + kEllipsis) <= width)
        lo = mid;
      else
        hi = mid - 1;
    }
    std::string out = lo ? s.substr(0, ends[lo - 1]) : std::string{};
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + kEllipsis;
  }

  // Greedy word wrap over at most `max_lines` lines; a word wider than the line is split between
  // characters; what does not fit the last line is elided.
  std::vector<std::string> wrap(HPDF_Font font, float size, const std::string& s, float width, int max_lines) const {
    std::vector<std::string> lines;
    if (s.empty()) return lines;
    if (measure(font, size, s) <= width && s.find('\n') == std::string::npos) return {s};
    std::vector<std::string> words;
    std::vector<bool> breaks;  // a hard line break before the word
    {
      std::string word;
      bool hard = false;
      for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
          if (!word.empty()) words.push_back(word), breaks.push_back(hard), word.clear(), hard = false;
          if (c == '\n') hard = true;
        } else {
          word.push_back(c);
        }
      }
      if (!word.empty()) words.push_back(word), breaks.push_back(hard);
    }
    std::string current;
    bool overflow = false;
    auto push = [&](std::string line) {
      if (static_cast<int>(lines.size()) == max_lines) {
        overflow = true;
        return;
      }
      lines.push_back(std::move(line));
    };
    for (std::size_t w = 0; w < words.size() && !overflow; ++w) {
      std::string word = words[w];
      if (breaks[w] && !current.empty()) push(std::move(current)), current.clear();
      const std::string joined = current.empty() ? word : current + " " + word;
      if (measure(font, size, joined) <= width) {
        current = joined;
        continue;
      }
      if (!current.empty()) push(std::move(current)), current.clear();
      // The word alone: split it where it no longer fits.
      while (!overflow && measure(font, size, word) > width) {
        std::size_t cut = 0;
        for (std::size_t i = 0; i < word.size();) {
          const std::size_t next = std::min(word.size(), i + utf8_len(static_cast<unsigned char>(word[i])));
          if (measure(font, size, word.substr(0, next)) > width) break;
          cut = i = next;
        }
        if (cut == 0) cut = utf8_len(static_cast<unsigned char>(word[0]));  // one glyph wider than the column
        push(word.substr(0, cut));
        word.erase(0, cut);
      }
      current = word;
    }
    if (!current.empty()) {
      if (static_cast<int>(lines.size()) == max_lines)
        overflow = true;
      else
        lines.push_back(current);
    }
    if (overflow && !lines.empty()) lines.back() = elide(font, size, lines.back() + " " + kEllipsis, width);
    return lines;
  }

  void layout(const Table& t) {
    std::size_t n = t.header.size();
    if (n == 0)
      for (const auto& row : t.rows) n = std::max(n, row.size());
    kinds_.assign(n, ColumnKind::text);
    columns_.assign(n, 0);
    float total = 0;
    for (std::size_t c = 0; c < n; ++c) {
      kinds_[c] = column_kind(t, c);
      columns_[c] = c < t.widths.size() && t.widths[c] > 0 ? static_cast<float>(t.widths[c]) : 16;
      total += columns_[c];
    }
    for (auto& w : columns_) w = w / total * usable();
    // The header is set smaller, for the whole row, until every word fits its column: a heading
    // broken inside a word ("Terverifika-si") reads badly.
    auto words_fit = [&](float size) {
      for (std::size_t c = 0; c < n && c < t.header.size(); ++c) {
        std::size_t start = 0;
        const std::string& h = t.header[c];
        while (start <= h.size()) {
          const std::size_t end = std::min(h.find(' ', start), h.size());
          if (measure(bold_, size, h.substr(start, end - start)) > columns_[c] - 2 * kPadX) return false;
          start = end + 1;
        }
      }
      return true;
    };
    header_size_ = kHeaderSize;
    while (header_size_ > kMinHeaderSize && !words_fit(header_size_)) header_size_ -= 0.25f;
    header_lines_.assign(n, {});
    for (std::size_t c = 0; c < n && c < t.header.size(); ++c)
      header_lines_[c] = wrap(bold_, header_size_, t.header[c], columns_[c] - 2 * kPadX, kMaxCellLines);
  }

  Lines cells(const std::vector<std::string>& row) const {
    Lines out(columns_.size());
    for (std::size_t c = 0; c < columns_.size() && c < row.size(); ++c) {
      const std::string shown = display_cell(kinds_[c], row[c]);
      if (shown.empty()) continue;
      // One word — a figure, a code such as 15.71.01.1001.007 — stays whole on one line, set
      // smaller by draw_cells when it must be; only when even that fails is it broken.
      if (shown.find_first_of(" \n") == std::string::npos &&
          measure(regular_, kMinNumberSize, shown) <= columns_[c] - 2 * kPadX)
        out[c] = {shown};
      else
        out[c] = wrap(regular_, kBodySize, shown, columns_[c] - 2 * kPadX, kMaxCellLines);
    }
    return out;
  }

  static float row_height(const Lines& lines, float size) {
    std::size_t n = 1;
    for (const auto& l : lines) n = std::max(n, l.size());
    return static_cast<float>(n) * size * kLineFactor + 2 * kPadY;
  }

  void draw_cells(const Lines& lines, HPDF_Font font, float size) {
    float x = kMarginX;
    for (std::size_t c = 0; c < lines.size(); ++c) {
      const float inner = columns_[c] - 2 * kPadX;
      for (std::size_t i = 0; i < lines[c].size(); ++i) {
        const float baseline = y_ - kPadY - size * 0.9f - static_cast<float>(i) * size * kLineFactor;
        float s = size;
        float w = measure(font, s, lines[c][i]);
        // A figure or a code is never cut: it is set smaller until it fits.
        while (w > inner && s > kMinNumberSize) w = measure(font, s -= 0.25f, lines[c][i]);
        const float indent = right_aligned(kinds_[c]) ? std::max(0.0f, inner - w) : 0.0f;
        text(font, s, x + kPadX + indent, baseline, lines[c][i]);
      }
      x += columns_[c];
    }
  }

  void section(const std::string& name) {
    y_ -= kSectionSize * kLineFactor;
    text(bold_, kSectionSize, kMarginX, y_, elide(bold_, kSectionSize, name, usable()));
    y_ -= 6;
  }

  void header_row() {
    const float h = row_height(header_lines_, header_size_);
    HPDF_Page_SetRGBFill(page_, 0.87f, 0.92f, 0.97f);
    HPDF_Page_Rectangle(page_, kMarginX, y_ - h, usable(), h);
    HPDF_Page_Fill(page_);
    HPDF_Page_SetRGBFill(page_, 0, 0, 0);
    draw_cells(header_lines_, bold_, header_size_);
    y_ -= h;
    rule(0.6f);
  }

  void rule(float width) {
    HPDF_Page_SetRGBStroke(page_, 0.5f, 0.5f, 0.5f);
    HPDF_Page_SetLineWidth(page_, width);
    HPDF_Page_MoveTo(page_, kMarginX, y_);
    HPDF_Page_LineTo(page_, width_ - kMarginX, y_);
    HPDF_Page_Stroke(page_);
  }

  HPDF_Doc pdf_;
  const PdfDocument& doc_;
  HPDF_Font regular_, bold_;
  std::function<std::string(const std::string&)> words_;
  float width_ = kA4Short, height_ = kA4Long;
  HPDF_PageDirection direction_ = HPDF_PAGE_PORTRAIT;
  std::vector<HPDF_Page> pages_;
  HPDF_Page page_ = nullptr;
  float y_ = 0;
  std::vector<float> columns_;  // points
  std::vector<ColumnKind> kinds_;
  Lines header_lines_;
  float header_size_ = kHeaderSize;
};

bool needs_landscape(const ReportDocument& r) {
  for (const auto& t : r.tables) {
    double total = 0;
    for (std::size_t c = 0; c < t.header.size(); ++c)
      total += c < t.widths.size() && t.widths[c] > 0 ? t.widths[c] : 16;
    if (total > kPortraitMaxChars) return true;
  }
  return false;
}

}  // namespace

std::string table_pdf(const ReportDocument& original, const TablePdfOptions& options) {
  const ReportDocument report = cleaned(original);
  PdfDocument doc(report.title, options.font, options.bold_font);

  Writer w(doc, needs_landscape(report), options.words);
  w.title(report);
  for (const auto& t : report.tables) w.table(t);
  if (report.tables.empty()) w.nothing();
  w.footers(report.title);

  return doc.bytes();
}

std::string wib_timestamp() {
  using namespace std::chrono;
  const auto wib = clock::now() + hours(7);  // the one clock (issue 15)
  const auto day = floor<days>(wib);
  const auto minutes_of_day = duration_cast<minutes>(wib - day).count();
  return Date::from_serial(day.time_since_epoch().count()).id() + " " +
         zero_pad(static_cast<int>(minutes_of_day / 60), 2) + ":" + zero_pad(static_cast<int>(minutes_of_day % 60), 2) +
         " WIB";
}

}  // namespace lindungi::formats
