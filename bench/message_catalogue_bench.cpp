// Google Benchmark for the server's second language (issue 17 item 10): what translating one
// Indonesian text costs with the compiled-in catalogue (services/message_catalogue). Only error
// and warning texts are translated, and only when English is asked; see docs/ARCHITECTURE.md
// "Languages".
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "services/message_catalogue.hpp"

namespace {

using lindungi::services::MessageCatalogue;

void translate(benchmark::State& state, const std::vector<std::string>& texts) {
  const MessageCatalogue& en = MessageCatalogue::english();
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(en.translate(texts[i++ % texts.size()]));
  state.SetItemsProcessed(state.iterations());
}

// A text without a placeholder: one hash lookup.
void BM_TranslateExact(benchmark::State& state) {
  translate(state, {"Nama pengguna atau kata sandi salah", "Nama wajib diisi", "Pedagang / Pelaku UMKM"});
}
BENCHMARK(BM_TranslateExact);

// Texts with parts, some nested (an import summary, a NIK warning, a heir's field problem).
void BM_TranslateTemplate(benchmark::State& state) {
  translate(state, {"Pekerja dengan id 42 tidak ditemukan", "NIK harus 16 digit, bukan 5 digit",
                    "Tanggal lahir 04/03/1985 tidak sesuai dengan NIK (NIK menunjukkan 04/03/1990)",
                    "NIK ahli waris ke-1: NIK harus 16 digit, bukan 3 digit",
                    "Anggaran APBD Kota Jambi 2026 belum diisi",
                    "Disimpan (impor #12): 3 baru, 0 diperbarui, 0 tidak berubah, 2 ditolak dari 5 baris; 2 baris "
                    "dengan dugaan duplikat."});
}
BENCHMARK(BM_TranslateTemplate);

// A text with no entry (kept in Indonesian): every candidate is looked up and fails.
void BM_TranslateMiss(benchmark::State& state) {
  translate(state, {"Pesan yang tidak ada di katalog sama sekali", "Baris"});
}
BENCHMARK(BM_TranslateMiss);

}  // namespace
