#include <cstdio>

#include "cli/commands.hpp"
#include "clock/clock.hpp"
#include "core/errors.hpp"
#include "core/jakon.hpp"
#include "core/money.hpp"
#include "core/premium.hpp"
#include "services/app.hpp"
#include "services/rule_book.hpp"
#include "wire/tools.hpp"

namespace lindungi::cli {

void add_tool_commands(CLI::App& app, Action& action) {
  {
    auto* cmd =
        app.add_subcommand("nik", "Periksa NIK: apa yang dikodekan dan apakah valid / check what a NIK encodes");
    auto nik = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    cmd->add_option("NIK", *nik, "16 digit NIK")->required();
    cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
    cmd->callback([=, &action] {
      action = [=] {
        return guarded(*json, [&] {
          RegionTree regions;
          for (auto& r : services::reference_regions()) regions.add(std::move(r));
          const NikInfo info = analyze_nik(*nik, clock::today(), &regions);
          if (*json) {
            print_json(wire::nik_json(info));
          } else {
            std::printf("NIK %s: %s\n", info.nik.c_str(), info.valid ? "VALID" : "TIDAK VALID");
            if (!info.kode_wilayah.empty())
              std::printf("  Wilayah pendaftaran: %s %s\n", info.kode_wilayah.c_str(), info.nama_wilayah.c_str());
            if (info.tanggal_lahir) std::printf("  Tanggal lahir: %s\n", info.tanggal_lahir->id().c_str());
            if (info.jenis_kelamin)
              std::printf("  Jenis kelamin: %s\n", *info.jenis_kelamin == Sex::L ? "Laki-laki" : "Perempuan");
            for (const auto& e : info.errors) std::printf("  Galat: %s\n", e.message.c_str());
            for (const auto& w : info.warnings) std::printf("  Peringatan: %s\n", w.message.c_str());
          }
          return info.valid ? 0 : 1;
        });
      };
    });
  }
  {
    auto* cmd = app.add_subcommand("premium", "Hitung iuran BPU (JKK + JKM, opsional JHT) / compute the BPU premium");
    auto income = std::make_shared<std::string>("1000000");
    auto jht = std::make_shared<bool>(false);
    auto months = std::make_shared<int>(1);
    auto workers = std::make_shared<int>(1);
    auto json = std::make_shared<bool>(false);
    cmd->add_option("--income", *income, "Penghasilan per bulan, mis. 1000000 atau 1.500.000")->capture_default_str();
    cmd->add_flag("--jht", *jht, "Termasuk JHT (2%)");
    cmd->add_option("--months", *months, "Jumlah bulan (1-120)")->capture_default_str();
    cmd->add_option("--workers", *workers, "Jumlah pekerja")->capture_default_str();
    cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
    cmd->callback([=, &action] {
      action = [=] {
        return guarded(*json, [&] {
          const auto rp = parse_rupiah(*income);
          if (!rp) throw BadRequest("penghasilan_tidak_valid", "Penghasilan '" + *income + "' tidak valid", "income");
          const PremiumQuote q =
              compute_premium(services::shipped_rules(), PremiumRequest{*rp, *jht, *months, *workers, clock::today()});
          if (*json) {
            print_json(wire::premium_json(q));
          } else {
            std::printf("Golongan penghasilan : %s\n", format_rupiah(q.bracket).c_str());
            std::printf("JKK                  : %s / bulan\n", format_rupiah(q.jkk).c_str());
            std::printf("JKM                  : %s / bulan\n", format_rupiah(q.jkm).c_str());
            if (*jht) std::printf("JHT                  : %s / bulan\n", format_rupiah(q.jht).c_str());
            std::printf("Per pekerja per bulan: %s\n", format_rupiah(q.per_worker_month).c_str());
            std::printf("Total (%d pekerja x %d bulan): %s\n", q.workers, q.months, format_rupiah(q.total).c_str());
            std::printf("Dasar: %s\n", q.source.c_str());
            for (const auto& w : q.warnings) std::printf("Catatan: %s\n", w.c_str());
          }
          return 0;
        });
      };
    });
  }
  {
    auto* cmd = app.add_subcommand("jakon", "Hitung iuran jasa konstruksi per lapisan / construction (Jakon) premium");
    auto value = std::make_shared<std::string>();
    auto included = std::make_shared<bool>(false);
    auto ppn = std::make_shared<int>(-1);
    auto json = std::make_shared<bool>(false);
    cmd->add_option("--value", *value, "Nilai kontrak, mis. 850000000 atau 850.000.000")->required();
    cmd->add_flag("--ppn-included", *included, "Nilai sudah termasuk PPN (dasar = nilai / (1 + PPN))");
    cmd->add_option("--ppn", *ppn, "Tarif PPN dalam persen (bawaan: tarif yang berlaku hari ini)");
    cmd->add_flag("--json", *json, "Cetak satu dokumen JSON");
    cmd->callback([=, &action] {
      action = [=] {
        return guarded(*json, [&] {
          const auto rp = parse_rupiah(*value);
          if (!rp)
            throw BadRequest("nilai_tidak_valid", "Nilai '" + *value + "' bukan jumlah Rupiah yang valid", "value");
          const JakonQuote q =
              compute_jakon(services::shipped_rules(),
                            {*rp, *included, *ppn >= 0 ? std::optional<int>(*ppn) : std::nullopt, clock::today()});
          if (*json) {
            print_json(wire::jakon_json(q));
            return 0;
          }
          std::printf("Dasar perhitungan (tanpa PPN): %s\n", format_rupiah(q.basis).c_str());
          for (const auto& t : q.tiers)
            std::printf("  %s - %s: JKK %s + JKM %s\n", format_rupiah(t.from).c_str(),
                        t.to ? format_rupiah(t.to).c_str() : "ke atas", format_rupiah(t.jkk).c_str(),
                        format_rupiah(t.jkm).c_str());
          std::printf("Total iuran: %s (JKK %s, JKM %s)\nDasar: %s\n", format_rupiah(q.total).c_str(),
                      format_rupiah(q.jkk).c_str(), format_rupiah(q.jkm).c_str(), q.source.c_str());
          return 0;
        });
      };
    });
  }
}

}  // namespace lindungi::cli
