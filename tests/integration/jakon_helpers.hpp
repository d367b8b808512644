#pragma once
// Projects in a given state for the construction-project (issue 9) HTTP tests, made through the
// service as the system so that each call under test starts from a known project.
#include <string>

#include "core/access.hpp"
#include "services/jakon_service.hpp"

namespace lindungi::testing {

enum class JakonStage { planned, certified, started, with_worker };

inline services::ProjectInput jakon_input(const std::string& kelurahan, int rt, Rupiah nilai = 80'000'000) {
  services::ProjectInput in;
  in.jenis = "swakelola";
  in.nama = "Semenisasi gang RT " + std::to_string(rt);
  in.kode_kelurahan = kelurahan;
  in.rt = rt;
  in.nilai = nilai;
  in.pelaksana = "ST/001/2026";
  in.tanggal_spk = std::optional<Date>{Date{2026, 1, 5}};
  return in;
}

// A project in RT `rt` of `kelurahan`, advanced to `stage`; returns its view (id, worker rows).
inline services::ProjectView jakon_project(services::App& app, const std::string& kelurahan, int rt = 1,
                                           JakonStage stage = JakonStage::planned) {
  services::JakonService svc(app);
  const Actor sys = Actor::system();
  auto v = svc.create(sys, jakon_input(kelurahan, rt));
  const auto id = v.project.id;
  if (stage == JakonStage::with_worker)
    return svc.add_worker(sys, id, {0, "1571011708850099", "Pekerja Proyek", "tukang", 0});
  if (stage == JakonStage::planned) return v;
  v = svc.record_certificate(sys, id, "JK" + std::to_string(id), Date{2026, 1, 7}, v.project.iuran);
  if (stage == JakonStage::certified) return v;
  return svc.start(sys, id, Date{2026, 1, 8});
}

}  // namespace lindungi::testing
