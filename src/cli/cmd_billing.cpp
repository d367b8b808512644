// Billing commands: the RT fund calculator, "covered on date D?", arrears and renewal.
#include <cstdio>

#include "cli/commands.hpp"
#include "cli/progress_bar.hpp"
#include "cli/report_output.hpp"
#include "clock/clock.hpp"
#include "core/errors.hpp"
#include "core/money.hpp"
#include "services/billing_json.hpp"
#include "services/billing_service.hpp"
#include "services/report_documents.hpp"
#include "services/rule_book.hpp"

namespace lindungi::cli {

void add_billing_commands(CLI::App& app, Action& action) {
  {
    auto* cmd = app.add_subcommand(
        "dana-rt", "Dana Kampung Bahagia RT: iuran N pekerja x M bulan, dan pemakaian dana RT / an RT fund's premiums");
    auto db = std::make_shared<std::string>();
    auto rt = std::make_shared<std::string>();
    auto workers = std::make_shared<int>(0);
    auto months = std::make_shared<int>(0);
    auto tahun = std::make_shared<int>(0);
    auto json = std::make_shared<bool>(false);
    cmd->add_option("--db", *db, "Berkas SQLite (untuk RT yang nyata)");
    cmd->add_option("--rt", *rt, "Kode RT, mis. 15.71.01.1001.007 (perlu --db)");
    cmd->add_option("--workers", *workers, "Jumlah pekerja yang akan didanai");
    cmd->add_option("--months", *months, "Jumlah bulan (1-120)");
    cmd->add_option("--tahun", *tahun, "Tahun anggaran (bawaan: tahun ini)");
    cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
    cmd->callback([=, &action] {
      action = [=] {
        return guarded(*json, [&] {
          if (rt->empty() != db->empty())
            throw BadRequest("parameter_kurang", "--rt dan --db dipakai bersama (tanpa keduanya: hanya kalkulator)",
                             "rt");
          std::optional<int> w, m;
          if (*workers != 0) w = *workers;
          if (*months != 0) m = *months;
          nlohmann::json doc;
          if (db->empty()) {
            // The calculator alone, the same figures as `lindungi premium --workers --months`.
            const RuleBook& rules = services::shipped_rules();
            const Date today = clock::today();
            const auto q = compute_premium(rules, PremiumRequest{rules.premium_at(today).bracket_min, false,
                                                                 m.value_or(12), w.value_or(1), today});
            const Rupiah fund = rules.rt_fund_at(today).yearly;
            doc = {{"kalkulator",
                    {{"workers", q.workers},
                     {"months", q.months},
                     {"per_worker_month", q.per_worker_month},
                     {"total", q.total},
                     {"total_teks", format_rupiah(q.total)},
                     {"persen_dana", 100.0 * static_cast<double>(q.total) / static_cast<double>(fund)},
                     {"dasar", q.source}}},
                   {"dana_tahunan", fund}};
          } else {
            auto application = services::App::open(*db);
            const auto v = services::BillingService(*application)
                               .rt_fund(Actor::system(), *rt, *tahun ? *tahun : application->today().year, w, m);
            doc = services::rt_fund_json(v);
          }
          if (*json) {
            print_json(doc);
            return 0;
          }
          if (doc.contains("kode_rt"))
            std::printf(
                "RT %s, tahun %d\n  Dana tahunan      : %s\n  Iuran pekerja RT  : %s (%lld pekerja)\n  Sisa dana       "
                "  : %s\n",
                doc["kode_rt"].get<std::string>().c_str(), doc["tahun"].get<int>(),
                format_rupiah(doc["dana_tahunan"].get<Rupiah>()).c_str(),
                format_rupiah(doc["iuran_tahun_ini"].get<Rupiah>()).c_str(),
                static_cast<long long>(doc["pekerja_didanai"].get<std::int64_t>()),
                format_rupiah(doc["sisa"].get<Rupiah>()).c_str());
          if (doc.contains("kalkulator")) {
            const auto& k = doc["kalkulator"];
            std::printf("%d pekerja x %d bulan x %s = %s (%.1f%% dari dana %s)\n", k["workers"].get<int>(),
                        k["months"].get<int>(), format_rupiah(k["per_worker_month"].get<Rupiah>()).c_str(),
                        format_rupiah(k["total"].get<Rupiah>()).c_str(), k["persen_dana"].get<double>(),
                        format_rupiah(doc["dana_tahunan"].get<Rupiah>()).c_str());
          }
          return 0;
        });
      };
    });
  }
  {
    auto* cmd =
        app.add_subcommand("covered", "Apakah pekerja terlindungi pada tanggal D? / was the worker covered on a date");
    auto db = std::make_shared<std::string>();
    auto nik = std::make_shared<std::string>();
    auto date = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    cmd->add_option("--db", *db, "Berkas SQLite")->required();
    cmd->add_option("--nik", *nik, "NIK pekerja")->required();
    cmd->add_option("--date", *date, "Tanggal kejadian YYYY-MM-DD")->required();
    cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
    cmd->callback([=, &action] {
      action = [=] {
        return guarded(*json, [&] {
          const auto day = parse_iso_date(*date);
          if (!day) throw BadRequest("tanggal_tidak_valid", "Tanggal '" + *date + "' tidak valid (YYYY-MM-DD)", "date");
          auto application = services::App::open(*db);
          const auto a = services::BillingService(*application).covered(Actor::system(), *nik, *day);
          if (*json) {
            print_json(services::cover_json(a));
          } else {
            std::printf("%s pada %s: %s\n  %s\n", a.worker.nama.c_str(), a.tanggal.id().c_str(),
                        std::string{to_string(a.decision.cover)}.c_str(), a.decision.reason.c_str());
          }
          return 0;
        });
      };
    });
  }
  {
    auto* cmd = app.add_subcommand("arrears", "Tunggakan iuran per RT dan per sumber dana / premium arrears");
    auto db = std::make_shared<std::string>();
    auto funder = std::make_shared<std::string>();
    auto area = std::make_shared<std::string>();
    auto tahun = std::make_shared<int>(0);
    auto json = std::make_shared<bool>(false);
    cmd->add_option("--db", *db, "Berkas SQLite")->required();
    cmd->add_option("--sumber-dana", *funder, "Hanya sumber dana ini");
    cmd->add_option("--wilayah", *area, "Hanya di dalam wilayah ini");
    cmd->add_option("--tahun", *tahun, "Tahun iuran (bawaan: tahun ini)");
    const auto files = add_report_file_options(cmd);
    cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
    cmd->callback([=, &action] {
      action = [=] {
        return guarded(*json, [&] {
          auto application = services::App::open(*db);
          const auto r = services::BillingService(*application)
                             .arrears(Actor::system(), *funder, *area, *tahun ? *tahun : application->today().year);
          write_report_files(*files, services::arrears_document(*application, r, true));
          if (*json) {
            print_json(services::arrears_json(r, true));
            return 0;
          }
          std::printf("%-20s %8s %10s %14s %10s %14s\n", "RT", "Pekerja", "Bln tungg.", "Tunggakan", "Bln akhir",
                      "Berakhir");
          for (const auto& g : r.rts)
            std::printf("%-20s %8lld %10lld %14s %10lld %14s\n", g.kode_rt.c_str(), static_cast<long long>(g.pekerja),
                        static_cast<long long>(g.bulan_tunggakan), format_rupiah(g.tunggakan).c_str(),
                        static_cast<long long>(g.bulan_berakhir), format_rupiah(g.berakhir).c_str());
          std::printf("Total tunggakan %s, berakhir %s\n", format_rupiah(r.tunggakan).c_str(),
                      format_rupiah(r.berakhir).c_str());
          return 0;
        });
      };
    });
  }
  {
    auto* cmd = app.add_subcommand("renew", "Perpanjangan pendanaan tahun anggaran baru / fiscal-year renewal");
    auto db = std::make_shared<std::string>();
    auto funder = std::make_shared<std::string>();
    auto tahun = std::make_shared<int>(0);
    auto json = std::make_shared<bool>(false);
    cmd->add_option("--db", *db, "Berkas SQLite")->required();
    cmd->add_option("--sumber-dana", *funder, "Kode sumber dana")->required();
    cmd->add_option("--tahun", *tahun, "Tahun anggaran baru")->required();
    cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
    cmd->callback([=, &action] {
      action = [=] {
        return guarded(*json, [&] {
          auto application = services::App::open(*db);
          const auto r = services::BillingService(*application).renew(Actor::system(), *funder, *tahun);
          if (*json) {
            print_json(services::renewal_json(r));
            return 0;
          }
          int ok = 0;
          for (const auto& o : r.allocated) ok += o.ok;
          std::printf("Diperpanjang: %d, ditolak: %zu, verifikasi ulang: %zu\n", ok, r.allocated.size() - ok,
                      r.reverify.size());
          return 0;
        });
      };
    });
  }
  {
    // The yearly (or up-to-a-month) billing run: one invoice of every allocation of the funder not
    // yet invoiced, then every member's month states. bench/billing_bench.sh times it.
    auto* cmd =
        app.add_subcommand("billing-run", "Terbitkan tagihan dan hitung status iuran semua peserta satu sumber dana");
    auto db = std::make_shared<std::string>();
    auto funder = std::make_shared<std::string>();
    auto tahun = std::make_shared<int>(0);
    auto until = std::make_shared<int>(12);
    auto threads = std::make_shared<int>(2);
    auto json = std::make_shared<bool>(false);
    cmd->add_option("--db", *db, "Berkas SQLite")->required();
    cmd->add_option("--sumber-dana", *funder, "Kode sumber dana")->required();
    cmd->add_option("--tahun", *tahun, "Tahun iuran")->required();
    cmd->add_option("--sampai", *until, "Sampai bulan ke- (1-12)")->capture_default_str();
    cmd->add_option("--threads", *threads, "Status dihitung dalam 1 atau 2 bagian paralel")->capture_default_str();
    cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
    cmd->callback([=, &action] {
      action = [=] {
        return guarded(*json, [&] {
          if (*until < 1 || *until > 12) throw BadRequest("bulan_tidak_valid", "--sampai harus 1-12", "sampai");
          auto application = services::App::open(*db);
          ProgressBar bar(ProgressBar::wanted(*json));
          const auto run =
              services::BillingService(*application)
                  .billing_run(Actor::system(), *funder, {*tahun, 1}, {*tahun, *until}, *threads, bar.reporter());
          bar.finish();
          const nlohmann::json invoice = run.invoice ? services::invoice_json(*run.invoice) : nlohmann::json(nullptr);
          const auto& sum = run.summary;
          const nlohmann::json doc = {
              {"tagihan", invoice},
              {"ringkasan",
               {{"sumber_dana", sum.sumber_dana},
                {"tahun", sum.tahun},
                {"pekerja", sum.pekerja},
                {"baris", sum.baris},
                {"lunas", sum.lunas},
                {"tagihan", sum.tagihan},
                {"tunggakan", sum.tunggakan},
                {"berakhir", sum.berakhir},
                {"ditagih", sum.ditagih},
                {"dibayar", sum.dibayar},
                {"tidak_ditagih",
                 {{"bulan", sum.tidak_ditagih},
                  {"ditolak_bpjs", sum.ditolak},
                  {"belum_diterima_bpjs", sum.belum_diterima},
                  {"sebelum_tanggal_efektif", sum.sebelum_efektif},
                  {"iuran", sum.tidak_ditagih_iuran},
                  {"lebih_bayar", sum.lebih_bayar}}}}},
              {"waktu_ms", {{"tagihan", run.invoice_ms}, {"status", run.states_ms}, {"total", run.total_ms}}}};
          if (*json) {
            print_json(doc);
            return 0;
          }
          std::printf("Tagihan: %s\n", invoice.is_null() ? "(tidak ada baris baru)"
                                                         : (invoice["nomor"].get<std::string>() + ", " +
                                                            std::to_string(invoice["baris"].get<std::int64_t>()) +
                                                            " baris, " + format_rupiah(invoice["total"].get<Rupiah>()))
                                                               .c_str());
          std::printf("%lld peserta, %lld bulan: lunas %lld, tagihan %lld, tunggakan %lld, berakhir %lld\n",
                      static_cast<long long>(sum.pekerja), static_cast<long long>(sum.baris),
                      static_cast<long long>(sum.lunas), static_cast<long long>(sum.tagihan),
                      static_cast<long long>(sum.tunggakan), static_cast<long long>(sum.berakhir));
          if (sum.tidak_ditagih > 0) {
            // Funded months the invoice will not bill (BPJS's answers), apart from the states.
            std::printf(
                "Tidak ditagih: %lld bulan (ditolak BPJS %lld, belum diterima BPJS %lld, sebelum tanggal "
                "efektif %lld), iuran dicadangkan %s\n",
                static_cast<long long>(sum.tidak_ditagih), static_cast<long long>(sum.ditolak),
                static_cast<long long>(sum.belum_diterima), static_cast<long long>(sum.sebelum_efektif),
                format_rupiah(sum.tidak_ditagih_iuran).c_str());
            if (sum.lebih_bayar > 0)
              std::printf("Lebih bayar, perlu dikembalikan: %s\n", format_rupiah(sum.lebih_bayar).c_str());
          }
          std::printf("Waktu: tagihan %.0f ms, status %.0f ms (bersamaan), total %.0f ms\n", run.invoice_ms,
                      run.states_ms, run.total_ms);
          return 0;
        });
      };
    });
  }
}

}  // namespace lindungi::cli
