#include "formats/record_json.hpp"

#include "core/money.hpp"
#include "core/nik.hpp"

namespace lindungi::formats {

using nlohmann::json;

namespace {
json opt_date(const std::optional<Date>& d) { return d ? json(d->iso()) : json(nullptr); }
}  // namespace

std::string json_text(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

json worker_changes(const Worker* before, const Worker& after) {
  auto fields = [](const Worker& w) {
    json heirs = json::array();
    for (const Heir& h : w.ahli_waris)
      heirs.push_back({{"nama", h.nama},
                       {"hubungan", h.hubungan},
                       {"nik", h.nik.empty() ? "" : mask_nik(h.nik)},
                       {"tanggal_lahir", opt_date(h.tanggal_lahir)}});
    // The audit log keeps the NIK masked: it is read by auditors, not only by people who need it.
    return json{{"nik", mask_nik(w.nik)},
                {"nama", w.nama},
                {"tanggal_lahir", opt_date(w.tanggal_lahir)},
                {"jenis_kelamin", w.jenis_kelamin ? json(std::string{to_string(*w.jenis_kelamin)}) : json(nullptr)},
                {"kode_kelurahan", w.kode_kelurahan},
                {"rt", w.rt},
                {"alamat", w.alamat},
                {"no_hp", w.no_hp},
                {"pekerjaan", w.pekerjaan},
                {"penghasilan", w.penghasilan},
                {"kategori", w.kategori},
                {"status", w.status},
                {"sumber_dana", w.sumber_dana},
                {"kpj", w.kpj},
                {"alasan", w.alasan},
                {"persetujuan", w.persetujuan},
                {"ahli_waris", heirs}};
  };
  const json a = before ? fields(*before) : json::object();
  const json b = fields(after);
  json changes = json::object();
  for (const auto& [key, value] : b.items()) {
    const json old = a.contains(key) ? a[key] : json(nullptr);
    if (old != value) changes[key] = json::array({old, value});
  }
  // A NIK correction must be visible in the log even though both sides are masked.
  if (before && before->nik != after.nik && !changes.contains("nik"))
    changes["nik"] = json::array({mask_nik(before->nik) + " (lama)", mask_nik(after.nik)});
  return changes;
}

namespace {

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 15]);
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
}

}  // namespace

std::string worker_creation_changes(const Worker& w, std::string_view source) {
  std::string out;
  out.reserve(512);
  // Keys in the order nlohmann's std::map-backed objects write them (sorted).
  auto key = [&](std::string_view k) {
    out += out.empty() ? "{" : ",";
    append_json_string(out, k);
    out += ":[null,";
  };
  auto text = [&](std::string_view k, std::string_view v) {
    key(k);
    append_json_string(out, v);
    out.push_back(']');
  };
  key("ahli_waris");
  out.push_back('[');
  for (std::size_t i = 0; i < w.ahli_waris.size(); ++i) {
    const Heir& h = w.ahli_waris[i];
    if (i) out.push_back(',');
    out += "{\"hubungan\":";
    append_json_string(out, h.hubungan);
    out += ",\"nama\":";
    append_json_string(out, h.nama);
    out += ",\"nik\":";
    append_json_string(out, h.nik.empty() ? std::string{} : mask_nik(h.nik));
    out += ",\"tanggal_lahir\":";
    if (h.tanggal_lahir)
      append_json_string(out, h.tanggal_lahir->iso());
    else
      out += "null";
    out.push_back('}');
  }
  out += "]]";
  text("alamat", w.alamat);
  text("alasan", w.alasan);
  text("impor", source);
  if (w.jenis_kelamin) {  // a null new value is no change from null, so worker_changes leaves it out
    key("jenis_kelamin");
    append_json_string(out, to_string(*w.jenis_kelamin));
    out.push_back(']');
  }
  text("kategori", w.kategori);
  text("kode_kelurahan", w.kode_kelurahan);
  text("kpj", w.kpj);
  text("nama", w.nama);
  text("nik", mask_nik(w.nik));
  text("no_hp", w.no_hp);
  text("pekerjaan", w.pekerjaan);
  key("penghasilan");
  out += std::to_string(w.penghasilan) + "]";
  key("persetujuan");
  out += w.persetujuan ? "true]" : "false]";
  key("rt");
  out += std::to_string(w.rt) + "]";
  text("status", w.status);
  text("sumber_dana", w.sumber_dana);
  if (w.tanggal_lahir) {
    key("tanggal_lahir");
    append_json_string(out, w.tanggal_lahir->iso());
    out.push_back(']');
  }
  out.push_back('}');
  return out;
}

json benefit_record_json(const BenefitQuote& q) {
  json lines = json::array();
  for (const auto& l : q.lines)
    lines.push_back(
        {{"label", l.label}, {"amount", l.amount}, {"amount_teks", format_rupiah(l.amount)}, {"basis", l.basis}});
  return {{"kind", q.kind},
          {"upah", q.upah},
          {"lines", lines},
          {"total", q.total},
          {"total_teks", format_rupiah(q.total)},
          {"source", q.source},
          {"notes", q.notes}};
}

}  // namespace lindungi::formats
