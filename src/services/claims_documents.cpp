// Claim documents (docs/CLAIMS.md): uploaded files are checked by content, kept outside the database
// under the files folder with their SHA-256, written durably before their row is.
#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/claim_status.hpp"
#include "formats/record_json.hpp"
#include "services/claims_detail.hpp"
#include "services/claims_service.hpp"
#include "store/audit_store.hpp"
#include "store/claims_store.hpp"

namespace lindungi::services {

using nlohmann::json;
using namespace claims_detail;

namespace {

std::string hex(const unsigned char* bytes, std::size_t n) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    out.push_back(digits[bytes[i] >> 4]);
    out.push_back(digits[bytes[i] & 15]);
  }
  return out;
}

std::string sha256_hex(const std::string& bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return hex(digest, sizeof digest);
}

// The type by content, never by name or header: PDF, JPEG or PNG.
std::optional<std::pair<std::string, std::string>> sniff(const std::string& b) {
  if (b.rfind("%PDF-", 0) == 0) return std::pair<std::string, std::string>{"application/pdf", "pdf"};
  if (b.size() >= 3 && static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xD8 &&
      static_cast<unsigned char>(b[2]) == 0xFF)
    return std::pair<std::string, std::string>{"image/jpeg", "jpg"};
  if (b.rfind("\x89PNG\r\n\x1a\n", 0) == 0) return std::pair<std::string, std::string>{"image/png", "png"};
  return std::nullopt;
}

// Writes `bytes` to `path` so that the path either does not exist or holds the whole file: a
// temporary file in the same directory, fsync, rename, fsync of the directory.
void write_file_durably(const std::filesystem::path& path, const std::string& bytes) {
  std::filesystem::create_directories(path.parent_path());
  const std::string tmp = path.string() + ".tmp" + std::to_string(getpid());
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
  if (fd < 0) throw std::runtime_error("cannot create " + tmp);
  std::size_t done = 0;
  while (done < bytes.size()) {
    const auto n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n <= 0) {
      ::close(fd);
      ::unlink(tmp.c_str());
      throw std::runtime_error("cannot write " + tmp);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    ::unlink(tmp.c_str());
    throw std::runtime_error("cannot sync " + tmp);
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    ::unlink(tmp.c_str());
    throw std::runtime_error("cannot rename " + tmp);
  }
  const int dir = ::open(path.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
}

std::string clean_name(const std::string& name) {
  std::string out;
  for (char c : name)
    if (static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\' && c != '/' && out.size() < 200)
      out.push_back(c);
  return out.empty() ? "dokumen" : out;
}

}  // namespace

ClaimView ClaimsService::upload_document(const Actor& actor, std::int64_t id, const std::string& kode,
                                         const std::string& file_name, const std::string& bytes) {
  require_step(actor, ClaimStep::add_document, "mengunggah dokumen klaim");
  if (bytes.empty()) throw ValidationError("berkas", "berkas_kosong", "Berkas kosong");
  if (bytes.size() > kMaxDocumentBytes)
    throw ValidationError(
        "berkas", "berkas_terlalu_besar",
        "Berkas paling besar 5 MB (diterima " + format_thousands(static_cast<std::int64_t>(bytes.size())) + " byte)");
  const auto type = sniff(bytes);
  if (!type)
    throw ValidationError("berkas", "jenis_berkas_ditolak", "Berkas harus PDF, JPEG, atau PNG (menurut isinya)");
  // Checks before the file is written, again in the transaction that records it.
  auto check = [&](store::Session& s) {
    auto c = load_claim(s, actor, id);
    transition_of(ClaimStep::add_document, c);
    bool known = false;
    const ClaimView view = claim_view(app_, s, c);  // kept: iterating a temporary's member would dangle
    for (const auto& entry : view.dokumen) known = known || entry.item.kode == kode;
    if (!known)
      throw ValidationError("kode", "dokumen_tidak_dikenal",
                            "Dokumen '" + kode + "' tidak ada di daftar periksa kasus ini");
    return c;
  };
  app_.store().read([&](store::Session& s) { check(s); });
  const std::string sum = sha256_hex(bytes);
  // Named by case and checksum: the same content written twice is the same file, and a file
  // without a row (a crash between the two) is harmless.
  const std::string relative = "klaim/" + std::to_string(id) + "/" + kode + "-" + sum + "." + type->second;
  write_file_durably(std::filesystem::path(app_.files_dir()) / relative, bytes);
  ClaimView out;
  app_.store().write([&](store::Session& s) {
    auto c = check(s);
    store::ClaimDocument d{
        0,   id,       kode,           clean_name(file_name), type->first, static_cast<std::int64_t>(bytes.size()),
        sum, relative, actor.username, now_iso(app_)};
    s.claims().add_document(d);
    json changes = {{"dokumen", {nullptr, {{"id", d.id}, {"kode", kode}, {"sha256", sum}, {"ukuran", d.ukuran}}}}};
    const ClaimTransition* complete = claim_transition(ClaimStep::complete_documents, c.status);
    if (complete && claim_view(app_, s, c).all_required_present()) {
      c.status = complete->to;
      c.dokumen_lengkap_pada = now_iso(app_);
      save_claim(s, c);
      changes["status"] = {complete->from, complete->to};
    }
    audit(s, actor, "unggah_dokumen", id, changes);
    out = claim_view(app_, s, c);
  });
  return out;
}

DocumentFile ClaimsService::download_document(const Actor& actor, std::int64_t id, std::int64_t document_id) {
  require(actor, Permission::view_workers, "melihat dokumen klaim");
  store::ClaimDocument d;
  app_.store().read([&](store::Session& s) {
    load_claim(s, actor, id);
    const auto doc = s.claims().document(document_id);
    if (!doc || doc->klaim_id != id)
      throw NotFound("dokumen_tidak_ada", "Dokumen dengan id " + std::to_string(document_id) + " tidak ditemukan");
    d = *doc;
  });
  std::ifstream f(std::filesystem::path(app_.files_dir()) / d.berkas, std::ios::binary);
  if (!f) throw NotFound("berkas_hilang", "Berkas dokumen " + d.nama_berkas + " tidak ditemukan di penyimpanan");
  std::ostringstream buffer;
  buffer << f.rdbuf();
  std::string bytes = buffer.str();
  if (sha256_hex(bytes) != d.sha256)
    throw Conflict("berkas_rusak",
                   "Berkas dokumen " + d.nama_berkas + " tidak cocok dengan checksum SHA-256 yang tercatat");
  // Issue 16 item 8: claim documents hold death certificates, KTPs and bank books; who read
  // which is kept like any write, so that a leak can be traced to an account.
  // A read: without waiting for the database's writer (issue 16 item 6); the area is the claim's,
  // resolved when the entry is folded into the chain.
  app_.audit_read({0, "", actor.username, "unduh_dokumen", "klaim", std::to_string(id),
                   formats::json_text({{"dokumen_id", {nullptr, document_id}},
                                       {"kode", {nullptr, d.kode}},
                                       {"nama_berkas", {nullptr, d.nama_berkas}}})});
  return {std::move(bytes), d.jenis, d.nama_berkas};
}

}  // namespace lindungi::services
