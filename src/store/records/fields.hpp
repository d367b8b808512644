#pragma once
// The Fields (store/row.hpp) of records that more than one aggregate reads or writes.
#include "store/funding_store.hpp"
#include "store/row.hpp"

namespace lindungi::store::records {

// Every column of alokasi but id.
struct AllocationFields {
  template <typename F, typename A>
  void operator()(F&& f, A& a) const {
    f("pekerja_id", a.pekerja_id);
    f("sumber_dana", a.sumber_dana);
    f("bulan", a.bulan);
    f("iuran", a.iuran);
    f("dibayar", a.dibayar);
    f("dibayar_pada", a.dibayar_pada);
  }
};
using Allocations = rows::Table<AllocationRecord, AllocationFields>;

}  // namespace lindungi::store::records
