// Texts of the RT head's offline drafts (issue 21), in Bahasa Indonesia; merged when the RT home or
// the worker form loads. English (en.ts) has the same keys.
export default {
  luring: {
    title: 'Data di ponsel ini',
    intro: 'Pekerja yang dicatat tanpa sinyal disimpan di ponsel ini dan dikirim otomatis saat sinyal kembali.',
    sendNow: 'Kirim sekarang',
    sending: 'Mengirim…',
    offlineHint: 'Tidak ada sinyal: data dikirim otomatis saat sinyal kembali.',
    state: {
      menunggu: 'Menunggu dikirim',
      terkirim: 'Terkirim',
      perlu_diperbaiki: 'Perlu diperbaiki',
      konflik: 'Konflik',
    },
    recorded: 'Dicatat {waktu}',
    tries: 'dicoba {n} kali',
    otherKelurahan: 'NIK ini sudah terdaftar di Kelurahan {kelurahan}.',
    conflictHint: 'Data tidak digabung otomatis. Periksa NIK; bila benar, hubungi operator kelurahan.',
    fix: 'Perbaiki',
    open: 'Lihat data pekerja',
    remove: 'Hapus dari ponsel',
    removeConfirm: 'Hapus data {nama} dari ponsel ini? Data ini belum tersimpan di server.',
    clearSent: 'Sembunyikan yang sudah terkirim',
    summary: '{sent} terkirim, {refused} perlu diperiksa, {waiting} masih menunggu',
    queued: 'Tidak ada sinyal. Data {nama} disimpan di ponsel ini dan dikirim otomatis saat sinyal kembali.',
    queuedAfterFailure: 'Server tidak menjawab. Data {nama} disimpan di ponsel ini dan dikirim lagi otomatis (tidak akan tercatat dua kali).',
    draftTitle: 'Perbaiki data yang belum terkirim',
    draftSaved: 'Perbaikan disimpan di ponsel ini dan dikirim otomatis saat sinyal kembali.',
    logoutWarning: '{n} data pekerja belum tersimpan di server dan akan dihapus dari ponsel ini bila Anda keluar. Tetap keluar?',
    noName: '(tanpa nama)',
  },
}
