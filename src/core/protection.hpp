#pragma once
// Cek Perlindungan (issue 20 item 1): what a worker learns about their own cover when they give
// their NIK and date of birth: initials, whether they are protected and until when, which kind of
// funder pays (never a budget), their card and where to collect it, the benefits in plain
// Indonesian with every figure computed from the rule book (RULES.md §4-§5: JKK, JKM, scholarships),
// and what to do after an accident or a death (who to contact, the claim checklist of
// core/claims.cpp). No I/O: the service gathers the facts, this decides the words and figures.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/funding.hpp"
#include "core/ledger.hpp"
#include "core/money.hpp"
#include "core/rules.hpp"

namespace lindungi {

// What the registry knows about the worker whose NIK and birth date matched.
struct ProtectionFacts {
  std::string nama;                  // shown only as initials
  std::string status;                // the worker's status code (core/worker.cpp)
  std::vector<LedgerMonth> months;   // allocated contribution months
  std::optional<FunderKind> funder;  // the kind of the current funder; nullopt while unfunded
  std::string kartu;                 // the newest card's state (core/bpjs.hpp), "" when none
  std::string kelurahan;             // the name of the worker's kelurahan
  Rupiah penghasilan = 0;            // declared income (a self-paying worker's bracket)
};

struct ProtectionAmount {
  std::string label;  // a line of the benefit quote (core/benefit.cpp)
  Rupiah jumlah = 0;
};

// One benefit in plain words. `jumlah` is the headline figure (0 when the benefit has none, such as
// medical care without a ceiling); `rincian` its lines from the benefit quote.
struct ProtectionBenefit {
  std::string kode;
  std::string label;
  std::string teks;
  Rupiah jumlah = 0;
  std::vector<ProtectionAmount> rincian;
  std::string dasar;  // the regulation
};

struct ProtectionDocument {
  std::string kode;
  std::string label;
  bool wajib = true;
};

// What to do after an accident or a death: whom to contact, in order, and the documents to bring.
struct ProtectionGuide {
  std::string kode;  // kecelakaan | meninggal
  std::string label;
  std::vector<std::string> hubungi;
  std::vector<ProtectionDocument> dokumen;
  std::string catatan;  // the claim's deadline and how fast BPJS pays
};

struct ProtectionAnswer {
  std::string inisial;
  std::string status;  // terlindungi | dalam_proses | tidak_terlindungi
  std::string status_label;
  std::optional<Date> terlindungi_sampai;
  std::string pembiayaan;  // the funder's kind (core/funding.hpp), belum_ada while unfunded
  std::string pembiayaan_label;
  std::string kartu;  // belum_ada | diminta | dicetak | diserahkan
  std::string kartu_label;
  std::string tempat_ambil;  // where the card is collected ("" when there is nothing to collect)
  std::vector<ProtectionBenefit> manfaat;
  std::vector<ProtectionGuide> langkah;
};

// `calendar`: the working days that move a due date off a weekend or holiday (nullptr: the 15th).
ProtectionAnswer protection_check(const RuleBook& rules, const ProtectionFacts& facts, const Date& today,
                                  const WorkCalendar* calendar = nullptr);

// The same text for a wrong pair and an unknown NIK (no oracle): what the public check answers
// when nothing matched.
std::string_view protection_not_found_message();

}  // namespace lindungi
