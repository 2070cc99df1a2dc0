import type reportsEn from './reports.en';

/** Bahasa Indonesia for the Reports page and dashboard charts; same shape as reports.en.ts (the compiler checks it). */
const reportsId: typeof reportsEn = {
  title: 'Laporan',
  tabs: { label: 'Laporan', sales: 'Penjualan', stock: 'Stok voucher', aging: 'Umur piutang', churn: 'Perubahan pelanggan' },
  from: 'Dari',
  to: 'Sampai',
  asOf: 'Per tanggal',
  groupBy: 'Kelompokkan per',
  presets: { label: 'Rentang tanggal', today: 'Hari ini', thisWeek: 'Minggu ini', thisMonth: 'Bulan ini', lastMonth: 'Bulan lalu' },
  badRange: 'Tanggal akhir sebelum tanggal awal.',
  groupings: { day: 'Hari', week: 'Minggu (ISO, Senin)', month: 'Bulan', cashier: 'Kasir', plan: 'Paket', office: 'Kantor', method: 'Metode bayar' },
  downloadCsv: 'Unduh CSV',
  dailySummary: 'PDF ringkasan harian',
  dayZReport: 'PDF laporan Z harian',
  summaryDate: 'Tanggal ringkasan',
  total: 'Total',
  empty: 'Tidak ada data pada rentang ini.',
  ownOnly: 'Hanya penjualan Anda sendiri.',
  timeZoneNote: 'Hari menurut zona waktu kantor ({{zone}}).',
  sales: {
    group: 'Kelompok',
    count: 'Item',
    voids: 'Batal',
    gross: 'Bruto',
    voided: 'Dibatalkan',
    net: 'Neto',
    vouchers: 'Voucher',
    payments: 'Pembayaran',
    methodNote: 'Per metode bayar: uang diterima dan dikembalikan (bruto = diterima, dibatalkan = dikembalikan).',
  },
  stock: { plan: 'Paket', printed: 'Dicetak', unsold: 'Belum terjual', sold: 'Terjual', used: 'Dipakai', expired: 'Kedaluwarsa', total: 'Total' },
  aging: { account: 'Akun', customer: 'Pelanggan', open: 'Terbuka', credit: 'Kredit', note: 'Sisa tagihan menurut umur sejak tanggal dokumen, dihitung dari buku besar.' },
  churn: { month: 'Bulan', new: 'Baru', cancelled: 'Berhenti', suspended: 'Ditangguhkan (masih)', net: 'Perubahan bersih' },
  chart: {
    revenueTitle: 'Pendapatan, 30 hari terakhir',
    stackBy: 'Tumpuk per',
    byMethod: 'Metode',
    byPlan: 'Paket',
    stockTitle: 'Stok voucher',
    noData: 'Tidak ada penjualan dalam 30 hari terakhir.',
  },
};

export default reportsId;
