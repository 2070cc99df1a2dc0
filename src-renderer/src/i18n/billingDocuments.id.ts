import type billingDocumentsEn from './billingDocuments.en';

/** Bahasa Indonesia for printable billing documents; same shape as billingDocuments.en.ts. */
const billingDocumentsId: typeof billingDocumentsEn = {
  print: {
    entryTitle: 'Cetak {{title}}',
    entryAction: 'Cetak {{title}}',
    short: 'Cetak',
    statementOpen: 'Cetak laporan rekening',
    statementTitle: 'Cetak laporan rekening {{name}}',
    paper: 'Kertas',
    paperA4: 'A4',
    paper80mm: 'Gulungan 80 mm',
    from: 'Dari',
    to: 'Sampai',
    periodHelp: 'Tanggal kalender kantor, keduanya termasuk; bawaan 3 bulan terakhir',
    invalidPeriod: 'Pilih tanggal mulai sebelum atau sama dengan tanggal akhir',
    target: 'Keluaran',
    targetPdf: 'Unduh PDF',
    targetPrinter: 'Printer',
    printer: 'Printer',
    defaultPrinter: 'Printer bawaan sistem',
    copies: 'Salinan',
    invalidCopies: 'Bilangan bulat 1 sampai 99',
    create: 'Buat PDF',
    printNow: 'Cetak',
    working: 'Membuat PDF…',
    saved: '{{pages}} halaman disimpan ke {{file}}. Unduhan sudah dimulai.',
    sent: '{{pages}} halaman dikirim ke {{printer}}. PDF juga disimpan ke {{file}}.',
    downloadAgain: 'Unduh lagi',
    defaultPrinterName: 'printer bawaan',
    notFound: 'Dokumen atau pelanggan ini sudah tidak ada.',
    conflict: 'Printer tidak menerima pekerjaan ini. PDF sudah disimpan; lihat rinciannya.',
  },
  details: {
    title: 'Data kantor pada tagihan dan laporan',
    intro: 'Dicetak di bawah nama kantor pada setiap tagihan, kuitansi, dan laporan rekening.',
    address: 'Alamat kantor',
    phone: 'Telepon kantor',
    email: 'E-mail kantor',
    taxId: 'NPWP',
    footer: 'Catatan kaki (rekening bank, cara pembayaran)',
    save: 'Simpan data kantor',
    saved: 'Data kantor tersimpan.',
    invalid: 'Periksa isian: alamat e-mail seperti kantor@contoh.id, dan teks tidak terlalu panjang.',
  },
  grid: {
    balance: 'Saldo',
  },
};

export default billingDocumentsId;
