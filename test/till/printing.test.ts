import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordingPrinter } from '../billing/pdf/support';
import { makeTempDir } from '../support/temp-dir';
import { startTill } from './support';

function pdfFileText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/**
 * Opens a FIFO for reading without blocking (as a printer's device file is always open at the other end) and
 * returns a function that drains what the till wrote to it.
 */
function openFifo(fifo: string): () => Buffer {
  const fd = fs.openSync(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  return () => {
    const chunks: Buffer[] = [];
    const buffer = Buffer.alloc(65_536);
    try {
      for (;;) {
        const read = fs.readSync(fd, buffer);
        if (read === 0) break;
        chunks.push(Buffer.from(buffer.subarray(0, read)));
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    } finally {
      fs.closeSync(fd);
    }
    return Buffer.concat(chunks);
  };
}

async function saleOn(printer?: RecordingPrinter) {
  const t = await startTill(5, printer ? { printerBackend: printer } : {});
  const shift = await t.h.must('cashier', 'till.shifts.open', {});
  const sale = await t.h.must('cashier', 'till.sellVouchers', { items: [{ planId: t.planId, quantity: 1 }], payments: [{ method: 'cash', amountMinor: 10_000 }] });
  return { ...t, shift, sale };
}

describe('printing receipts and Z-reports to the workstation printer', () => {
  it('spools the receipt PDF to the chosen printer with copies, keeps the file and audits it', async () => {
    const printer = new RecordingPrinter();
    const { h, sale, shift } = await saleOn(printer);
    const out = await h.must('cashier', 'till.receipts.print', { receiptId: sale.receiptId, paper: '58mm', target: { kind: 'printer', printer: 'Front-Desk', copies: 2 } });
    expect(out).toMatchObject({ destination: 'Front-Desk', jobId: 'Front-Desk-1' });
    expect(printer.jobs).toHaveLength(1);
    expect(printer.jobs[0]).toMatchObject({ printer: 'Front-Desk', copies: 2, file: out.file });
    expect(out.file?.startsWith(path.join(h.dataDir, 'receipts'))).toBe(true);
    const text = pdfFileText(out.file ?? '');
    expect(text).toContain(`Kode: ${sale.vouchers[0]?.code ?? '?'}`);
    expect(text).not.toContain('SALINAN');

    const z = await h.must('cashier', 'till.zReport.print', { shiftId: shift.id, target: { kind: 'printer' } });
    expect(z.destination).toBe('default');
    expect(printer.jobs[1]).toMatchObject({ copies: 1 });
    expect(printer.jobs[1]?.printer).toBeUndefined();
    expect(pdfFileText(z.file ?? '')).toContain('LAPORAN Z');
    const audit = await h.must('owner', 'audit.list', { limit: 5 });
    expect(audit.entries.map((entry) => entry.procedure)).toEqual(expect.arrayContaining(['till.receipts.print', 'till.zReport.print']));
  });

  it('a printer that refuses the job (real lp, no such queue) is a CONFLICT naming the saved PDF and writes nothing', async () => {
    const { h, sale } = await saleOn();
    const before = h.changes();
    const result = await h.call('cashier', 'till.receipts.print', { receiptId: sale.receiptId, target: { kind: 'printer', printer: 'No-Such-Queue-mb' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!result.ok) {
      expect(result.error.message).toMatch(/printer refused the job[\s\S]*\.pdf/);
      const file = /saved to (\S+\.pdf)/.exec(result.error.message)?.[1] ?? '';
      expect(fs.existsSync(file)).toBe(true);
    }
    expect(h.changes()).toBe(before);
  });

  it('writes ESC/POS bytes to a device file (a FIFO here), copies and all', async () => {
    const { h, sale } = await saleOn();
    const temp = makeTempDir('mb-escpos-dev-');
    try {
      const fifo = path.join(temp.dir, 'lp0');
      execFileSync('mkfifo', [fifo]);
      const drain = openFifo(fifo);
      const out = await h.must('cashier', 'till.receipts.print', { receiptId: sale.receiptId, paper: '58mm', copy: true, target: { kind: 'escposDevice', device: fifo, copies: 2 } });
      expect(out).toMatchObject({ destination: fifo, file: null });
      const bytes = drain();
      const text = bytes.toString('latin1');
      // Two copies, each starting with ESC @ and ending in a partial cut.
      expect(text.split('\x1b@')).toHaveLength(3);
      expect(text.endsWith('\x1dV\x01')).toBe(true);
      expect(text).toContain(`Kode: ${sale.vouchers[0]?.code ?? '?'}`);
      expect(text).toContain('*** SALINAN ***');
      expect(text).toMatch(/TOTAL {2,}Rp 5\.000\n/);
      expect(text).toMatch(/Kembalian {2,}Rp 5\.000\n/);
      // Every byte is ASCII (the documented fallback); a 58 mm line is 32 characters.
      expect(text).toContain(`\n${'-'.repeat(32)}\n`);
      expect([...bytes].every((b) => b < 0x80)).toBe(true);
    } finally {
      temp.cleanup();
    }
  });

  it('refuses a device that is an ordinary file or missing, ESC/POS on A4, and a raw queue lp does not know', async () => {
    const { h, sale, shift } = await saleOn();
    const temp = makeTempDir('mb-escpos-dev-');
    try {
      const plain = path.join(temp.dir, 'notes.txt');
      fs.writeFileSync(plain, 'keep me');
      const before = h.changes();
      const onFile = await h.call('cashier', 'till.receipts.print', { receiptId: sale.receiptId, target: { kind: 'escposDevice', device: plain } });
      expect(onFile).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(fs.readFileSync(plain, 'utf8')).toBe('keep me');
      const missing = await h.call('cashier', 'till.receipts.print', { receiptId: sale.receiptId, target: { kind: 'escposDevice', device: path.join(temp.dir, 'lp9') } });
      expect(missing).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(fs.existsSync(path.join(temp.dir, 'lp9'))).toBe(false);
      const a4 = await h.call('cashier', 'till.zReport.print', { shiftId: shift.id, paper: 'a4', target: { kind: 'escposDevice', device: '/dev/null' } });
      expect(a4).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      const queue = await h.call('cashier', 'till.receipts.print', { receiptId: sale.receiptId, target: { kind: 'escposQueue', queue: 'No-Such-Queue-mb' } });
      expect(queue).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect(h.changes()).toBe(before);
    } finally {
      temp.cleanup();
    }
  });
});
