// The funnel screen's texts (issue 22 item 1), merged when its chunk loads (outside the first
// load), at module evaluation so that the router's tab title finds them.
import { useMessages } from '@/views/pageMessages'

export const funnelMessages = {
  id: {
    funnel: {
      title: 'Jalan menuju cakupan semesta',
      subtitle: 'Dari potensi tenaga kerja sampai kartu di tangan pekerja, {area}, per {date}',
      steps: 'Tahapan',
      category: 'Kategori pekerja',
      categories: { pekerja_rentan: 'Pekerja rentan', petugas_keagamaan: 'Petugas keagamaan', ketua_rt: 'Ketua RT', semua: 'Semua kategori' },
      drop: 'Berkurang {n}',
      unknown: 'belum diketahui',
      unknownPotential: 'Potensi tenaga kerja wilayah ini belum diisi: tahap awal tidak dapat dihitung.',
      ofPotential: '{pct} dari potensi',
      detailBy: 'Rincian per',
      levels: { kecamatan: 'Kecamatan', kelurahan: 'Kelurahan', rt: 'RT' },
      area: 'Wilayah',
      back: 'Kembali ke wilayah di atasnya',
      open: 'Buka rincian {area}',
      none: 'Tidak ada wilayah di tingkat ini.',
      tableLabel: 'Tabel tahapan per wilayah',
      value: 'Nilai perlindungan',
      valueNote: 'santunan kematian yang dijamin bagi {n} pekerja aktif hari ini',
      basis: 'Dasar perhitungan nilai perlindungan',
      link: 'Lihat jalan menuju cakupan semesta',
    },
  },
  en: {
    funnel: {
      title: 'The road to universal coverage',
      subtitle: 'From the potential workforce to the card in the worker\'s hands, {area}, as of {date}',
      steps: 'Steps',
      category: 'Workers\' category',
      categories: { pekerja_rentan: 'Vulnerable workers', petugas_keagamaan: 'Religious workers', ketua_rt: 'RT heads', semua: 'Every category' },
      drop: 'Down {n}',
      unknown: 'not known',
      unknownPotential: 'This area\'s potential workforce has not been entered: the first steps cannot be counted.',
      ofPotential: '{pct} of the potential',
      detailBy: 'Detail by',
      levels: { kecamatan: 'District', kelurahan: 'Village', rt: 'RT' },
      area: 'Area',
      back: 'Back to the area above',
      open: 'Open the detail of {area}',
      none: 'No area at this level.',
      tableLabel: 'Table of steps per area',
      value: 'Value protected',
      valueNote: 'death benefits guaranteed to {n} workers active today',
      basis: 'How the value protected is computed',
      link: 'See the road to universal coverage',
    },
  },
}

useMessages(funnelMessages)
