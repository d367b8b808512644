// Texts of the Cek Perlindungan page (issue 20 item 1), merged when its chunk loads. The answer's
// own sentences (status, funder, card, benefits with their figures, what to do) come from the
// server, in the language this app asks for (Accept-Language): no figure is written here.
import { useMessages } from '@/views/pageMessages'

export const cekMessages = {
  id: {
    cek: {
      title: 'Cek Perlindungan',
      intro: 'Periksa apakah Anda terlindungi BPJS Ketenagakerjaan (kecelakaan kerja dan kematian), sampai kapan, dan apa hak Anda. Masukkan NIK dan tanggal lahir seperti di KTP.',
      nik: 'NIK',
      nikHint: '16 angka, seperti di KTP',
      birth: 'Tanggal lahir',
      birthHint: 'HH/BB/TTTT, mis. 17/08/1985',
      check: 'Periksa',
      checking: 'Memeriksa…',
      privacy: 'NIK dan tanggal lahir hanya dipakai untuk pemeriksaan ini dan tidak ditampilkan kembali. Setiap pemeriksaan dicatat.',
      nikInvalid: 'NIK harus 16 angka',
      birthInvalid: 'Tanggal lahir tidak valid; tulis HH/BB/TTTT',
      notFoundTitle: 'Data tidak ditemukan',
      initials: 'Peserta',
      funder: 'Pembiayaan iuran',
      card: 'Kartu peserta',
      collectAt: 'Tempat mengambil kartu',
      until: 'Terlindungi sampai',
      benefits: 'Hak Anda bila terjadi risiko',
      whatToDo: 'Apa yang harus dilakukan',
      contact: 'Siapa yang dihubungi',
      documents: 'Dokumen yang dibawa',
      optional: 'bila ada',
      legal: 'Dasar',
      another: 'Periksa NIK lain',
      publicPage: 'Angka cakupan kota',
    },
  },
  en: {
    cek: {
      title: 'Check your protection',
      intro: 'Check whether you are protected by BPJS Ketenagakerjaan (work accident and death cover), until when, and what you are entitled to. Enter your NIK and date of birth as on your ID card.',
      nik: 'NIK (ID number)',
      nikHint: '16 digits, as on your ID card (KTP)',
      birth: 'Date of birth',
      birthHint: 'DD/MM/YYYY, e.g. 17/08/1985',
      check: 'Check',
      checking: 'Checking…',
      privacy: 'Your NIK and date of birth are used only for this check and are not shown again. Every check is recorded.',
      nikInvalid: 'The NIK must be 16 digits',
      birthInvalid: 'The date of birth is not valid; write DD/MM/YYYY',
      notFoundTitle: 'No match',
      initials: 'Member',
      funder: 'Who pays the premium',
      card: 'Member card',
      collectAt: 'Where to collect the card',
      until: 'Protected until',
      benefits: 'What you are entitled to',
      whatToDo: 'What to do',
      contact: 'Whom to contact',
      documents: 'Documents to bring',
      optional: 'if any',
      legal: 'Basis',
      another: 'Check another NIK',
      publicPage: 'City coverage figures',
    },
  },
}

useMessages(cekMessages)
