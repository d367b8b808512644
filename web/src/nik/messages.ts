// The live NIK check's texts (NikCheck.vue and the verification queue's flag), merged into the
// app's messages when first used; English has the same keys (nikCheck.test.ts checks).
import { i18n } from '@/i18n'

export const nikCheckMessages = {
  id: {
    nikCheck: {
      tanggal_lahir: 'Tanggal lahir {typed} tidak sesuai dengan NIK (NIK menunjukkan {fromNik})',
      jenis_kelamin: 'Jenis kelamin {typed} tidak sesuai dengan NIK (NIK menunjukkan {fromNik})',
      sex: { L: 'laki-laki', P: 'perempuan' },
      hint: 'Cocokkan dengan KTP/KK. Data tetap bisa disimpan, tetapi petugas kelurahan akan memeriksanya sebelum verifikasi.',
      registered: 'NIK ini sudah terdaftar atas nama {nama}, RT {rt}, Kelurahan {kelurahan} ({status}).',
      registeredOpen: 'Buka data yang sudah ada',
      registeredHint: 'Jangan didata dua kali; perbaiki data yang sudah ada bila perlu.',
      paused: 'Pemeriksaan NIK ganda berhenti sebentar (terlalu banyak pencarian); NIK tetap diperiksa saat disimpan.',
      flag: 'NIK tidak sesuai',
      overrideLabel: 'Alasan mengabaikan peringatan NIK',
      overrideHint: 'Verifikasi hanya bila KTP/KK sudah dicocokkan. Tuliskan dokumen yang dicek (minimal 10 huruf); alasan ini tercatat di log audit.',
      overrideShort: 'Tuliskan alasan minimal 10 huruf, mis. dokumen apa yang sudah dicocokkan.',
      overrideConfirm: 'Verifikasi dengan alasan ini',
      importFlagged: 'Peringatan NIK',
      importCommit: 'Simpan {clean} baris yang benar dan {flagged} baris dengan peringatan NIK',
      importNote: '{n} baris tanggal lahir, jenis kelamin atau wilayahnya tidak sesuai NIK: disimpan sebagai Didata tetapi bukan baris yang benar, dan baru bisa diverifikasi setelah petugas kelurahan mencocokkan KTP/KK. Sebaiknya perbaiki di spreadsheet dulu.',
    },
  },
  en: {
    nikCheck: {
      tanggal_lahir: 'Birth date {typed} does not match the NIK (the NIK says {fromNik})',
      jenis_kelamin: 'Sex {typed} does not match the NIK (the NIK says {fromNik})',
      sex: { L: 'male', P: 'female' },
      hint: 'Check the ID card or family card. The record can still be saved, but the kelurahan officer will check it before verification.',
      registered: 'This NIK is already registered as {nama}, RT {rt}, Kelurahan {kelurahan} ({status}).',
      registeredOpen: 'Open the existing record',
      registeredHint: 'Do not record the same person twice; correct the existing record if needed.',
      paused: 'The duplicate NIK check is paused (too many lookups); the NIK is still checked when saved.',
      flag: 'NIK mismatch',
      overrideLabel: 'Reason for setting the NIK warning aside',
      overrideHint: 'Verify only once the ID card or family card has been checked. Name the document checked (at least 10 letters); the reason is kept in the audit log.',
      overrideShort: 'Write a reason of at least 10 letters, e.g. which document was checked.',
      overrideConfirm: 'Verify with this reason',
      importFlagged: 'NIK warnings',
      importCommit: 'Save {clean} correct rows and {flagged} rows with a NIK warning',
      importNote: '{n} rows have a birth date, sex or region that does not match the NIK: they are saved as Recorded but are not correct rows, and can be verified only after the kelurahan officer checks the ID card or family card. Better correct them in the spreadsheet first.',
    },
  },
}

let merged = false
export function useNikCheckMessages(): void {
  if (merged) return
  i18n.global.mergeLocaleMessage('id', nikCheckMessages.id)
  i18n.global.mergeLocaleMessage('en', nikCheckMessages.en)
  merged = true
}
