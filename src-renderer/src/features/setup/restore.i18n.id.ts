import type setupRestoreEn from './restore.i18n.en';

/** Indonesian strings of the wizard's restore path (same shape as restore.i18n.en.ts). */
const setupRestoreId: typeof setupRestoreEn = {
  toggle: 'Pulihkan kantor ini dari database pusat',
  toggleHelp:
    'Untuk kantor baru yang bergabung, atau kantor ini dibangun ulang setelah komputernya hilang: setelah kantor dibuat, semua data di database pusat disalin ke sini dan penomoran berlanjut setelah faktur terakhir kode kantor ini.',
  section: 'Database pusat',
  host: 'Host',
  port: 'Port',
  database: 'Database',
  user: 'Role kantor',
  password: 'Kata sandi role',
  tlsMode: 'Enkripsi',
  tls: { 'verify-full': 'TLS, sertifikat diperiksa', require: 'TLS, tidak diperiksa', disable: 'Tanpa (hanya jaringan lokal)' },
  required: 'Wajib diisi',
  portInvalid: 'Port dari 1 sampai 65535',
  submit: 'Buat kantor dan pulihkan',
  working: 'Memulihkan dari database pusat…',
  failed: 'Kantor sudah dibuat, tetapi pemulihan gagal. Periksa koneksi dan coba lagi, atau lanjutkan tanpa pemulihan.',
  retry: 'Coba lagi',
  skip: 'Lanjutkan tanpa pemulihan',
  doneTitle: 'Kantor {{code}} dipulihkan',
  doneBody: 'Disalin dari database pusat ({{changes}} perubahan):',
  tables: {
    customers: 'Pelanggan',
    ledger_entries: 'Faktur, pembayaran dan entri buku besar lainnya',
    ledger_lines: 'Baris faktur',
    routers: 'Router',
    service_plans: 'Paket layanan',
    subscriptions: 'Langganan',
    voucher_plans: 'Paket voucher',
    voucher_batches: 'Batch voucher',
    vouchers: 'Voucher',
    voucher_sales: 'Penjualan voucher',
    till_shifts: 'Shift kasir yang ditutup',
    till_receipts: 'Struk kasir',
    till_entries: 'Entri kasir',
  },
  numbering: 'Penomoran berlanjut setelah: {{list}}',
  noNumbering: 'Tidak ada nomor kode kantor ini di database pusat: penomoran mulai dari 1.',
  conflicts: '{{count}} baris perlu diperiksa (Sinkronisasi → Konflik).',
  continue: 'Lanjutkan',
};

export default setupRestoreId;
