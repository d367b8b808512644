#include "wire/planner.hpp"

#include "core/region.hpp"
#include "core/worker.hpp"

namespace lindungi::wire {

namespace {

nlohmann::json month_json(const YearMonth& m) { return {{"bulan", m.iso()}, {"label", month_words(m)}}; }

std::string exclusion_code(PlanExclusion e) {
  switch (e) {
    case PlanExclusion::income_above_ceiling:
      return "penghasilan_di_atas_batas";
    case PlanExclusion::age_outside_limits:
      return "usia_di_luar_batas";
    case PlanExclusion::none:
      break;
  }
  return "";
}

}  // namespace

nlohmann::json to_json(const services::PlanReport& report, const Date& today, int per_rt) {
  const PlanResult& r = report.result;
  nlohmann::json lines = nlohmann::json::array();
  for (const auto& l : r.lines)
    lines.push_back({{"sumber_dana", l.sumber_dana},
                     {"nama", l.nama},
                     {"jenis", l.kind ? nlohmann::json(std::string{to_string(*l.kind)}) : nlohmann::json(nullptr)},
                     {"pekerja", l.pekerja},
                     {"pekerja_lanjutan", l.pekerja_lanjutan},
                     {"pekerja_baru", l.pekerja_baru},
                     {"pekerja_belum_terdata", l.pekerja_belum_terdata},
                     {"iuran", l.iuran},
                     {"bulanan", l.bulanan},
                     {"anggaran", l.anggaran},
                     {"kekurangan", l.kekurangan}});
  nlohmann::json months = nlohmann::json::array();
  for (const auto& m : r.months) {
    nlohmann::json j = month_json(m.bulan);
    j["tercakup"] = m.tercakup;
    // Basis points of the potential, as a percentage with two decimals (null when unknown).
    j["cakupan"] = report.potential > 0
                       ? nlohmann::json(static_cast<double>(m.tercakup * 10'000 / report.potential) / 100.0)
                       : nlohmann::json(nullptr);
    j["iuran"] = m.iuran;
    months.push_back(std::move(j));
  }
  nlohmann::json excluded = nlohmann::json::array();
  for (const auto& e : r.excluded)
    excluded.push_back(
        {{"kode", exclusion_code(e.reason)}, {"label", plan_exclusion_label(e.reason)}, {"jumlah", e.jumlah}});

  // The ranking per RT (ranking is sorted by RT, then rank).
  nlohmann::json rts = nlohmann::json::array();
  for (std::size_t i = 0; i < r.ranking.size();) {
    const PlanWorker& first = report.workers[r.ranking[i].index];
    nlohmann::json rt = {{"kode_rt", rt_code(first.kode_kelurahan, first.rt)}, {"nama", report.rt_name(first)}};
    nlohmann::json people = nlohmann::json::array();
    std::int64_t count = 0, planned = 0;
    for (; i < r.ranking.size(); ++i) {
      const RankedWorker& w = r.ranking[i];
      const PlanWorker& p = report.workers[w.index];
      if (p.kode_kelurahan != first.kode_kelurahan || p.rt != first.rt) break;
      ++count;
      planned += w.planned;
      if (w.rank_in_rt > per_rt) continue;
      people.push_back(
          {{"id", p.id},
           {"peringkat", w.rank_in_rt},
           {"nama", p.nama},
           {"pekerjaan", p.pekerjaan},
           {"pekerjaan_label", std::string{label_of(occupations(), p.pekerjaan)}},
           {"penghasilan", p.penghasilan},
           {"tanggungan", p.tanggungan},
           {"skor", w.score.total()},
           {"skor_rincian",
            {{"pekerjaan", w.score.occupation}, {"penghasilan", w.score.income}, {"tanggungan", w.score.dependants}}},
           {"direncanakan", w.planned},
           {"mulai", w.mulai ? month_json(*w.mulai) : nlohmann::json(nullptr)},
           {"sumber_dana", w.sumber_dana}});
    }
    rt["belum_tercakup"] = count;
    rt["direncanakan"] = planned;
    rt["pekerja"] = std::move(people);
    rts.push_back(std::move(rt));
  }

  nlohmann::json extra = nlohmann::json::object();
  for (const auto& [kode, amount] : report.what_if.extra_budget) extra[kode] = amount;
  return {{"tanggal", today.iso()},
          {"tahun", r.year},
          {"wilayah", {{"kode", report.kode}, {"nama", report.nama}}},
          {"target",
           {{"jenis", report.target == PlanTargetKind::all_on_record ? "semua_terdata" : "persen"},
            {"persen",
             report.target == PlanTargetKind::all_on_record ? nlohmann::json(nullptr) : nlohmann::json(report.percent)},
            {"jumlah", r.target_count}}},
          {"potensi", report.potential > 0 ? nlohmann::json(report.potential) : nlohmann::json(nullptr)},
          {"peserta_lain", report.covered_other},
          {"tercakup_sekarang", r.covered_now},
          {"terdata_belum_tercakup", r.uncovered_on_record},
          {"tidak_memenuhi_syarat", std::move(excluded)},
          {"pekerja_baru", r.to_cover},
          {"pekerja_baru_terdata", r.to_cover_on_record},
          {"pekerja_belum_terdata", r.to_cover_unrecorded},
          {"mulai", month_json(r.first_month)},
          {"iuran_per_bulan", r.premium_per_month},
          {"total_iuran", r.total_iuran},
          {"per_sumber_dana", std::move(lines)},
          {"per_bulan", std::move(months)},
          {"skenario",
           {{"tambah_anggaran", std::move(extra)},
            {"pindah_provinsi", report.what_if.to_province},
            {"dana_rt", report.what_if.rt_fund ? nlohmann::json(*report.what_if.rt_fund) : nlohmann::json(nullptr)}}},
          {"peringkat_rt", std::move(rts)}};
}

}  // namespace lindungi::wire
