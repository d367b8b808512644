#include "demo/demo_names.hpp"

#include <array>

namespace lindungi::demo {

std::size_t Rng::weighted(std::span<const double> weights) {
  double total = 0;
  for (double w : weights) total += w;
  if (weights.empty()) return 0;
  double x = unit() * total;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (x < weights[i]) return i;
    x -= weights[i];
  }
  return weights.size() - 1;
}

namespace {

// Jambi Malay (Melayu Jambi) and common Muslim names.
constexpr std::string_view kMelayuMale[] = {
    "Ahmad", "Abdul Rahman", "Rahmat", "Hasan", "Husin", "Syarifuddin", "Zulkifli", "Azhar", "Jamaluddin",
    "Kamaruddin", "Ismail", "Yusuf", "Idris", "Ramli", "Syamsul", "Zainal", "Arifin", "Hamdan", "Rusli",
    "Amran", "Effendi", "Sulaiman", "Hasbullah", "Mukhtar", "Nasrul", "Fauzi", "Firdaus", "Hendri",
    "Junaidi", "Mahmud", "Saiful", "Taufik", "Hanafi", "Abdullah", "Rizal", "Sofyan", "Fadli", "Ilham",
    "Rizki", "Fikri", "Aldi", "Dedi", "Jefri", "Riko", "Andi", "Bayu", "Dimas", "Heri", "Irwan", "Kusnadi",
    "Usman", "Zulfikar", "Yasir", "Bahrum", "Syahrial", "Nazaruddin", "Azwar", "Darwis", "Kemas Arsyad",
    "Abdul Somad", "Haris", "Ikhsan", "Ridho", "Faisal", "Safri", "Zulpan", "Anwar", "Masagus Hendra"};
constexpr std::string_view kMelayuMale2[] = {
    "Hidayat", "Saputra", "Pratama", "Syahputra", "Ramadhan", "Kurniawan", "Hakim", "Fauzan", "Maulana",
    "Effendi", "Rahman", "Hamzah", "Kadir", "Harun", "Amin", "Ansori", "Rasyid", "Zakaria", "Alamsyah",
    "Firmansyah", "Hasan", "Ibrahim", "Syahrani", "Akbar", "Fadillah", "Rivaldi", "Ardiansyah"};
constexpr std::string_view kMelayuFemale[] = {
    "Siti", "Nur", "Aisyah", "Fatimah", "Zaleha", "Rohani", "Maimunah", "Halimah", "Rosmiati", "Nurhayati",
    "Juliana", "Yusnidar", "Zuraida", "Hasnah", "Ratna", "Rahmawati", "Fitri", "Nurul", "Dewi", "Yuliani",
    "Lina", "Erna", "Rosnani", "Syarifah", "Nurbaiti", "Khadijah", "Mariam", "Salmah", "Asmah", "Rukiah",
    "Zubaidah", "Nurlela", "Desi", "Putri", "Annisa", "Rina", "Yanti", "Herlina", "Nyimas Ratna", "Masnah",
    "Rosmala", "Yusmaniar", "Ani", "Nurjannah", "Laila", "Sakdiah", "Nova", "Indah", "Mega", "Sari"};
constexpr std::string_view kMelayuFemale2[] = {
    "Aminah", "Rahmawati", "Handayani", "Lestari", "Wulandari", "Ramadhani", "Anggraini", "Safitri",
    "Novita", "Maharani", "Khairunnisa", "Hasanah", "Zahra", "Aulia", "Hayati", "Fitriani", "Zulaikha",
    "Marlina", "Susanti", "Oktaviani", "Apriani", "Yulianti", "Azizah", "Sholihah"};

constexpr std::string_view kJawaMale[] = {
    "Sutrisno", "Suparman", "Sugiyono", "Slamet", "Paijo", "Sukirman", "Tukiman", "Wagiman", "Joko",
    "Bambang", "Agus", "Budi", "Eko", "Teguh", "Wahyu", "Heru", "Supriyadi", "Sumarno", "Giyanto",
    "Mulyono", "Riyanto", "Widodo", "Purwanto", "Suwarno", "Darmaji", "Sarwono", "Yanto", "Edi", "Sugeng",
    "Parjo", "Ngadiman", "Suyatno", "Bagus", "Adi", "Rudi", "Dwi", "Tri", "Anton"};
constexpr std::string_view kJawaMale2[] = {
    "Santoso", "Prasetyo", "Susilo", "Wibowo", "Setiawan", "Nugroho", "Purnomo", "Hartono", "Wijaya",
    "Saputro", "Priyanto", "Kuncoro", "Raharjo", "Hariyanto", "Sulistyo", "Triyono", "Budiman", "Wicaksono"};
constexpr std::string_view kJawaFemale[] = {
    "Sri", "Suparmi", "Sumiati", "Tumini", "Sulastri", "Painem", "Suwarni", "Wartini", "Sutini", "Endang",
    "Rini", "Tri", "Dwi", "Ani", "Wahyuni", "Kartini", "Wulan", "Puji", "Siti", "Sumarni", "Suyati",
    "Ngatini", "Partini", "Yuli", "Eni", "Lilis", "Umi"};
constexpr std::string_view kJawaFemale2[] = {
    "Rahayu", "Lestari", "Wahyuni", "Astuti", "Handayani", "Purwaningsih", "Suryani", "Kusumawati",
    "Utami", "Mulyani", "Ningsih", "Sulistyowati", "Wulandari", "Setyowati", "Pujiastuti", "Rahmawati"};

constexpr std::string_view kMinangMale[] = {
    "Afrizal", "Yusrizal", "Syafrizal", "Erizal", "Asril", "Zulhendri", "Buyung", "Masrizal", "Hendrizal",
    "Novrizal", "Yulfian", "Defri", "Elfan", "Irwandi", "Jasmir", "Syafri", "Zulkarnain", "Nofriadi",
    "Indra", "Rinaldi", "Rajo Bujang", "Jon Hendri", "Edison", "Amirudin", "Firman"};
constexpr std::string_view kMinangFemale[] = {
    "Yusnimar", "Nurmaini", "Rosnidar", "Desmawati", "Yenni", "Elvira", "Rahmi", "Fitriani", "Mardiah",
    "Erniwati", "Nurhasni", "Yulisma", "Asnidar", "Delvi", "Syofia", "Nurasiah", "Rosmaini", "Yeni Marlina"};
constexpr std::string_view kMinangSuku[] = {"Chaniago", "Piliang", "Koto", "Tanjung", "Sikumbang",
                                            "Jambak", "Pitopang", "Melayu", "Guci", "Mandailiang"};
constexpr std::string_view kMinangMale2[] = {"Putra", "Sutan", "Malin", "Saputra", "Effendi", "Yunus"};

constexpr std::string_view kBatakMale[] = {
    "Saut", "Togar", "Parlindungan", "Hotman", "Manahan", "Benny", "Roy", "Jhonson", "Hendra", "Maruli",
    "Poltak", "Sahat", "Torang", "Binsar", "Daniel", "Samuel", "Ronald", "Ridwan", "Syahrul", "Irfan",
    "Freddy", "Marihot", "Tigor", "Robert", "Bonar", "Parulian", "Lamhot"};
constexpr std::string_view kBatakFemale[] = {
    "Rosmawati", "Rotua", "Tiurma", "Lasma", "Dame", "Nurhayati", "Mariana", "Romauli", "Sondang", "Martha",
    "Lenny", "Friska", "Elisabeth", "Nova", "Masniari", "Rumondang", "Hotmaida", "Tiominar", "Erlina"};
constexpr std::string_view kMarga[] = {
    "Siregar", "Nasution", "Harahap", "Lubis", "Simanjuntak", "Sitompul", "Pardede", "Hutagalung",
    "Simatupang", "Sinaga", "Situmorang", "Panjaitan", "Silalahi", "Manurung", "Tambunan", "Sihombing",
    "Pasaribu", "Hasibuan", "Rangkuti", "Daulay", "Napitupulu", "Sianturi", "Simbolon", "Purba"};

constexpr std::string_view kSundaMale[] = {"Asep", "Dadang", "Ujang", "Cecep", "Yayan", "Dede", "Iwan",
                                           "Deden", "Engkus", "Ade"};
constexpr std::string_view kSundaMale2[] = {"Sunarya", "Hermawan", "Permana", "Suryana", "Kurnia",
                                            "Supriatna", "Rustandi", "Hidayat"};
constexpr std::string_view kSundaFemale[] = {"Euis", "Neneng", "Iis", "Cucu", "Imas", "Enok", "Nining",
                                             "Lia", "Teti"};
constexpr std::string_view kSundaFemale2[] = {"Nurjanah", "Rohayati", "Komalasari", "Sumiati", "Suryani",
                                              "Herawati", "Kurniasih"};

constexpr std::string_view kTionghoaMale[] = {"Hendra", "Sutanto", "Rudy", "Frans", "Lukas", "Aliong",
                                              "Akiong", "Asui", "Willy", "Johan", "Ferry", "Acong"};
constexpr std::string_view kTionghoaFemale[] = {"Lili", "Meilani", "Susanti", "Yenny", "Linda", "Mei Ling",
                                                "Aling", "Fenny", "Lanny", "Sherly"};
constexpr std::string_view kTionghoaSurname[] = {"Tanoto", "Gunawan", "Halim", "Salim", "Wijaya", "Tandiono",
                                                 "Lim", "Tan", "Tanjaya", "Kusuma", "Setiadi"};

constexpr std::string_view kBachelorReligious[] = {", S.Pd.I.", ", S.Ag.", ", S.Pd.", ", S.H.I.", ", M.Pd.I."};
constexpr std::string_view kBachelorGeneral[] = {", S.E.", ", S.H.", ", S.Sos.", ", S.Pd.", ", S.T.",
                                                 ", S.Kom.", ", S.IP."};

// Kota Jambi streets (the real names of main roads; house numbers are invented).
constexpr std::string_view kStreets[] = {
    "Jl. Kapten Pattimura", "Jl. Sultan Thaha", "Jl. Gatot Subroto", "Jl. Jenderal Sudirman",
    "Jl. Hayam Wuruk", "Jl. Kol. Abunjani", "Jl. Prof. Dr. Sri Soedewi", "Jl. Arif Rahman Hakim",
    "Jl. Halim Perdana Kusuma", "Jl. Sentot Ali Basa", "Jl. Lingkar Barat", "Jl. Lingkar Selatan",
    "Jl. Marsda Surya Darma", "Jl. Jend. A. Yani", "Jl. Slamet Riyadi", "Jl. H. Agus Salim",
    "Jl. Soekarno-Hatta", "Jl. Orang Kayo Hitam", "Jl. Raden Mattaher", "Jl. Sultan Agung",
    "Jl. Yos Sudarso", "Jl. Ki Hajar Dewantara", "Jl. M. Husni Thamrin", "Jl. Kol. Amir Hamzah",
    "Jl. Pangeran Hidayat", "Jl. Depati Parbo", "Jl. Adityawarman", "Jl. Ir. H. Juanda",
    "Jl. Sisingamangaraja", "Jl. Kebun Kopi", "Jl. Talang Banjar", "Jl. Nusa Indah", "Jl. Kasang Pudak",
    "Jl. Purnawirawan", "Jl. Kapten A. Bakaruddin", "Jl. Letjen Suprapto", "Jl. Jenderal Basuki Rahmat",
    "Jl. Prof. M. Yamin", "Jl. Pangeran Antasari", "Jl. Sunan Gunung Jati", "Jl. Cendrawasih",
    "Jl. Kopral Ramli", "Jl. Lettu Suprapto", "Jl. Syamsudin Uban", "Jl. Tp. Sriwijaya", "Jl. Mayor Marzuki",
    "Jl. Danau Sipin", "Jl. Kh. Abdul Qodir", "Jl. Pelabuhan", "Jl. Guru Muchtar", "Jl. Kolonel Pol. M. Taher"};
constexpr std::string_view kAlleys[] = {
    "Lrg. Mawar", "Lrg. Melati", "Lrg. Kenanga", "Lrg. Family", "Lrg. Bahagia", "Lrg. Sepakat",
    "Lrg. Pinang", "Lrg. Sawo", "Lrg. Rambutan", "Lrg. Masjid", "Lrg. Pelita", "Lrg. Harapan",
    "Lrg. Mufakat", "Lrg. Damai", "Lrg. Amal", "Lrg. Swadaya", "Lrg. Karya", "Lrg. Saudara", "Lrg. Kelapa",
    "Lrg. Sakti", "Lrg. Langgar", "Lrg. Rukun", "Gg. Sawit", "Gg. Sejahtera", "Gg. Mesjid Al-Ikhlas",
    "Lrg. Kemuning", "Lrg. Cempaka", "Lrg. Flamboyan", "Lrg. Kurnia", "Lrg. Setia Budi"};

template <std::size_t N>
std::string_view one(Rng& rng, const std::string_view (&list)[N]) {
  return list[rng.below(N)];
}

bool allows_haji(Origin o) { return o != Origin::batak && o != Origin::tionghoa; }

}  // namespace

Origin random_origin(Rng& rng) {
  static constexpr std::array<double, 6> kWeights = {52, 24, 10, 7, 3, 4};
  return static_cast<Origin>(rng.weighted(kWeights));
}

PersonName person_name(Rng& rng, Sex sex, int age, NameStyle style, const Origin* origin, std::string_view marga) {
  PersonName out;
  out.origin = origin ? *origin : random_origin(rng);
  const bool male = sex == Sex::L;
  std::string name;
  switch (out.origin) {
    case Origin::melayu:
      if (male) {
        const double p = rng.unit();
        if (p < 0.14) name = "Muhammad ";
        else if (p < 0.22) name = "M. ";
        name += one(rng, kMelayuMale);
        if (rng.chance(0.55)) name += " " + std::string{one(rng, kMelayuMale2)};
      } else {
        name = one(rng, kMelayuFemale);
        if (rng.chance(0.65)) name += " " + std::string{one(rng, kMelayuFemale2)};
      }
      break;
    case Origin::jawa:
      name = male ? one(rng, kJawaMale) : one(rng, kJawaFemale);
      // Sri, Tri, Dwi, Siti... rarely stand alone.
      if (name.size() <= 4 || rng.chance(0.5))
        name += " " + std::string{male ? one(rng, kJawaMale2) : one(rng, kJawaFemale2)};
      break;
    case Origin::minang:
      if (male) {
        if (rng.chance(0.1)) name = "M. ";
        name += one(rng, kMinangMale);
        const double p = rng.unit();
        if (p < 0.2) name += " " + std::string{one(rng, kMinangSuku)};
        else if (p < 0.45) name += " " + std::string{one(rng, kMinangMale2)};
      } else {
        name = one(rng, kMinangFemale);
      }
      break;
    case Origin::batak:
      out.marga = marga.empty() ? std::string{one(rng, kMarga)} : std::string{marga};
      if (male) name = std::string{one(rng, kBatakMale)} + " " + out.marga;
      else name = std::string{one(rng, kBatakFemale)} + (rng.chance(0.55) ? " br. " : " ") + out.marga;
      break;
    case Origin::sunda:
      name = std::string{male ? one(rng, kSundaMale) : one(rng, kSundaFemale)} + " " +
             std::string{male ? one(rng, kSundaMale2) : one(rng, kSundaFemale2)};
      break;
    case Origin::tionghoa:
      name = std::string{male ? one(rng, kTionghoaMale) : one(rng, kTionghoaFemale)} + " " +
             std::string{one(rng, kTionghoaSurname)};
      break;
  }

  // Titles: the hajj for older Muslims (more so among mosque officials and RT heads), degrees.
  double haji = age >= 40 ? 0.07 : 0.0;
  if (style == NameStyle::petugas_syara) haji = age >= 35 ? 0.45 : 0.1;
  if (style == NameStyle::ketua_rt && age >= 40) haji = 0.22;
  if (style == NameStyle::guru_agama && age >= 35) haji = 0.15;
  if (allows_haji(out.origin) && rng.chance(haji)) name = (male ? "H. " : "Hj. ") + name;
  else if (style == NameStyle::ketua_rt && male && age >= 50 && rng.chance(0.05)) name = "Drs. " + name;

  if (style == NameStyle::guru_agama && rng.chance(0.45)) name += one(rng, kBachelorReligious);
  else if (style == NameStyle::ketua_rt && rng.chance(0.15)) name += one(rng, kBachelorGeneral);
  out.nama = std::move(name);
  return out;
}

std::string_view street(Rng& rng) { return one(rng, kStreets); }
std::string_view alley(Rng& rng) { return one(rng, kAlleys); }

NikArea jambi_kabupaten(Rng& rng) {
  // Kabupaten of Jambi province and Kota Sungai Penuh, weighted towards the city's neighbours.
  static constexpr NikArea kAreas[] = {{"1505", 11}, {"1504", 8}, {"1506", 11}, {"1507", 13}, {"1501", 16},
                                       {"1502", 24}, {"1503", 10}, {"1508", 12}, {"1509", 17}, {"1572", 8}};
  static constexpr std::array<double, 10> kWeights = {30, 15, 10, 10, 6, 8, 7, 5, 6, 3};
  return kAreas[rng.weighted(kWeights)];
}

NikArea outside_province(Rng& rng, Origin origin) {
  static constexpr NikArea kJawa[] = {{"3374", 16}, {"3310", 26}, {"3578", 31}, {"3471", 14}, {"3301", 24},
                                      {"3503", 14}};
  static constexpr NikArea kMinang[] = {{"1371", 11}, {"1306", 17}, {"1375", 3}, {"1303", 15}};
  static constexpr NikArea kBatak[] = {{"1271", 21}, {"1202", 15}, {"1212", 16}, {"1273", 8}};
  static constexpr NikArea kSunda[] = {{"3201", 40}, {"3273", 30}, {"3205", 42}};
  static constexpr NikArea kOther[] = {{"1671", 18}, {"1471", 12}, {"3175", 10}, {"2171", 12}, {"1671", 18}};
  switch (origin) {
    case Origin::jawa: return kJawa[rng.below(std::size(kJawa))];
    case Origin::minang: return kMinang[rng.below(std::size(kMinang))];
    case Origin::batak: return kBatak[rng.below(std::size(kBatak))];
    case Origin::sunda: return kSunda[rng.below(std::size(kSunda))];
    default: return kOther[rng.below(std::size(kOther))];
  }
}

}  // namespace lindungi::demo
