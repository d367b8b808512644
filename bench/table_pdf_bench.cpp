// Reports as PDF (issue 6): how long a report of N line items takes to print, e.g. the city's
// arrears lines (GET /arrears?format=pdf). The font embedding is a fixed cost per document.
#include <benchmark/benchmark.h>

#include <string>

#include "formats/table_pdf.hpp"

namespace {

lindungi::formats::ReportDocument arrears_like(int rows) {
  using lindungi::formats::ColumnKind;
  lindungi::formats::Table t;
  t.sheet = "Rincian";
  t.header = {"RT", "Pekerja", "Nama", "Sumber dana", "Bulan", "Iuran", "Dibayar", "Status"};
  t.numeric = {false, true, false, false, false, true, true, false};
  t.widths = {20, 10, 30, 34, 10, 12, 12, 12};
  t.kinds = {ColumnKind::text, ColumnKind::number, ColumnKind::text,   ColumnKind::text,
             ColumnKind::date, ColumnKind::rupiah, ColumnKind::rupiah, ColumnKind::text};
  for (int i = 0; i < rows; ++i)
    t.rows.push_back({"15.71.01.1001.007", std::to_string(10'000 + i), "Siti Nur\u2019aini binti Abdullah",
                      "dana_kampung_bahagia:15.71.01.1001.007", "2026-01", "16800", "0", "tunggakan"});
  return {"Tunggakan iuran per RT 2026", {"Wilayah: Kota Jambi (15.71)"}, {t}, "tunggakan"};
}

void BM_TablePdf(benchmark::State& state) {
  const auto doc = arrears_like(static_cast<int>(state.range(0)));
  std::size_t bytes = 0;
  for (auto _ : state) {
    const auto pdf = lindungi::formats::table_pdf(doc);
    bytes = pdf.size();
    benchmark::DoNotOptimize(pdf.data());
  }
  state.counters["bytes"] = static_cast<double>(bytes);
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_TablePdf)->Arg(0)->Arg(1'000)->Arg(10'000)->Unit(benchmark::kMillisecond);

}  // namespace
