// The screens. Each is loaded when first visited so that the first load stays small.
import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw } from 'vue-router'
import { can, homeRoute, loadSession, session } from './auth'
import type { Permission } from './api/types'
import { clearForbidden, forbiddenLocation, onPageForbidden } from './lib/forbidden'

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean
    permission?: Permission
    title?: string
  }
}

/** BPJS batches and cards: those who send batches or cards, take BPJS's answers, or audit. */
export const canViewBpjs = () => can('send_bpjs_batches') || can('manage_cards') || can('manage_bpjs') || can('view_audit')
const bpjsViewer = (to: RouteLocationNormalized) => (canViewBpjs() ? true : forbiddenLocation(to))

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'beranda', redirect: () => homeRoute() },
  { path: '/masuk', name: 'masuk', component: () => import('./views/LoginView.vue'), meta: { public: true, title: 'login.title' } },
  // Second factor (issue 16 item 8): enrolment, the only screen of a restricted session.
  { path: '/otp', name: 'otp', component: () => import('./otp/OtpView.vue'), meta: { title: 'login.otpTitle' } },
  // Cek Perlindungan (issue 20 item 1): a worker checks their own cover; no login, no NIK in the address.
  { path: '/cek', name: 'cek', component: () => import('./cek/CekView.vue'), meta: { public: true, title: 'cek.title' } },
  { path: '/publik', name: 'publik', component: () => import('./views/PublicView.vue'), meta: { public: true, title: 'public.title' } },
  { path: '/dasbor', name: 'dasbor', component: () => import('./views/DashboardView.vue'), meta: { permission: 'view_reports', title: 'dashboard.title' } },
  { path: '/pekerja', name: 'pekerja', component: () => import('./views/WorkersView.vue'), meta: { permission: 'view_workers', title: 'workers.title' } },
  { path: '/pekerja/baru', name: 'pekerja-baru', component: () => import('./views/WorkerFormView.vue'), meta: { permission: 'record_workers', title: 'form.title' } },
  { path: '/pekerja/:id(\\d+)', name: 'pekerja-rinci', component: () => import('./views/WorkerDetailView.vue'), props: true, meta: { permission: 'view_workers', title: 'worker.title' } },
  // Correcting a saved worker and their heirs (issue 17 item 1); the full NIK is needed to correct it.
  { path: '/pekerja/:id(\\d+)/ubah', name: 'pekerja-ubah', component: () => import('./workers/WorkerEditView.vue'), props: true, beforeEnter: () => (can('view_full_nik') ? true : homeRoute()), meta: { permission: 'record_workers', title: 'worker.edit' } },
  { path: '/rt', name: 'rt', component: () => import('./views/RtHomeView.vue'), meta: { permission: 'record_workers', title: 'rt.title' } },
  // Workflow screens (issue 6: import, verification, duplicates, funding, users, audit)
  { path: '/impor', name: 'impor', component: () => import('./workflow/ImportView.vue'), meta: { permission: 'record_workers', title: 'imports.title' } },
  { path: '/verifikasi', name: 'verifikasi', component: () => import('./workflow/VerificationView.vue'), meta: { permission: 'verify_workers', title: 'verify.title' } },
  { path: '/duplikat', name: 'duplikat', component: () => import('./workflow/DuplicatesView.vue'), meta: { permission: 'verify_workers', title: 'dupes.title' } },
  { path: '/pendanaan', name: 'pendanaan', component: () => import('./workflow/FundingView.vue'), meta: { permission: 'manage_funding', title: 'funding.title' } },
  { path: '/pengguna', name: 'pengguna', component: () => import('./workflow/UsersView.vue'), meta: { permission: 'manage_users', title: 'users.title' } },
  // A lost phone (issue 21 item 4): the kelurahan operator ends an RT head's sessions.
  { path: '/sesi-rt', name: 'sesi-rt', component: () => import('./workflow/RtSessionsView.vue'), meta: { permission: 'end_rt_sessions', title: 'rtSessions.title' } },
  { path: '/audit', name: 'audit', component: () => import('./workflow/AuditView.vue'), meta: { permission: 'view_audit', title: 'audit.title' } },
  // Jakon (issue 9): Kampung Bahagia construction projects.
  { path: '/proyek', name: 'proyek', component: () => import('./views/ProjectsView.vue'), meta: { permission: 'view_projects', title: 'projects.title' } },
  { path: '/proyek/baru', name: 'proyek-baru', component: () => import('./views/ProjectFormView.vue'), meta: { permission: 'manage_projects', title: 'projects.add' } },
  { path: '/proyek/:id(\\d+)/ubah', name: 'proyek-ubah', component: () => import('./views/ProjectFormView.vue'), props: true, meta: { permission: 'manage_projects', title: 'projects.edit' } },
  { path: '/proyek/:id(\\d+)', name: 'proyek-rinci', component: () => import('./views/ProjectDetailView.vue'), props: true, meta: { permission: 'view_projects', title: 'projects.details' } },
  // BPJS registration batches and member cards (issue 4 items 4-5): viewers are the roles that send
  // batches, take BPJS's answers or audit (docs/API.md), hence a guard on any of the permissions.
  { path: '/bpjs', name: 'bpjs', component: () => import('./bpjs/BpjsBatchesView.vue'), beforeEnter: bpjsViewer, meta: { title: 'bpjs.title' } },
  { path: '/bpjs/:id(\\d+)', name: 'bpjs-rinci', component: () => import('./bpjs/BpjsBatchView.vue'), props: true, beforeEnter: bpjsViewer, meta: { title: 'bpjs.title' } },
  { path: '/kartu', name: 'kartu', component: () => import('./bpjs/CardsView.vue'), beforeEnter: bpjsViewer, meta: { title: 'cards.title' } },
  { path: '/kartu/:id(\\d+)', name: 'kartu-rinci', component: () => import('./bpjs/CardsView.vue'), props: true, beforeEnter: bpjsViewer, meta: { title: 'cards.title' } },
  // Claims (issue 5): cases, documents, scholarships, the claims report (src/claims/).
  { path: '/klaim', name: 'klaim', component: () => import('./claims/ClaimsView.vue'), meta: { permission: 'view_workers', title: 'claims.title' } },
  { path: '/klaim/laporan', name: 'klaim-laporan', component: () => import('./claims/ClaimsReportView.vue'), meta: { permission: 'view_reports', title: 'claimsReport.title' } },
  { path: '/klaim/:id(\\d+)', name: 'klaim-rinci', component: () => import('./claims/ClaimDetailView.vue'), props: true, meta: { permission: 'view_workers', title: 'claims.title' } },
  { path: '/pekerja/:id(\\d+)/kejadian', name: 'kejadian-baru', component: () => import('./claims/ClaimNewView.vue'), props: true, meta: { permission: 'manage_claims', title: 'claimNew.title' } },
  { path: '/beasiswa', name: 'beasiswa', component: () => import('./claims/ScholarshipsView.vue'), meta: { permission: 'view_workers', title: 'scholar.title' } },
  // Billing and reports (issue 6): invoices, payments, arrears, renewal, the Reports screen (src/billing/).
  // Reads need manage_funding or view_reports (docs/API.md); every role with manage_funding or view_projects has view_reports.
  { path: '/tagihan', name: 'tagihan', component: () => import('./billing/InvoicesView.vue'), meta: { permission: 'view_reports', title: 'billing.title' } },
  { path: '/tagihan/:id(\\d+)', name: 'tagihan-rinci', component: () => import('./billing/InvoiceDetailView.vue'), props: true, meta: { permission: 'view_reports', title: 'billing.title' } },
  { path: '/tunggakan', name: 'tunggakan', component: () => import('./billing/ArrearsView.vue'), meta: { permission: 'view_reports', title: 'arrears.title' } },
  { path: '/perpanjangan', name: 'perpanjangan', component: () => import('./billing/RenewalView.vue'), meta: { permission: 'manage_funding', title: 'renewal.title' } },
  { path: '/laporan', name: 'laporan', component: () => import('./billing/ReportsView.vue'), meta: { permission: 'view_reports', title: 'reportsHub.title' } },
  // Holidays as data (issue 15): everyone signed in reads them, the city admin keeps them.
  { path: '/libur', name: 'libur', component: () => import('./holidays/HolidaysView.vue'), meta: { title: 'holidays.title' } },
  // The programme's rules per kab/kota (issue 22 item 4): everyone signed in reads their own, the admin sets them.
  { path: '/aturan', name: 'aturan', component: () => import('./rules/RulesView.vue'), meta: { title: 'rules.title' } },
  { path: '/:rest(.*)*', name: 'tidak-ada', component: () => import('./views/NotFoundView.vue'), meta: { public: true, title: 'notFound.title' } },
  // A page this account's role may not open (issue 17 item 9): reached only by name from the guard,
  // with the address asked for kept in the bar; an address typed by hand matches the 404 above first.
  { path: '/:halaman(.*)*', name: 'terlarang', component: () => import('./views/ForbiddenView.vue'), meta: { public: true, title: 'forbidden.title' } },
]

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})

// A page whose first load the API refused with 403 (issue 17 item 9): the same page as the guard's,
// in place of the screen, at the same address, with the server's sentence.
onPageForbidden(() => {
  const here = router.currentRoute.value
  if (here.name !== 'terlarang') router.replace(forbiddenLocation(here))
})

router.beforeEach(async (to) => {
  if (to.name !== 'terlarang') clearForbidden()
  await loadSession()
  if (to.meta.public) return true
  if (session.mode === 'error') return true // App shows the error with a retry button
  if (!session.user) return { path: '/masuk', query: to.fullPath !== '/' ? { next: to.fullPath } : {} }
  if (session.terbatas && to.name !== 'otp') return '/otp'
  // Not silently home (issue 17 item 9): a page that says this role cannot open it.
  if (to.meta.permission && !can(to.meta.permission)) return forbiddenLocation(to)
  return true
})
