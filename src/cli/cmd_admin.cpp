#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/config_file.hpp"
#include "core/errors.hpp"
#include "services/app.hpp"
#include "services/audit_key.hpp"
#include "services/audit_service.hpp"
#include "services/auth_service.hpp"
#include "services/backup_service.hpp"
#include "services/database_location.hpp"

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
          services::AuthService(*application).reset_otp_by_username(Actor::system("cli"), *username);
          std::printf("Verifikasi dua langkah akun %s direset; sesi akun itu diakhiri.\n", username->c_str());
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
    // Issue 19 item 5: one archive holds the database, the claim files and a manifest of checksums.
    // `--config FILE` reads db, files, db-password-file, kunci-audit, backup-dir and backup-keep from
    // the server's configuration (main() hands them to the LINDUNGI_* variables below).
    auto* backup = app.add_subcommand(
        "backup", "Cadangkan database yang sedang dipakai dan dokumen klaim ke satu arsip (dengan manifes checksum)");
    auto db = std::make_shared<std::string>();
    auto out = std::make_shared<std::string>();
    auto dir = std::make_shared<std::string>();
    auto keep = std::make_shared<int>(14);
    auto files = std::make_shared<std::string>();
    auto key = std::make_shared<std::string>();
    auto password_file = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    backup->add_option("--config", "Berkas konfigurasi server (/etc/lindungi/lindungi.conf)");
    backup->add_option("--db", *db, "Berkas SQLite (atau postgresql://... tanpa kata sandi)")
        ->required()
        ->envname("LINDUNGI_DB");
    // --out wins over --backup-dir (from the configuration): one archive, nothing pruned.
    backup->add_option("--out", *out, "Berkas arsip cadangan (belum ada); tanpa pemangkasan");
    backup
        ->add_option("--backup-dir", *dir,
                     "Folder cadangan harian: arsip lindungi-<tanggal>-<jam>.tar.gz; yang lama dipangkas")
        ->envname("LINDUNGI_BACKUP_DIR");
    backup->add_option("--backup-keep", *keep, "Jumlah arsip harian yang disimpan di --backup-dir")
        ->capture_default_str()
        ->check(CLI::Range(1, 3650))
        ->envname("LINDUNGI_BACKUP_KEEP");
    backup->add_option("--files", *files, "Folder dokumen klaim (bawaan: berkas/ di samping berkas database)")
        ->envname("LINDUNGI_FILES");
    backup->add_option("--kunci-audit", *key, "Berkas kunci log audit database")->envname("LINDUNGI_AUDIT_KEY_FILE");
    backup->add_option("--db-password-file", *password_file, "Berkas berisi kata sandi database PostgreSQL")
        ->envname("LINDUNGI_DB_PASSWORD_FILE");
    backup->add_flag("--json", *json, "Cetak satu dokumen JSON");
    backup->callback([=, &action] {
      action = [=] {
        return guarded(*json, [&] {
          if (out->empty() && dir->empty())
            throw BadRequest("cadangan_tanpa_tujuan",
                             "Sebutkan berkas cadangan (--out) atau folder cadangan (--backup-dir)", "out");
          services::BackupRequest request;
          request.db = *db;
          if (!password_file->empty()) {
            if (services::location_has_password(*db))
              throw BadRequest(
                  "kata_sandi_ganda",
                  "Kata sandi database diberikan dua kali: di --db dan di db-password-file; hapus dari --db", "db");
            request.password = read_password_file(*password_file);
            if (!services::is_postgres_location(*db))
              throw BadRequest("kata_sandi_khusus_postgresql",
                               "Berkas kata sandi database hanya dipakai untuk PostgreSQL (postgresql://...)",
                               "db_password_file");
          }
          request.files_dir = *files;
          request.audit_key_file = *key;
          request.out = out->empty() ? services::dated_backup_name(*dir) : *out;
          const auto s = services::create_backup(request);
          const auto pruned = !out->empty() ? std::vector<std::string>{} : services::prune_backups(*dir, *keep);
          if (*json) {
            print_json({{"arsip", s.archive},
                        {"kunci_audit", s.key_file},
                        {"backend", s.backend},
                        {"ukuran", s.bytes},
                        {"berkas_klaim", s.files},
                        {"entri_audit", s.audit_entries},
                        {"jumlah_baris", s.rows},
                        {"dipangkas", pruned}});
          } else {
            std::printf("Cadangan ditulis ke %s: database %s, %lld dokumen klaim, %lld entri audit, %lld byte.\n",
                        s.archive.c_str(), s.backend == "sqlite" ? "SQLite" : "PostgreSQL",
                        static_cast<long long>(s.files), static_cast<long long>(s.audit_entries),
                        static_cast<long long>(s.bytes));
            std::printf("Kunci audit: %s (simpan terpisah dari cadangan).\n", s.key_file.c_str());
            for (const auto& p : pruned) std::printf("Cadangan lama dihapus: %s\n", p.c_str());
          }
          return 0;
        });
      };
    });
  }
  {
    auto* restore = app.add_subcommand("restore",
                                       "Pulihkan database dan dokumen klaim dari arsip cadangan, setelah memeriksa "
                                       "manifesnya (server harus berhenti)");
    auto from = std::make_shared<std::string>();
    auto db = std::make_shared<std::string>();
    auto files = std::make_shared<std::string>();
    auto password_file = std::make_shared<std::string>();
    restore->add_option("--from", *from, "Arsip cadangan (atau salinan SQLite dari versi lama)")->required();
    restore->add_option("--db", *db, "Database tujuan: berkas SQLite baru (atau postgresql://... kosong)")->required();
    auto force = std::make_shared<bool>(false);
    restore->add_flag("--force", *force, "Timpa database tujuan dan folder dokumen klaim yang sudah ada");
    restore->add_option("--files", *files, "Folder dokumen klaim tujuan (bawaan: berkas/ di samping database tujuan)");
    restore->add_option("--db-password-file", *password_file, "Berkas berisi kata sandi database PostgreSQL")
        ->envname("LINDUNGI_DB_PASSWORD_FILE");
    auto key = std::make_shared<std::string>();
    restore->add_option(
        "--kunci-audit", *key,
        "Berkas kunci audit cadangan (bawaan: <cadangan>.kunci-audit); disalin ke samping database tujuan");
    restore->callback([=, &action] {
      action = [=] {
        return guarded(false, [&] {
          services::RestoreRequest request;
          request.from = *from;
          request.db = *db;
          request.files_dir = *files;
          request.audit_key_file = *key;
          request.force = *force;
          if (!password_file->empty()) request.password = read_password_file(*password_file);
          const auto s = services::restore_backup(request);
          if (s.archive)
            std::printf(
                "Database %s dipulihkan dari %s: manifes cocok (%lld tabel, %lld dokumen klaim ke %s), %lld entri "
                "audit utuh.\n",
                services::printable_location(*db).c_str(), from->c_str(), static_cast<long long>(s.tables),
                static_cast<long long>(s.files), s.files_dir.c_str(), static_cast<long long>(s.audit_entries));
          else
            std::printf("Database %s dipulihkan dari %s (%lld entri audit utuh).\n", db->c_str(), from->c_str(),
                        static_cast<long long>(s.audit_entries));
          return 0;
        });
      };
    });
  }
}

}  // namespace lindungi::cli
