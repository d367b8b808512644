#pragma once
// BPJS's answer for workers in a test's setup, as an uploaded response file leaves it: a batch, the
// worker's answered entry and its status (issue 17 item 7: only months of a membership are billed,
// so a fixture that bills its workers first has them accepted).
#include <string>

#include "core/date.hpp"
#include "services/app.hpp"
#include "store/bpjs_store.hpp"
#include "store/registry_store.hpp"
#include "store/store.hpp"

namespace lindungi::testing {

// "diterima" with effect from `day`, or "ditolak" answered on `day`.
inline void bpjs_answer(services::App& app, std::int64_t worker, const std::string& status, const Date& day) {
  app.store().write([&](store::Session& s) {
    auto w = s.registry().worker(worker);
    if (!w) return;
    store::RegistrationBatchRecord b;
    b.pelaku = "uji";
    b.wilayah = w->kode_rt();
    s.bpjs().insert_batch(b);
    store::RegistrationEntryRecord e;
    e.pendaftaran_id = b.id;
    e.pekerja_id = worker;
    e.nik = w->nik;
    e.status = status;
    if (status == "diterima") {
      e.kpj = std::to_string(25010000000 + worker);
      e.tanggal_efektif = day.iso();
      w->kpj = e.kpj;
    } else {
      e.alasan = "Nama tidak sesuai data Dukcapil";
    }
    e.dijawab = day.iso();
    s.bpjs().add_entry(e);
    w->status = status == "diterima" ? "aktif" : "ditolak_bpjs";
    s.registry().update_worker(*w);
  });
}

// Every worker allocated and not yet answered, accepted with effect from `day`.
inline void accept_allocated(services::App& app, const Date& day) {
  std::vector<std::int64_t> ids;
  app.store().read([&](store::Session& s) {
    store::WorkerQuery q;
    q.status = "dialokasikan";
    q.limit = 10000;
    for (const auto& w : s.registry().workers(q).items) ids.push_back(w.id);
  });
  for (const auto id : ids) bpjs_answer(app, id, "diterima", day);
}

}  // namespace lindungi::testing
