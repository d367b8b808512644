#pragma once
// Building blocks of the demo data set (DESIGN.md §7): a fixed, portable pseudo-random generator
// and plausible Indonesian names and Kota Jambi street addresses. Nothing here touches storage.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/nik.hpp"

namespace lindungi::demo {

// splitmix64: the same seed gives the same sequence on every platform and compiler (unlike the
// distributions of <random>, whose algorithms are implementation-defined).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n); 0 when n == 0. The modulo bias (< n / 2^64) is irrelevant here.
  std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : next() % n; }
  // Uniform in [lo, hi].
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo) + 1)); }
  // Uniform in [0, 1).
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return unit() < p; }
  // An index drawn with the given non-negative weights (the last index if all are zero).
  std::size_t weighted(std::span<const double> weights);
  template <typename T>
  const T& pick(std::span<const T> items) {
    return items[below(items.size())];
  }

 private:
  std::uint64_t state_;
};

// Where a name comes from, which also hints where the person's NIK was first issued.
enum class Origin { melayu, jawa, minang, batak, sunda, tionghoa };

// What the person does, which changes the titles a name carries.
enum class NameStyle { biasa, ketua_rt, guru_agama, petugas_syara };

struct PersonName {
  std::string nama;
  Origin origin = Origin::melayu;
  std::string marga;  // Batak clan name, passed on to children
};

// The mix of Kota Jambi: mostly Jambi Malay, then Javanese, Minang, Batak, Sundanese, Chinese.
Origin random_origin(Rng& rng);

// A full name for a person of `sex` and `age`. `origin` empty picks one; `marga` non-empty (for
// a Batak child) is used instead of a random clan name.
PersonName person_name(Rng& rng, Sex sex, int age, NameStyle style, const Origin* origin = nullptr,
                       std::string_view marga = {});

// A street of Kota Jambi ("Jl. Kapten Pattimura") and an alley name ("Lrg. Sepakat").
std::string_view street(Rng& rng);
std::string_view alley(Rng& rng);

// Two-digit province + kab/kota code where people of `origin` born outside Kota Jambi commonly
// got their NIK ("1505" Muaro Jambi, "1371" Kota Padang, ...), with its number of kecamatan.
struct NikArea {
  std::string_view code4;
  int kecamatan;
};
NikArea jambi_kabupaten(Rng& rng);
NikArea outside_province(Rng& rng, Origin origin);

}  // namespace lindungi::demo
