#include "wire/funnel.hpp"

namespace lindungi::wire {

namespace {

nlohmann::json steps_json(const std::vector<FunnelStep>& steps) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : steps) {
    nlohmann::json reasons = nlohmann::json::array();
    for (const auto& r : s.alasan) reasons.push_back({{"kode", r.kode}, {"label", r.label}, {"jumlah", r.jumlah}});
    out.push_back({{"kode", s.kode},
                   {"label", s.label},
                   {"jumlah", s.jumlah ? nlohmann::json(*s.jumlah) : nlohmann::json(nullptr)},
                   {"turun", s.turun},
                   {"alasan", std::move(reasons)}});
  }
  return out;
}

nlohmann::json funnel_row_json(const services::FunnelRow& row) {
  return {{"kode", row.kode}, {"nama", row.nama}, {"tahapan", steps_json(row.steps)}};
}

}  // namespace

nlohmann::json to_json(const services::FunnelReport& report, const Date& today) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : report.rows) rows.push_back(funnel_row_json(row));
  return {{"level", std::string{to_string(report.level)}},
          {"kategori", report.kategori.empty() ? nlohmann::json(nullptr) : nlohmann::json(report.kategori)},
          {"tanggal", today.iso()},
          {"wilayah", funnel_row_json(report.total)},
          {"rows", std::move(rows)}};
}

}  // namespace lindungi::wire
