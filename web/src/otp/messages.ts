// The enrolment screen's texts join the app's messages when its chunk loads, so that they do not
// weigh on the first load (the 250 KB budget of docs/WEB.md).
import { i18n } from '@/i18n'

const id = {
  otp: {
    intro: 'Peran Anda wajib memakai verifikasi dua langkah. Pasang aplikasi autentikator (mis. Google Authenticator, Aegis, FreeOTP) di ponsel, lalu daftarkan akun ini.',
    active: 'Verifikasi dua langkah aktif. Sisa kode pemulihan: {n}.',
    start: 'Mulai pendaftaran',
    secret: 'Kunci rahasia (ketik di aplikasi)',
    uri: 'Alamat otpauth (tempel di aplikasi)',
    code: 'Kode 6 angka dari aplikasi',
    confirm: 'Konfirmasi',
    codesTitle: 'Kode pemulihan',
    codesHint: 'Simpan kode ini di tempat aman: masing-masing dapat dipakai sekali untuk masuk bila ponsel hilang. Kode ini hanya ditampilkan sekarang.',
    regenerate: 'Buat kode pemulihan baru',
    continue: 'Lanjut',
  },
}
const en: typeof id = {
  otp: {
    intro: 'Your role requires two-step verification. Install an authenticator app (e.g. Google Authenticator, Aegis, FreeOTP) on your phone, then enrol this account.',
    active: 'Two-step verification is on. Recovery codes left: {n}.',
    start: 'Start enrolment',
    secret: 'Secret key (type it into the app)',
    uri: 'otpauth address (paste it into the app)',
    code: '6-digit code from the app',
    confirm: 'Confirm',
    codesTitle: 'Recovery codes',
    codesHint: 'Keep these codes somewhere safe: each logs you in once if your phone is lost. They are shown only now.',
    regenerate: 'Make new recovery codes',
    continue: 'Continue',
  },
}

i18n.global.mergeLocaleMessage('id', id)
i18n.global.mergeLocaleMessage('en', en)

export const otpMessages = { id, en }
