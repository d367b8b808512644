// Texts of correcting a worker (issue 17 item 1) and of a save's outcome beside its button (item 3),
// in Bahasa Indonesia; loaded with the screens that use them, merged into the app's messages.
// English (en.ts) has the same keys.
export default {
  form: {
    phoneStored: 'Disimpan sebagai {no}',
    phoneChecking: 'Memeriksa nomor…',
    heirDateHint: 'Contoh: 05/02/2015. Tanggal lahir anak diperlukan untuk menilai beasiswa.',
    invalidHeirDate: 'Tanggal lahir ahli waris ke-{n} tidak valid (gunakan HH/BB/TTTT)',
    removeHeirN: 'Hapus ahli waris {n}',
  },
  worker: {
    edit: 'Ubah data',
    fixAndResubmit: 'Perbaiki dan ajukan ulang',
  },
  edit: {
    title: 'Ubah data {nama}',
    intro: 'Perbaiki data sesuai KTP lalu simpan. Kolom bertanda * wajib diisi.',
    back: 'Kembali ke data pekerja',
    save: 'Simpan perubahan',
    saveOnly: 'Simpan saja, belum diajukan',
    resubmit: 'Perbaiki dan ajukan ulang',
    reload: 'Muat ulang data terbaru',
    viewRecord: 'Lihat data pekerja',
    rejectedTitle: 'Data ini ditolak saat verifikasi. Alasannya:',
    noReason: 'Tidak ada alasan tercatat.',
    rejectedHint: 'Perbaiki data yang disebut, lalu tekan "Perbaiki dan ajukan ulang": data kembali ke antrean verifikasi dan diperiksa petugas lain.',
    recheckNote: 'Data ini sudah diverifikasi. Perubahan NIK, nama, tanggal lahir, penghasilan, RT atau ahli waris baru berlaku setelah disetujui petugas verifikasi lain; perubahan lain langsung tersimpan.',
    saved: 'Perubahan data {nama} tersimpan.',
    unchanged: 'Tidak ada yang berubah pada data {nama}; tidak ada yang perlu disimpan.',
    pending: 'Perubahan data penting dikirim untuk disetujui petugas verifikasi lain. Perubahan itu belum berlaku sampai disetujui.',
    pendingAndSaved: 'Perubahan data penting dikirim untuk disetujui petugas verifikasi lain dan belum berlaku sampai disetujui. Perubahan lain (misalnya nomor HP atau alamat) sudah tersimpan.',
    resubmitted: 'Data {nama} tersimpan dan diajukan ulang ke antrean verifikasi. Petugas kelurahan lain akan memeriksanya.',
    savedNotResubmitted: 'Perubahan tersimpan, tetapi belum diajukan ulang: {reason}',
    notResubmitted: 'Belum diajukan ulang: {reason}',
  },
  outcome: {
    offline: 'Tidak tersambung ke server. Data belum tersimpan; coba lagi saat ada sinyal.',
    timeout: 'Server terlalu lama menjawab. Data mungkin belum tersimpan; periksa lalu coba lagi saat sinyal lebih baik.',
    stale: 'Data ini sudah diubah orang lain sejak Anda membukanya, jadi perubahan Anda belum tersimpan. Muat ulang data terbaru lalu ulangi perubahan Anda.',
    done: 'Tersimpan.',
  },
}
