#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "core/errors.hpp"
#include "services/app.hpp"
#include "services/audit_key.hpp"
#include "services/audit_service.hpp"
#include "services/auth_service.hpp"

namespace lindungi::cli {

namespace {

// Reads a password from stdin without echo when it is a terminal.
std::string read_password() {
  std::string password;
  if (isatty(STDIN_FILENO)) std::fprintf(stderr, "Kata sandi: ");
  std::getline(std::cin, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  return password;
}

}  // namespace

void add_admin_commands(CLI::App& app, Action& action) {
  {
    auto* user = app.add_subcommand("user", "Akun pengguna / user accounts");
    user->require_subcommand(1);
    auto* add = user->add_subcommand("add", "Buat akun (mis. admin pertama); kata sandi dibaca dari stdin");
    auto db = std::make_shared<std::string>();
    auto u = std::make_shared<services::NewUser>();
    auto json = std::make_shared<bool>(false);
    add->add_option("--db", *db, "Berkas SQLite")->required();
    add->add_option("--username", u->username, "Nama pengguna")->required();
    add->add_option("--nama", u->nama, "Nama lengkap")->required();
    add->add_option("--role", u->role,
                    "ketua_rt | operator_kelurahan | operator_kecamatan | admin_kota | "
                    "petugas_bpjs | pemprov | auditor")
        ->required();
    add->add_option("--area", u->area, "Kode wilayah akun (mis. 15.71 untuk admin kota)")->required();
    add->add_option("--kohort", u->kohort, "Kode penyandang dana yang membatasi akun (pemprov: apbd_provinsi)");
    add->add_flag("--json", *json, "Cetak satu dokumen JSON");
    add->callback([=, &action] {
      action = [=] {
        return guarded(*json, [&] {
          auto application = services::App::open(*db);
          services::NewUser in = *u;
          in.password = read_password();
          const auto v = services::AuthService(*application).create_user(Actor::system("cli"), in);
          if (*json)
            print_json(
                {{"id", v.id}, {"username", v.username}, {"role", std::string{to_string(v.role)}}, {"area", v.area}});
          else
            std::printf("Akun %s (%s, %s) dibuat.\n", v.username.c_str(), std::string{to_string(v.role)}.c_str(),
                        v.area.c_str());
          return 0;
        });
      };
    });
  }
  {
    // Second factor (issue 16 item 8): a user who lost their phone and their recovery codes.
    auto* user = app.get_subcommand("user");
    auto* reset = user->add_subcommand(
        "reset-otp", "Hapus verifikasi dua langkah akun (ponsel hilang); akun mendaftar ulang saat masuk");
    auto db = std::make_shared<std::string>();
    auto username = std::make_shared<std::string>();
    reset->add_option("--db", *db, "Berkas SQLite (atau postgresql://...)")->required();
    reset->add_option("username", *username, "Nama pengguna")->required();
    reset->callback([=, &action] {
      action = [=] {
        return guarded(false, [&] {
          auto application = services::App::open(*db);
          std::optional<store::UserRecord> u;
          application->store().read([&](store::Session& s) { u = s.user_by_username(*username); });
          if (!u) throw NotFound("pengguna_tidak_ada", "Pengguna '" + *username + "' tidak ditemukan", "username");
          services::AuthService(*application).reset_otp(Actor::system("cli"), u->id);
          std::printf("Verifikasi dua langkah akun %s direset; sesi akun itu diakhiri.\n", u->username.c_str());
          return 0;
        });
      };
    });
  }
  {
    auto* audit = app.add_subcommand("audit", "Log audit / audit log");
    audit->require_subcommand(1);
    auto* verify =
        audit->add_subcommand("verify", "Periksa rantai hash log audit: setiap perubahan atau penghapusan terdeteksi");
    auto db = std::make_shared<std::string>();
    auto key = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    verify->add_option("--db", *db, "Berkas SQLite")->required();
    verify->add_option("--kunci-audit", *key,
                       "Berkas kunci audit (bawaan: <db>.kunci-audit atau LINDUNGI_AUDIT_KEY_FILE)");
    verify->add_flag("--json", *json, "Cetak satu dokumen JSON");
    verify->callback([=, &action] {
      action = [=] {
        return guarded(*json, [&] {
          auto application = services::App::open(*db, *key);
          const auto v = services::AuditService(*application).verify();
          if (*json)
            print_json(nlohmann::json(v));
          else if (v.ok) {
            std::printf("Log audit utuh: %lld entri, rantai hash cocok.\n", static_cast<long long>(v.entries));
            if (v.legacy > 0)
              std::printf("%lld entri lama (sebelum kunci audit) diperiksa tanpa kunci; %lld entri berkunci.\n",
                          static_cast<long long>(v.legacy), static_cast<long long>(v.keyed));
          } else
            std::printf("LOG AUDIT RUSAK: %s\n", v.problem.c_str());
          return v.ok ? 0 : 2;
        });
      };
    });
    // Issue 16 item 5: the head to write down or compare with one written down before.
    auto* head = audit->add_subcommand("head", "Kepala rantai log audit (jumlah entri, hash terakhir) untuk dicatat");
    auto hdb = std::make_shared<std::string>();
    auto hkey = std::make_shared<std::string>();
    auto hjson = std::make_shared<bool>(false);
    head->add_option("--db", *hdb, "Berkas SQLite")->required();
    head->add_option("--kunci-audit", *hkey, "Berkas kunci audit");
    head->add_flag("--json", *hjson, "Cetak satu dokumen JSON");
    head->callback([=, &action] {
      action = [=] {
        return guarded(*hjson, [&] {
          auto application = services::App::open(*hdb, *hkey);
          const auto h = services::AuditService(*application).head();
          if (*hjson)
            print_json(nlohmann::json(h));
          else
            std::printf("Kepala log audit per %s: %lld entri, entri terakhir %lld (%s)\n%s\n", h.tanggal.c_str(),
                        static_cast<long long>(h.entries), static_cast<long long>(h.last_id), h.waktu.c_str(),
                        h.hash.c_str());
          return 0;
        });
      };
    });
  }
  {
    auto* backup =
        app.add_subcommand("backup", "Salin database yang sedang dipakai ke berkas cadangan (online backup)");
    auto db = std::make_shared<std::string>();
    auto out = std::make_shared<std::string>();
    backup->add_option("--db", *db, "Berkas SQLite")->required();
    backup->add_option("--out", *out, "Berkas cadangan (belum ada)")->required();
    backup->callback([=, &action] {
      action = [=] {
        return guarded(false, [&] {
          if (std::filesystem::exists(*out))
            throw Conflict("berkas_sudah_ada", "Berkas cadangan " + *out + " sudah ada; pilih nama lain", "out");
          auto application = services::App::open(*db);
          application->store().backup_to(*out);
          // The key goes with the backup (issue 16 item 5), as its own 0600 file: without it the
          // backup's keyed entries could not be verified, nor the backup restored.
          const std::string key_out = services::audit_key_file_beside(*out);
          services::write_audit_key(key_out, {application->audit_key().key, application->audit_key().from_id});
          std::printf("Cadangan ditulis ke %s (kunci audit: %s; simpan terpisah dari cadangan).\n", out->c_str(),
                      key_out.c_str());
          return 0;
        });
      };
    });
  }
  {
    auto* restore = app.add_subcommand("restore", "Pulihkan database dari berkas cadangan (server harus berhenti)");
    auto from = std::make_shared<std::string>();
    auto db = std::make_shared<std::string>();
    restore->add_option("--from", *from, "Berkas cadangan")->required();
    restore->add_option("--db", *db, "Berkas SQLite tujuan (belum ada, kecuali dengan --force)")->required();
    auto force = std::make_shared<bool>(false);
    restore->add_flag("--force", *force, "Timpa database tujuan yang sudah ada");
    auto key = std::make_shared<std::string>();
    restore->add_option(
        "--kunci-audit", *key,
        "Berkas kunci audit cadangan (bawaan: <cadangan>.kunci-audit); disalin ke samping database tujuan");
    restore->callback([=, &action] {
      action = [=] {
        return guarded(false, [&] {
          if (db->rfind("postgres", 0) == 0)
            throw BadRequest("restore_khusus_sqlite",
                             "Perintah restore hanya untuk database SQLite; untuk PostgreSQL gunakan pg_restore "
                             "(lihat docs/STORAGE.md)",
                             "db");
          if (!std::filesystem::exists(*from))
            throw NotFound("berkas_tidak_ada", "Berkas cadangan " + *from + " tidak ada", "from");
          // Issue 19 item 5: a restore never replaces a database by accident; the operator says so.
          if (std::filesystem::exists(*db) && !*force)
            throw Conflict("database_sudah_ada",
                           "Database tujuan " + *db +
                               " sudah ada; pulihkan ke berkas baru, atau tambahkan --force untuk menimpanya",
                           "db");
          // Check the backup first: it must open, pass integrity_check and verify its audit chain
          // with its key (issue 16 item 5). A keyed backup without its key is refused by App::open:
          // restored, its entries could never be verified again.
          const std::string key_from = key->empty() ? services::audit_key_file_beside(*from) : *key;
          if (!key->empty() && !std::filesystem::exists(key_from))
            throw NotFound("berkas_tidak_ada", "Berkas kunci audit " + key_from + " tidak ada", "kunci_audit");
          auto source = services::App::open(*from, key_from);
          const auto v = services::AuditService(*source).verify();
          if (!v.ok) throw Conflict("cadangan_rusak", "Cadangan ditolak: " + v.problem, "from");
          const services::AuditKeyFile restored_key{source->audit_key().key, source->audit_key().from_id};
          const std::string tmp = *db + ".restore-tmp";
          std::filesystem::remove(tmp);
          source->store().backup_to(tmp);
          source.reset();
          for (const char* suffix : {"-wal", "-shm"}) std::filesystem::remove(*db + suffix);
          std::filesystem::rename(tmp, *db);  // atomic on one file system
          // The restored database is keyed with the backup's key: it goes beside it.
          services::write_audit_key(services::default_audit_key_file(*db), restored_key);
          std::printf("Database %s dipulihkan dari %s (%lld entri audit utuh).\n", db->c_str(), from->c_str(),
                      static_cast<long long>(v.entries));
          return 0;
        });
      };
    });
  }
}

}  // namespace lindungi::cli
