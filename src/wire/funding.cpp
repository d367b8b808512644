// Funders' JSON both ways (wire/funding.hpp).
#include "wire/funding.hpp"

#include "core/errors.hpp"
#include "wire/fields.hpp"
#include "wire/lists.hpp"

namespace lindungi::wire {

using nlohmann::json;

FunderAnswer funder_answer(const store::FunderRecord& f) {
  return {f.kode, f.nama, f.jenis, f.wilayah, f.pekerjaan, f.aktif};
}

json to_json(const FunderAnswer& f) {
  return {{"kode", f.kode},       {"nama", f.nama},           {"jenis", f.jenis},
          {"wilayah", f.wilayah}, {"pekerjaan", f.pekerjaan}, {"aktif", f.aktif}};
}

json budgets_json(const std::vector<store::BudgetRecord>& budgets, int tahun) {
  json rows = json::array();
  for (const auto& b : budgets)
    rows.push_back({{"sumber_dana", b.sumber_dana},
                    {"tahun", b.tahun},
                    {"pagu", b.pagu},
                    {"kuota", b.kuota},
                    {"terpakai", b.terpakai},
                    {"pekerja", b.pekerja},
                    {"sisa", b.pagu - b.terpakai},
                    {"persen_terpakai", b.pagu > 0 ? 100.0 * b.terpakai / b.pagu : 0.0}});
  return {{"tahun", tahun}, {"rows", rows}};
}

json to_json(const services::LedgerReport& r, const std::optional<Date>& on) {
  json months = json::array();
  for (std::size_t i = 0; i < r.months.size(); ++i) {
    const auto& m = r.months[i];
    json row = {{"bulan", m.entry.month.iso()},
                {"iuran", m.entry.billed},
                {"dibayar", m.entry.paid},
                {"sumber_dana", m.entry.funder},
                {"status", std::string{to_string(m.state)}}};
    // A month BPJS's answers do not let us bill: why, in words (issue 17).
    if (r.not_billed[i] != NotBillable::none) row["keterangan"] = std::string{to_words(r.not_billed[i])};
    months.push_back(std::move(row));
  }
  json out = {{"pekerja_id", r.worker.id}, {"months", months}};
  if (r.cover && on)
    out["cover"] = {
        {"tanggal", on->iso()}, {"status", std::string{to_string(r.cover->cover)}}, {"alasan", r.cover->reason}};
  return out;
}

store::FunderRecord funder_request(const json& body) {
  store::FunderRecord f;
  f.kode = text_field(body, "kode").value_or("");
  f.nama = text_field(body, "nama").value_or("");
  f.jenis = text_field(body, "jenis").value_or("");
  f.wilayah = text_field(body, "wilayah").value_or("");
  f.aktif = true;
  if (const auto it = body.find("pekerjaan"); it != body.end() && it->is_array())
    for (const auto& p : *it)
      if (p.is_string()) f.pekerjaan.push_back(p.get<std::string>());
  return f;
}

BudgetBody budget_request(const json& body) {
  BudgetBody b;
  b.kuota = integer_field(body, "kuota").value_or(0);
  b.pagu = integer_field(body, "pagu").value_or(-1);
  return b;
}

AllocationBody allocation_request(const json& body) {
  AllocationBody b;
  const auto it = body.find("pekerja");
  if (it == body.end() || !it->is_array())
    throw ValidationError("pekerja", "wajib_diisi", "Daftar id pekerja wajib diisi");
  b.pekerja = id_list_field(body, "pekerja");
  b.bulan = static_cast<int>(integer_field(body, "bulan").value_or(12));
  b.mulai = month_field(body, "mulai");
  b.sumber_dana = text_field(body, "sumber_dana").value_or("");
  return b;
}

nlohmann::json funders_json(const std::vector<store::FunderRecord>& funders) {
  return items_json(json_array(funders, [](const store::FunderRecord& f) { return to_json(funder_answer(f)); }));
}

}  // namespace lindungi::wire
