#include "core/verification.hpp"

namespace lindungi {

std::string_view status_after(Decision d) { return d == Decision::verify ? "diverifikasi" : "ditolak"; }

std::optional<Decision> parse_decision(std::string_view t) {
  if (t == "verifikasi" || t == "diverifikasi" || t == "setuju" || t == "verify") return Decision::verify;
  if (t == "tolak" || t == "ditolak" || t == "reject") return Decision::reject;
  return std::nullopt;
}

std::optional<FieldError> decision_problem(const Actor& actor, const Worker& w, Decision d, std::string_view reason,
                                           std::string_view resubmitted_by) {
  if (w.status != "didata")
    return FieldError{"status", "status_tidak_sesuai",
                      "Pekerja " + w.nama + " berstatus '" + std::string{label_of(worker_statuses(), w.status)} +
                          "'; hanya data berstatus 'Didata' yang dapat diverifikasi atau ditolak"};
  std::size_t letters = 0;
  for (char c : reason)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') ++letters;
  if (d == Decision::reject && letters < 5)
    return FieldError{"alasan", "alasan_wajib", "Alasan penolakan wajib diisi (paling sedikit 5 huruf)"};
  if (actor.role != Role::sistem && !w.recorded_by.empty() && w.recorded_by == actor.username)
    return FieldError{"pekerja", "pembuat_tidak_boleh_memeriksa",
                      "Data " + w.nama +
                          " dicatat oleh Anda sendiri; verifikasi harus dilakukan petugas lain "
                          "(prinsip maker-checker)"};
  if (actor.role != Role::sistem && !resubmitted_by.empty() && resubmitted_by == actor.username)
    return FieldError{"pekerja", "pembuat_tidak_boleh_memeriksa",
                      "Data " + w.nama +
                          " diperbaiki dan diajukan ulang oleh Anda sendiri; verifikasi harus dilakukan petugas "
                          "lain (prinsip maker-checker)"};
  return std::nullopt;
}

std::optional<FieldError> nik_warning_problem(const Worker& w, const std::vector<FieldError>& warnings,
                                              std::string_view override_reason) {
  if (warnings.empty()) return std::nullopt;
  std::size_t letters = 0;
  for (char c : override_reason)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') ++letters;
  if (letters >= kMinOverrideReason) return std::nullopt;
  std::string list;
  for (const auto& e : warnings) list += (list.empty() ? "" : "; ") + e.message;
  if (letters == 0)
    return FieldError{"alasan_abaikan_peringatan", "peringatan_nik",
                      "Data " + w.nama + " tidak sesuai dengan NIK-nya: " + list +
                          ". Perbaiki datanya, atau bila KTP/KK sudah dicocokkan tuliskan alasan mengabaikan "
                          "peringatan ini (paling sedikit " +
                          std::to_string(kMinOverrideReason) + " huruf)"};
  return FieldError{"alasan_abaikan_peringatan", "alasan_abaikan_terlalu_pendek",
                    "Alasan mengabaikan peringatan NIK terlalu pendek: tuliskan paling sedikit " +
                        std::to_string(kMinOverrideReason) + " huruf, mis. dokumen apa yang sudah dicocokkan"};
}

std::optional<FieldError> resubmit_problem(const Worker& w) {
  if (w.status != "ditolak")
    return FieldError{"status", "status_tidak_sesuai",
                      "Pekerja " + w.nama + " berstatus '" + std::string{label_of(worker_statuses(), w.status)} +
                          "'; hanya data berstatus 'Ditolak' yang dapat diajukan ulang ke verifikasi"};
  return std::nullopt;
}

bool may_view_intake(const Actor& a) {
  return a.can(Permission::record_workers) || a.can(Permission::verify_workers) || a.can(Permission::view_audit);
}

bool may_view_duplicates(const Actor& a) { return a.can(Permission::verify_workers) || a.can(Permission::view_audit); }

bool may_be_merged_away(std::string_view status) {
  return status == "didata" || status == "diverifikasi" || status == "ditolak";
}

}  // namespace lindungi
