// Texts of the "Tidak diizinkan" page and the public page's kab/kota choice (issue 17 items 8, 9),
// merged into the app's messages when those screens' chunks load, so that they do not weigh on
// the first load (the 250 KB budget of docs/WEB.md).
import { i18n } from '@/i18n'

export const forbiddenMessages = {
  id: {
    forbidden: {
      title: 'Tidak diizinkan',
      text: 'Akun Anda ({role}) tidak diizinkan membuka halaman ini.',
      textNoRole: 'Akun Anda tidak diizinkan membuka halaman ini.',
      help: 'Jika Anda memerlukannya untuk pekerjaan Anda, mintalah kepada admin kota.',
      home: 'Ke beranda',
    },
  },
  en: {
    forbidden: {
      title: 'Not allowed',
      text: 'Your account ({role}) is not allowed to open this page.',
      textNoRole: 'Your account is not allowed to open this page.',
      help: 'If you need it for your work, ask the city admin.',
      home: 'To the home page',
    },
  },
}

export const publicMessages = {
  id: {
    public: {
      titleIn: 'Cakupan perlindungan pekerja rentan di {place}',
      choosePlace: 'Pilih kab/kota',
      potentialUnknown: 'Jumlah pekerja rentan di wilayah ini belum diketahui',
      cekTitle: 'Apakah Anda sudah terlindungi?',
      cekText: 'Pekerja dan keluarganya dapat memeriksa perlindungan, kartu dan hak-haknya dengan NIK dan tanggal lahir.',
      cekLink: 'Cek Perlindungan',
    },
  },
  en: {
    public: {
      titleIn: 'Coverage of vulnerable workers in {place}',
      choosePlace: 'Choose the regency/city',
      potentialUnknown: 'The number of vulnerable workers in this area is not known yet',
      cekTitle: 'Are you protected?',
      cekText: 'Workers and their families can check their protection, card and entitlements with the NIK and date of birth.',
      cekLink: 'Check your protection',
    },
  },
}

const merged = new Set<object>()

export function useMessages(m: { id: object; en: object }): void {
  if (merged.has(m)) return
  i18n.global.mergeLocaleMessage('id', m.id)
  i18n.global.mergeLocaleMessage('en', m.en)
  merged.add(m)
}

// Merged as soon as a chunk that imports this module is evaluated: the router sets the tab's title
// ("Tidak diizinkan · Lindungi") from these texts before the screen's setup runs.
useMessages(forbiddenMessages)
useMessages(publicMessages)
