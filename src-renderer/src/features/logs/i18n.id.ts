import type logsEn from './i18n.en';

/** Bahasa Indonesia strings of the Logs page; same shape as i18n.en.ts. */
const logsId: typeof logsEn = {
  title: 'Log',
  intro: 'Apa yang dikerjakan aplikasi di komputer ini, terbaru lebih dulu. Kata sandi dan kunci tidak pernah ditulis di sini.',
  filters: 'Filter log',
  minLevel: 'Level minimal',
  anyLevel: 'Semua level',
  module: 'Modul',
  search: 'Cari teks',
  from: 'Dari',
  to: 'Sampai',
  clear: 'Bersihkan',
  autoRefresh: 'Segarkan tiap 5 detik',
  loadOlder: 'Muat yang lebih lama',
  shown: '{{n}} entri ditampilkan',
  partial: 'Sebagian berkas sudah dicari tanpa hasil lagi; "Muat yang lebih lama" mencari lebih jauh.',
  empty: 'Tidak ada entri log yang cocok.',
  columns: { time: 'Waktu', level: 'Level', module: 'Modul', message: 'Pesan', details: 'Rincian' },
  showFields: 'Tampilkan isian entri ini',
  hideFields: 'Sembunyikan isian entri ini',
  noFields: 'Tidak ada isian lain.',
  levels: { trace: 'Trace', debug: 'Debug', info: 'Info', warn: 'Peringatan', error: 'Galat', fatal: 'Fatal' },
  setting: {
    label: 'Level yang ditulis',
    help: 'Entri di bawah level ini tidak ditulis. Debug mencatat setiap penyegaran layar; pakai hanya saat mencari masalah.',
    saved: 'Level log disimpan.',
  },
};

export default logsId;
