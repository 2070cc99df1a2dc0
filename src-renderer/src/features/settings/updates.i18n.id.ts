import type updatesEn from './updates.i18n.en';

/** Indonesian strings of Settings → Updates; joined into id.ts as `updates`. */
const updatesId: typeof updatesEn = {
  title: 'Pembaruan',
  intro: 'Aplikasi dapat mencari versi baru di server pembaruan Anda (folder tempat rilis diunggah). Fitur ini mati sampai Anda menyalakannya; tidak ada yang diunduh atau dipasang dengan sendirinya.',
  enabled: 'Periksa pembaruan (saat mulai dan sekali sehari)',
  feedUrl: 'Alamat feed pembaruan',
  feedUrlHelp: 'Folder yang berisi latest.yml, mis. https://updates.example.com/mikrotik-billing',
  feedUrlInvalid: 'Alamat http:// atau https:// tanpa nama pengguna, query, atau #',
  feedRequired: 'Isi alamat feed pembaruan untuk menyalakan pemeriksaan',
  save: 'Simpan pengaturan pembaruan',
  saved: 'Pengaturan pembaruan disimpan.',
  checkNow: 'Periksa sekarang',
  current: 'Ini versi {{version}}.',
  state: {
    never: 'Belum pernah diperiksa.',
    checking: 'Memeriksa…',
    'up-to-date': 'Sudah terbaru (diperiksa {{when}}).',
    available: 'Pembaruan tersedia: v{{version}} (diperiksa {{when}}).',
    failed: 'Pemeriksaan terakhir gagal ({{when}}): {{error}}',
  },
  released: 'Dirilis {{date}}.',
  download: 'Unduh: {{url}}',
  ownerOnly: 'Hanya pemilik yang dapat mengubah sumber pembaruan.',
};

export default updatesId;
