#include "demo/jakon_demo.hpp"

#include <map>
#include <string>

#include "core/jakon_project.hpp"
#include "store/jakon_store.hpp"

namespace lindungi::demo {

namespace {

constexpr const char* kWorks[] = {
    "Semenisasi gang",          "Perbaikan drainase",      "Pembangunan gapura",      "Rehab pos ronda",
    "Pengecoran jalan setapak", "Pembuatan sumur resapan", "Perbaikan jembatan kayu", "Pemasangan paving block",
    "Pembangunan MCK umum",     "Talud penahan tanah",     "Rehab balai pertemuan",   "Saluran air bersih",
};
constexpr const char* kContractors[] = {"CV Batanghari Jaya", "CV Sipin Konstruksi", "CV Angso Duo Mandiri",
                                        "CV Tanggo Rajo", "CV Mayang Karya"};
constexpr const char* kRoles[] = {"tukang", "pekerja", "mandor", "pekerja"};

// The state a demo project is in, chosen so that every line of the report has a few.
enum class ProjectStory { planned, overdue, certified, working, finished, started_uncovered, revoked_at_work };

}  // namespace

int add_demo_projects(store::Session& s, const RuleBook& rules, const WorkCalendar& calendar,
                      const std::vector<Worker>& workers, const Date& today, std::uint64_t seed) {
  std::uint64_t state = seed * 6364136223846793005ULL + 1442695040888963407ULL;
  auto next = [&](int n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<int>((state >> 33) % static_cast<std::uint64_t>(n));
  };
  // Workers per RT, to pick RTs that have residents and to list some of them on the works.
  std::map<std::string, std::vector<const Worker*>> by_rt;
  for (const Worker& w : workers)
    if (w.kategori == "pekerja_rentan") by_rt[w.kode_rt()].push_back(&w);
  std::vector<const std::vector<const Worker*>*> rts;
  for (const auto& [_, list] : by_rt)
    if (list.size() >= 4) rts.push_back(&list);
  if (rts.empty()) return 0;

  constexpr ProjectStory kStories[] = {
      ProjectStory::planned,  ProjectStory::overdue,  ProjectStory::certified,         ProjectStory::working,
      ProjectStory::finished, ProjectStory::overdue,  ProjectStory::started_uncovered, ProjectStory::working,
      ProjectStory::planned,  ProjectStory::finished, ProjectStory::revoked_at_work,   ProjectStory::certified};
  constexpr int kProjects = 36;
  for (int i = 0; i < kProjects; ++i) {
    const auto& residents = *rts[static_cast<std::size_t>(next(static_cast<int>(rts.size())))];
    const Worker& first = *residents.front();
    const ProjectStory story = kStories[i % std::size(kStories)];
    Project p;
    p.jenis = i % 3 == 2 ? ProjectKind::kontrak : ProjectKind::swakelola;
    p.nama = std::string{kWorks[next(static_cast<int>(std::size(kWorks)))]} + " RT " + zero_pad(first.rt, 3);
    p.kode_kelurahan = first.kode_kelurahan;
    p.rt = first.rt;
    // RT works: Rp15-120 juta from the Kampung Bahagia fund; contracts: Rp150-900 juta incl. PPN.
    if (p.jenis == ProjectKind::kontrak) {
      p.nilai = (150 + next(750)) * 1'000'000LL;
      p.ppn_termasuk = true;
      p.pelaksana = kContractors[next(static_cast<int>(std::size(kContractors)))];
    } else {
      p.nilai = (15 + next(105)) * 1'000'000LL;
      p.pelaksana = "ST/" + zero_pad(first.rt, 3) + "/" + std::to_string(today.year) + "/" + std::to_string(i + 1);
    }
    // How long ago the SPK was signed, in days, by story.
    int ago = 0;
    switch (story) {
      case ProjectStory::planned:
        ago = next(8);
        break;
      case ProjectStory::overdue:
        ago = 25 + next(40);
        break;
      case ProjectStory::certified:
        ago = 5 + next(10);
        break;
      case ProjectStory::working:
      case ProjectStory::started_uncovered:
      case ProjectStory::revoked_at_work:
        ago = 30 + next(40);
        break;
      case ProjectStory::finished:
        ago = 90 + next(120);
        break;
    }
    p.tanggal_spk = today.add_days(-ago);
    // Overdue means past the 14 working days, which holidays stretch (Lebaran adds a week):
    // counted with the deployment's calendar, so the story holds on any date (issue 15).
    if (story == ProjectStory::overdue)
      while (!(registration_deadline(calendar, *p.tanggal_spk) < today)) p.tanggal_spk = p.tanggal_spk->add_days(-7);
    p.rencana_mulai = p.tanggal_spk->add_days(7 + next(7));
    p.rencana_selesai = p.rencana_mulai->add_days(30 + next(60));
    p.ppn_persen = rules.ppn_at(*p.tanggal_spk).percent;
    const ProjectPremium premium = project_premium(rules, p, today);
    p.iuran = premium.total;
    p.dasar_iuran = premium.dasar;
    p.sumber_aturan = premium.source;
    p.tanggal_aturan = premium.rule_from;
    p.dibuat_oleh = "sistem";
    p.dibuat = p.tanggal_spk->iso() + "T02:00:00Z";
    const bool covered =
        story == ProjectStory::certified || story == ProjectStory::working || story == ProjectStory::finished;
    if (covered) {
      p.tanggal_bayar = std::min(today, p.tanggal_spk->add_days(2 + next(5)));
      p.nomor_sertifikat = "JK" + std::to_string(today.year) + zero_pad(1000 + i, 6);
      p.jumlah_bayar = p.iuran;
      p.status = ProjectState::bersertifikat;
    }
    if (story == ProjectStory::working || story == ProjectStory::finished || story == ProjectStory::started_uncovered ||
        story == ProjectStory::revoked_at_work) {
      p.status = ProjectState::dimulai;
      p.tanggal_mulai = std::min(today, std::max(*p.rencana_mulai, p.tanggal_bayar.value_or(*p.rencana_mulai)));
    }
    if (story == ProjectStory::finished) {
      p.status = ProjectState::selesai;
      p.tanggal_selesai = std::min(today, *p.rencana_selesai);
    }
    const int listed = 2 + next(3);
    for (int k = 0; k < listed && k < static_cast<int>(residents.size()); ++k) {
      const Worker& w = *residents[static_cast<std::size_t>(k)];
      p.pekerja.push_back({0, w.nik, w.nama, kRoles[k % std::size(kRoles)], w.id});
    }
    s.jakon().insert_project(p);
  }
  return kProjects;
}

}  // namespace lindungi::demo
