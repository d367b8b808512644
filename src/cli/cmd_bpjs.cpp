// `lindungi bpjs ...` (registration batches, their files, BPJS's response) and `lindungi cards
// ...` (request, print as PDF, hand over). Commands run as the machine's operator (system actor).
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/progress_bar.hpp"
#include "core/errors.hpp"
#include "services/app.hpp"
#include "wire/bpjs.hpp"

namespace lindungi::cli {

namespace {

std::string read_bytes(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    throw BadRequest("berkas_tidak_ada", "Berkas '" + path + "' tidak ditemukan", "file");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  if (!in && !in.eof()) throw BadRequest("berkas_tidak_terbaca", "Berkas '" + path + "' tidak dapat dibuka", "file");
  return ss.str();
}

void write_bytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out) throw BadRequest("berkas_tidak_tertulis", "Berkas '" + path + "' tidak dapat ditulis", "out");
}

Actor operator_actor() {
  const char* user = std::getenv("USER");
  return Actor::system(std::string{"cli:"} + (user && *user ? user : "sistem"));
}

struct Common {
  std::string db;
  bool json = false;
};

std::shared_ptr<Common> common_options(CLI::App* cmd) {
  auto c = std::make_shared<Common>();
  cmd->add_option("--db", c->db, "Berkas SQLite")->required();
  cmd->add_flag("--json", c->json, "Cetak satu dokumen JSON");
  return c;
}

void add_bpjs_batch(CLI::App* group, Action& action) {
  auto* cmd = group->add_subcommand("batch", "Buat batch pendaftaran ke BPJS dan tulis berkasnya");
  auto c = common_options(cmd);
  auto area = std::make_shared<std::string>();
  auto ids = std::make_shared<std::vector<std::int64_t>>();
  auto resend = std::make_shared<bool>(false);
  auto csv = std::make_shared<std::string>();
  auto xlsx = std::make_shared<std::string>();
  cmd->add_option("--wilayah", *area, "Pekerja berstatus dialokasikan di wilayah ini (kode)");
  cmd->add_option("--id", *ids, "Atau pekerja ini saja (boleh berulang)");
  cmd->add_flag("--kirim-ulang", *resend, "Sertakan pekerja ditolak BPJS yang sudah diperbaiki");
  cmd->add_option("--out-csv", *csv, "Tulis berkas pendaftaran CSV ke sini");
  cmd->add_option("--out-xlsx", *xlsx, "Tulis berkas pendaftaran XLSX ke sini");
  cmd->callback([=, &action] {
    action = [=] {
      return guarded(c->json, [&] {
        if (area->empty() && ids->empty()) throw BadRequest("wilayah_wajib", "Isi --wilayah atau --id", "wilayah");
        auto app = services::App::open(c->db);
        services::BpjsRegistrationService svc(*app);
        const Actor actor = operator_actor();
        ProgressBar bar(ProgressBar::wanted(c->json));
        const auto created = svc.create_batch(actor, {*area, *ids, *resend}, bar.reporter());
        bar.finish();
        if (!csv->empty()) write_bytes(*csv, svc.export_batch(actor, created.batch.id, "csv").bytes);
        if (!xlsx->empty()) write_bytes(*xlsx, svc.export_batch(actor, created.batch.id, "xlsx").bytes);
        if (c->json) {
          print_json(wire::batch_created_json(created));
        } else {
          std::printf("Batch pendaftaran #%lld (%s): %lld pekerja didaftarkan, %zu dilewati.\n",
                      static_cast<long long>(created.batch.id), created.batch.wilayah.c_str(),
                      static_cast<long long>(created.batch.jumlah), created.skipped.size());
          for (const auto& s : created.skipped)
            std::printf("  Dilewati: pekerja #%lld %s: %s\n", static_cast<long long>(s.pekerja_id), s.nama.c_str(),
                        s.problem.message.c_str());
        }
        return 0;
      });
    };
  });
}

void add_bpjs_batches(CLI::App* group, Action& action) {
  auto* cmd = group->add_subcommand("batches", "Riwayat batch pendaftaran dengan jumlahnya");
  auto c = common_options(cmd);
  cmd->callback([=, &action] {
    action = [=] {
      return guarded(c->json, [&] {
        auto app = services::App::open(c->db);
        const auto page = services::BpjsRegistrationService(*app).batches(operator_actor(), 0, 500);
        if (c->json) {
          nlohmann::json items = nlohmann::json::array();
          for (const auto& b : page.items) items.push_back(wire::registration_batch_json(b));
          print_json({{"items", items}, {"total", page.total}});
        } else {
          for (const auto& b : page.items)
            std::printf("#%lld %s %s: %lld pekerja, %lld menunggu, %lld diterima, %lld ditolak\n",
                        static_cast<long long>(b.id), b.dibuat.c_str(), b.wilayah.c_str(),
                        static_cast<long long>(b.jumlah), static_cast<long long>(b.menunggu),
                        static_cast<long long>(b.diterima), static_cast<long long>(b.ditolak));
        }
        return 0;
      });
    };
  });
}

void add_bpjs_export(CLI::App* group, Action& action) {
  auto* cmd = group->add_subcommand("export", "Tulis ulang berkas pendaftaran sebuah batch");
  auto c = common_options(cmd);
  auto batch = std::make_shared<std::int64_t>(0);
  auto out = std::make_shared<std::string>();
  cmd->add_option("--batch", *batch, "Nomor batch pendaftaran")->required();
  cmd->add_option("--out", *out, "Berkas tujuan: .csv atau .xlsx")->required();
  cmd->callback([=, &action] {
    action = [=] {
      return guarded(c->json, [&] {
        auto app = services::App::open(c->db);
        const std::string format = out->ends_with(".xlsx") ? "xlsx" : "csv";
        const auto a = services::BpjsRegistrationService(*app).export_batch(operator_actor(), *batch, format);
        write_bytes(*out, a.bytes);
        if (c->json)
          print_json({{"file", *out}, {"format", format}, {"bytes", a.bytes.size()}});
        else
          std::printf("Berkas %s ditulis (%zu byte).\n", out->c_str(), a.bytes.size());
        return 0;
      });
    };
  });
}

void add_bpjs_response(CLI::App* group, Action& action) {
  auto* cmd = group->add_subcommand("response", "Impor berkas jawaban BPJS (KPJ, tanggal efektif, penolakan)");
  auto c = common_options(cmd);
  auto batch = std::make_shared<std::int64_t>(0);
  auto file = std::make_shared<std::string>();
  cmd->add_option("--batch", *batch, "Nomor batch pendaftaran")->required();
  cmd->add_option("--file", *file, "CSV/XLSX: nik, kpj, tanggal_efektif, status, alasan")->required();
  cmd->callback([=, &action] {
    action = [=] {
      return guarded(c->json, [&] {
        std::string bytes = read_bytes(*file);
        auto app = services::App::open(c->db);
        const auto r = services::BpjsRegistrationService(*app).import_response(
            operator_actor(), *batch, std::move(bytes), std::filesystem::path(*file).filename().string());
        if (c->json) {
          print_json(wire::response_result_json(r));
        } else {
          std::printf(
              "Jawaban BPJS untuk batch #%lld: %lld baris, %lld diterima, %lld ditolak BPJS, %lld tidak berubah, "
              "%lld bermasalah.\n",
              static_cast<long long>(r.batch_id), static_cast<long long>(r.rows), static_cast<long long>(r.accepted),
              static_cast<long long>(r.rejected_by_bpjs), static_cast<long long>(r.unchanged),
              static_cast<long long>(r.errors_count));
          for (const auto& e : r.errors) std::printf("  Galat: %s\n", e.message.c_str());
        }
        return 0;
      });
    };
  });
}

void add_cards_request(CLI::App* group, Action& action) {
  auto* cmd = group->add_subcommand("request", "Minta kartu peserta (per pekerja atau per batch pendaftaran)");
  auto c = common_options(cmd);
  auto ids = std::make_shared<std::vector<std::int64_t>>();
  auto batch = std::make_shared<std::int64_t>(0);
  cmd->add_option("--id", *ids, "Id pekerja (boleh berulang)");
  cmd->add_option("--pendaftaran", *batch, "Atau semua pekerja yang diterima di batch pendaftaran ini");
  cmd->callback([=, &action] {
    action = [=] {
      return guarded(c->json, [&] {
        auto app = services::App::open(c->db);
        const auto r = services::CardService(*app).request(operator_actor(), *ids, *batch);
        if (c->json) {
          print_json(wire::card_request_json(r));
        } else {
          std::printf("Batch kartu #%lld: %lld kartu diminta.\n", static_cast<long long>(r.batch.id),
                      static_cast<long long>(r.batch.diminta));
          for (const auto& i : r.items)
            for (const auto& p : i.problems)
              std::printf("  Pekerja #%lld: %s\n", static_cast<long long>(i.pekerja_id), p.message.c_str());
        }
        return 0;
      });
    };
  });
}

void add_cards_print(CLI::App* group, Action& action) {
  auto* cmd = group->add_subcommand("print", "Cetak kartu sebuah batch ke PDF (A4, 10 kartu per lembar)");
  auto c = common_options(cmd);
  auto batch = std::make_shared<std::int64_t>(0);
  auto out = std::make_shared<std::string>();
  auto url = std::make_shared<std::string>("http://127.0.0.1:8080");
  cmd->add_option("--batch", *batch, "Nomor batch kartu")->required();
  cmd->add_option("--out", *out, "Berkas PDF tujuan")->required();
  cmd->add_option("--public-url", *url, "Alamat publik yang dibuka kode QR")->capture_default_str();
  cmd->callback([=, &action] {
    action = [=] {
      return guarded(c->json, [&] {
        auto app = services::App::open(c->db);
        app->set_public_url(*url);
        ProgressBar bar(ProgressBar::wanted(c->json));
        const auto p = services::CardService(*app).print(operator_actor(), *batch, bar.reporter());
        bar.finish();
        write_bytes(*out, p.pdf);
        if (c->json)
          print_json({{"file", *out}, {"cards", p.cards}, {"newly_printed", p.newly_printed}, {"bytes", p.pdf.size()}});
        else
          std::printf("%lld kartu ditulis ke %s (%lld baru dicetak).\n", static_cast<long long>(p.cards), out->c_str(),
                      static_cast<long long>(p.newly_printed));
        return 0;
      });
    };
  });
}

void add_cards_handover(CLI::App* group, Action& action) {
  auto* cmd = group->add_subcommand("handover", "Catat kartu sudah diserahkan (satu kartu atau satu batch)");
  auto c = common_options(cmd);
  auto card = std::make_shared<std::int64_t>(0);
  auto batch = std::make_shared<std::int64_t>(0);
  cmd->add_option("--card", *card, "Nomor kartu");
  cmd->add_option("--batch", *batch, "Atau semua kartu tercetak di batch ini");
  cmd->callback([=, &action] {
    action = [=] {
      return guarded(c->json, [&] {
        if ((*card > 0) == (*batch > 0))
          throw BadRequest("pilihan_tidak_valid", "Isi --card atau --batch (salah satu)");
        auto app = services::App::open(c->db);
        services::CardService svc(*app);
        std::int64_t n = 1;
        if (*card > 0)
          svc.hand_over(operator_actor(), *card);
        else
          n = svc.hand_over_batch(operator_actor(), *batch);
        if (c->json)
          print_json({{"diserahkan", n}});
        else
          std::printf("%lld kartu dicatat sudah diserahkan.\n", static_cast<long long>(n));
        return 0;
      });
    };
  });
}

}  // namespace

void add_bpjs_commands(CLI::App& app, Action& action) {
  auto* bpjs = app.add_subcommand("bpjs", "Pendaftaran ke BPJS: batch, berkas, jawaban / BPJS registration");
  bpjs->require_subcommand(1);
  add_bpjs_batch(bpjs, action);
  add_bpjs_batches(bpjs, action);
  add_bpjs_export(bpjs, action);
  add_bpjs_response(bpjs, action);
  auto* cards = app.add_subcommand("cards", "Kartu peserta: minta, cetak PDF, serahkan / member cards");
  cards->require_subcommand(1);
  add_cards_request(cards, action);
  add_cards_print(cards, action);
  add_cards_handover(cards, action);
}

}  // namespace lindungi::cli
