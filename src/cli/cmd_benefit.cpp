#include <cstdio>

#include "cli/commands.hpp"
#include "clock/clock.hpp"
#include "core/benefit.hpp"
#include "core/claims.hpp"
#include "core/errors.hpp"
#include "services/app.hpp"
#include "services/rule_book.hpp"
#include "wire/tools.hpp"

namespace lindungi::cli {

namespace {

struct BenefitOptions {
  std::string income = "1000000";
  std::string date;
  int percent = 0;
  int function = 100;
  bool total = false;
  int months = 1;
  bool json = false;
  std::string part;  // a disability-table code (claims, issue 5)
  std::string mode = "darat";
  std::string cost = "0";
};

void print(const BenefitQuote& q, bool json) {
  if (json) {
    print_json(wire::benefit_json(q));
    return;
  }
  if (q.upah) std::printf("Upah (golongan penghasilan): %s\n", format_rupiah(q.upah).c_str());
  for (const auto& l : q.lines)
    std::printf("  %-42s %14s  (%s)\n", l.label.c_str(), format_rupiah(l.amount).c_str(), l.basis.c_str());
  std::printf("Total: %s\n", format_rupiah(q.total).c_str());
  for (const auto& n : q.notes) std::printf("Catatan: %s\n", n.c_str());
}

Rupiah income_of(const BenefitOptions& o) {
  const auto rp = parse_rupiah(o.income);
  if (!rp) throw BadRequest("penghasilan_tidak_valid", "Penghasilan '" + o.income + "' tidak valid", "income");
  return *rp;
}

Date date_of(const BenefitOptions& o) {
  if (o.date.empty()) return clock::today();
  const auto d = parse_date(o.date);
  if (!d) throw BadRequest("tanggal_tidak_valid", "Tanggal kejadian '" + o.date + "' tidak valid (DD/MM/YYYY)", "date");
  return *d;
}

}  // namespace

void add_benefit_commands(CLI::App& app, Action& action) {
  auto* benefit =
      app.add_subcommand("benefit", "Hitung manfaat JKM/JKK baris demi baris dengan dasar hukumnya / benefits");
  benefit->require_subcommand(1);
  auto o = std::make_shared<BenefitOptions>();
  auto common = [&](CLI::App* cmd, bool with_income) {
    if (with_income)
      cmd->add_option("--income", o->income, "Penghasilan/golongan upah per bulan")->capture_default_str();
    cmd->add_option("--date", o->date, "Tanggal kejadian (bawaan: hari ini); aturan yang berlaku saat itu dipakai");
    cmd->add_flag("--json", o->json, "Cetak satu dokumen JSON");
  };
  auto run = [&action, o](std::function<BenefitQuote()> compute) {
    action = [o, compute] {
      return guarded(o->json, [&] {
        print(compute(), o->json);
        return 0;
      });
    };
  };
  const RuleBook& rules = services::shipped_rules();

  auto* jkm = benefit->add_subcommand("jkm", "Jaminan Kematian (bukan kecelakaan kerja): Rp42 juta");
  common(jkm, false);
  jkm->callback([=, &rules] { run([=, &rules] { return jkm_benefit(rules, date_of(*o)); }); });

  auto* death = benefit->add_subcommand("jkk-death", "Kematian karena kecelakaan kerja: 48 x upah + Rp22 juta");
  common(death, true);
  death->callback([=, &rules] { run([=, &rules] { return jkk_death_benefit(rules, income_of(*o), date_of(*o)); }); });

  auto* disability = benefit->add_subcommand(
      "jkk-disability", "Cacat tetap: --total (56 x upah + Rp12 juta) atau --percent P [--function F]");
  common(disability, true);
  disability->add_flag("--total", o->total, "Cacat total tetap");
  disability->add_option("--percent", o->percent, "Persentase cacat sebagian dari tabel (mis. lengan kanan 40)");
  disability->add_option("--part", o->part, "Bagian tubuh dari tabel cacat (mis. lengan_kanan_bahu, kedua_mata)");
  disability->add_option("--function", o->function, "Persentase kehilangan fungsi (bawaan 100 = anatomis)")
      ->capture_default_str();
  disability->callback([=, &rules] {
    run([=, &rules] {
      if (int(o->total) + int(o->percent != 0) + int(!o->part.empty()) != 1)
        throw BadRequest("pilihan_tidak_lengkap", "Pilih salah satu: --total, --percent P, atau --part KODE",
                         "percent");
      if (!o->part.empty()) {
        BenefitInput in;
        in.income = income_of(*o);
        in.body_part = o->part;
        in.function_percent = o->function;
        return claim_benefit(rules, ClaimKind::jkk_partial, in, date_of(*o));
      }
      return o->total ? jkk_total_disability_benefit(rules, income_of(*o), date_of(*o))
                      : jkk_partial_disability_benefit(rules, income_of(*o), o->percent, o->function, date_of(*o));
    });
  });

  auto* stmb = benefit->add_subcommand("stmb", "Santunan sementara tidak mampu bekerja untuk N bulan");
  common(stmb, true);
  stmb->add_option("--months", o->months, "Lama tidak mampu bekerja (bulan)")->capture_default_str();
  stmb->callback(
      [=, &rules] { run([=, &rules] { return stmb_benefit(rules, income_of(*o), o->months, date_of(*o)); }); });

  // Claims (issue 5): transport to the health facility, capped per mode (RULES.md §5).
  auto* transport = benefit->add_subcommand("transport", "Biaya angkutan ke fasilitas kesehatan (batas per moda)");
  common(transport, false);
  transport->add_option("--mode", o->mode, "darat | laut | udara")->capture_default_str();
  transport->add_option("--cost", o->cost, "Biaya angkutan yang dikeluarkan")->capture_default_str();
  transport->callback([=, &rules] {
    run([=, &rules] {
      const auto cost = parse_rupiah(o->cost);
      if (!cost) throw BadRequest("biaya_tidak_valid", "Biaya '" + o->cost + "' tidak valid", "cost");
      BenefitQuote q;
      q.kind = "transport";
      const ClaimRule& rule = rules.claim_at(date_of(*o));
      q.source = rule.source;
      q.lines.push_back(transport_line(rule, o->mode, *cost));
      q.total = q.lines.front().amount;
      return q;
    });
  });
}

}  // namespace lindungi::cli
