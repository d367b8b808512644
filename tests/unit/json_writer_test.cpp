#include "formats/json_writer.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "wire/workers.hpp"

using namespace lindungi;
using nlohmann::json;

TEST(JsonWriter, WritesValidJsonWithEscapes) {
  formats::JsonWriter w;
  w.begin_object()
      .field("a", std::string_view{"quote \" backslash \\ newline \n tab \t ctrl \x01"})
      .field("n", std::int64_t{-5})
      .field("b", true)
      .key("list")
      .begin_array()
      .value(std::int64_t{1})
      .null()
      .begin_object()
      .field("x", std::string_view{"y"})
      .end_object()
      .end_array()
      .end_object();
  const auto j = json::parse(w.take());
  EXPECT_EQ(j["a"], "quote \" backslash \\ newline \n tab \t ctrl \x01");
  EXPECT_EQ(j["n"], -5);
  EXPECT_EQ(j["b"], true);
  EXPECT_EQ(j["list"].size(), 3u);
  EXPECT_TRUE(j["list"][1].is_null());
  EXPECT_EQ(j["list"][2]["x"], "y");
}

TEST(JsonWriter, InvalidUtf8BecomesReplacementCharacter) {
  formats::JsonWriter w;
  w.value(std::string_view{"Sit\xC3\xAD \xC3 \xED\xA0\x80 \xF0\x9F\x98\x80"});
  const auto s = json::parse(w.take()).get<std::string>();
  EXPECT_EQ(s, "Sit\xC3\xAD \xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD \xF0\x9F\x98\x80");
}

TEST(WorkerJson, TextAndTreeAreTheSameDocument) {
  RegionTree regions;
  regions.add({"15", "Jambi", RegionLevel::provinsi, "", 0, 0});
  regions.add({"15.71", "Kota Jambi", RegionLevel::kabkota, "", 0, 0});
  regions.add({"15.71.01", "Telanaipura", RegionLevel::kecamatan, "", 0, 0});
  regions.add({"15.71.01.1001", "Simpang IV Sipin", RegionLevel::kelurahan, "", 0, 0});
  Worker w;
  w.id = 7;
  w.nik = "1571015708850003";
  w.nama = "Siti \"Ani\" Aminah";
  w.tanggal_lahir = Date{1985, 8, 17};
  w.jenis_kelamin = Sex::P;
  w.kode_kelurahan = "15.71.01.1001";
  w.rt = 3;
  w.pekerjaan = "pedagang_umkm";
  w.penghasilan = 1'500'000;
  w.kategori = "pekerja_rentan";
  w.ahli_waris = {{1, "Budi", "suami", "1571011111800001", Date{1980, 11, 11}}, {2, "Ani", "anak", "", std::nullopt}};
  const auto masked = json::parse(wire::worker_json_text(w, regions, wire::NikView::masked));
  EXPECT_EQ(masked["nik"], "1571**********03");
  EXPECT_EQ(masked["ahli_waris"][0]["nik"], "1571**********01");
  EXPECT_EQ(masked["kecamatan"], "Telanaipura");
  EXPECT_EQ(masked["penghasilan_teks"], "Rp1.500.000");
  EXPECT_TRUE(masked["ahli_waris"][1]["tanggal_lahir"].is_null());
  EXPECT_EQ(wire::worker_to_json(w, regions, wire::NikView::full)["nik"], "1571015708850003");
  EXPECT_EQ(json::parse(wire::worker_summary_text(w, regions, wire::NikView::full)),
            wire::worker_summary_json(w, regions, wire::NikView::full));
}
