import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFICE_INPUT, startOfficeWithStaff, onCleanup, type Harness } from '../../support/core-harness';
import { routerWithPlan } from '../support';
import { decodeQrCodes, pdfPageSizes, pdfText, renderPage } from '../print/tools';
import type { TemplateSettings } from '../../../src-shared/ipc/schemas/voucher-print';

async function gridDefaults(h: Harness): Promise<TemplateSettings> {
  return (await h.must('owner', 'vouchers.print.templates.list', {})).defaults.grid;
}

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mb-print-'));
  onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function statuses(h: Harness, batchId: string): Record<string, number> {
  const rows = h.core.services.sqlite.prepare('SELECT status, count(*) AS n FROM vouchers WHERE batch_id = ? GROUP BY status').all(batchId) as Array<{
    status: string;
    n: number;
  }>;
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}

describe('print templates', () => {
  it('saves, renames, refuses a duplicate name, lists and removes; defaults follow the office language', async () => {
    const h = await startOfficeWithStaff();
    const listed = await h.must('cashier', 'vouchers.print.templates.list', {});
    expect(listed.templates).toEqual([]);
    expect(listed.defaults.grid.sheet).toMatchObject({ kind: 'grid', paper: 'A4', columns: 3, rows: 8 });
    expect(listed.defaults.thermal58.sheet).toMatchObject({ kind: 'thermal', widthMm: 58 });
    expect(listed.defaults.thermal80.sheet).toMatchObject({ kind: 'thermal', widthMm: 80 });
    const saved = await h.must('manager', 'vouchers.print.templates.save', { name: 'Counter A4', settings: listed.defaults.grid });
    const second = await h.must('manager', 'vouchers.print.templates.save', { name: 'Roll', settings: listed.defaults.thermal58 });
    expect(await h.call('manager', 'vouchers.print.templates.save', { name: 'Counter A4', settings: listed.defaults.thermal80 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const recoloured = { ...saved.settings, colours: { ...saved.settings.colours, accent: '#aa0000' } };
    await h.must('owner', 'vouchers.print.templates.save', { id: saved.id, name: 'Counter A4', settings: recoloured });
    const after = await h.must('cashier', 'vouchers.print.templates.list', {});
    expect(after.templates.map((t) => [t.name, t.settings.colours.accent])).toEqual([
      ['Counter A4', '#aa0000'],
      ['Roll', listed.defaults.thermal58.colours.accent],
    ]);
    await h.must('owner', 'vouchers.print.templates.remove', { id: second.id });
    expect((await h.must('owner', 'vouchers.print.templates.list', {})).templates.map((t) => t.name)).toEqual(['Counter A4']);
    expect(await h.call('owner', 'vouchers.print.templates.remove', { id: second.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('skips a stored template that no longer parses instead of failing the list', async () => {
    const h = await startOfficeWithStaff();
    const settings = await gridDefaults(h);
    await h.must('owner', 'vouchers.print.templates.save', { name: 'Good', settings });
    const bad = await h.must('owner', 'vouchers.print.templates.save', { name: 'Bad', settings });
    h.core.services.sqlite.prepare("UPDATE print_templates SET settings = '{\"sheet\":1}' WHERE id = ?").run(bad.id);
    expect((await h.must('owner', 'vouchers.print.templates.list', {})).templates.map((t) => t.name)).toEqual(['Good']);
  });
});

describe('print preview', () => {
  it('lays one card out as the PDF does: fields follow the toggles, the QR carries the login URL with a 4-module quiet zone', async () => {
    const h = await startOfficeWithStaff();
    const { planId } = await routerWithPlan(h);
    const batch = await h.must('owner', 'vouchers.generate', { planId, count: 3, length: 8, charset: 'upper-digits', userMode: 'same', note: 'Front desk' });
    const settings = { ...(await gridDefaults(h)), loginUrl: 'http://wifi.example/login' };
    const preview = await h.must('cashier', 'vouchers.print.preview', { settings, batchId: batch.batchId });
    const texts = preview.card.texts.map((t) => t.text);
    expect(texts).toContain(preview.sample.code);
    expect(texts).toContain('Daily 1h');
    expect(texts).toContain('Front desk');
    expect(texts).toContain(OFFICE_INPUT.office.name);
    expect(preview.sample.loginUrl).toBe(`http://wifi.example/login?username=${preview.sample.code}&password=${preview.sample.code}`);
    expect(preview.page).toMatchObject({ cardsPerPage: 24 });
    const qr = preview.card.qr;
    if (!qr) throw new Error('QR expected');
    expect(qr.modules.length).toBe(qr.modules[0]?.length);
    for (const edge of [...qr.modules.slice(0, 4), ...qr.modules.slice(-4)]) expect(edge).toMatch(/^0+$/);
    expect(qr.modules.every((row) => row.startsWith('0000') && row.endsWith('0000'))).toBe(true);
    // Every text sits inside the card.
    for (const t of preview.card.texts) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x + t.width).toBeLessThanOrEqual(preview.card.width + 0.01);
    }

    const bare = await h.must('cashier', 'vouchers.print.preview', {
      settings: { ...settings, fields: { ...settings.fields, qr: false, officeName: false, batch: false } },
      batchId: batch.batchId,
    });
    expect(bare.card.qr).toBeNull();
    expect(bare.card.texts.map((t) => t.text)).not.toContain('Front desk');
    expect(bare.card.texts.map((t) => t.text)).not.toContain(OFFICE_INPUT.office.name);
  });

  it('refuses a thermal template whose margins leave no room, with the reason', async () => {
    const h = await startOfficeWithStaff();
    const { thermal58 } = (await h.must('owner', 'vouchers.print.templates.list', {})).defaults;
    const narrow = { ...thermal58, sheet: { kind: 'thermal' as const, widthMm: 58 as const, sideMarginMm: 14, feedMm: 6 } };
    const result = await h.call('owner', 'vouchers.print.preview', { settings: narrow });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!result.ok) expect(result.error.message).toMatch(/30 mm/);
  });
});

describe('print runs', () => {
  it('prints a batch to PDF in serial order, QR codes decode, vouchers move to printed; a reprint counts but does not move', async () => {
    const h = await startOfficeWithStaff();
    const { planId } = await routerWithPlan(h);
    const batch = await h.must('owner', 'vouchers.generate', { planId, count: 30, length: 8, charset: 'upper-digits', userMode: 'same' });
    const settings = await gridDefaults(h);
    const run = await h.must('manager', 'vouchers.print.run', { batchId: batch.batchId, settings, selection: 'all', target: { kind: 'pdf' } });
    expect(run).toMatchObject({ cards: 30, pages: 2, printer: null, markedPrinted: 30 });
    expect(run.file.startsWith(path.join(h.dataDir, 'prints'))).toBe(true);
    expect(fs.statSync(run.file).size).toBe(run.bytes);
    expect(pdfPageSizes(run.file)).toHaveLength(2);
    const { rows } = await h.must('owner', 'vouchers.list', { batchId: batch.batchId, limit: 30 });
    const first24 = rows.slice(0, 24).map((row) => `http://hotspot.lan/login?username=${row.code}&password=${row.code}`);
    const png = renderPage(run.file, 1, tempDir());
    expect(decodeQrCodes(png).sort()).toEqual([...first24].sort());
    expect(pdfText(run.file, 2)).toContain(rows[29]?.code);
    expect(statuses(h, batch.batchId)).toEqual({ printed: 30 });
    expect(rows.every((row) => row.printCount === 1 && row.printedAt === h.clock.now())).toBe(true);

    expect(await h.call('manager', 'vouchers.print.run', { batchId: batch.batchId, settings, selection: 'unprinted', target: { kind: 'pdf' } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const reprint = await h.must('owner', 'vouchers.print.run', { batchId: batch.batchId, settings, selection: 'unsold', target: { kind: 'pdf' } });
    expect(reprint).toMatchObject({ cards: 30, markedPrinted: 0 });
    const again = await h.must('owner', 'vouchers.list', { batchId: batch.batchId, limit: 1 });
    expect(again.rows[0]?.printCount).toBe(2);
    const detail = await h.must('owner', 'vouchers.batches.get', { id: batch.batchId });
    expect(detail.usage.printed).toBe(30);
  });

  it('a printer that refuses the job changes no voucher and says where the PDF is', async () => {
    const h = await startOfficeWithStaff();
    const { planId } = await routerWithPlan(h);
    const batch = await h.must('owner', 'vouchers.generate', { planId, count: 4, length: 8, charset: 'upper-digits', userMode: 'same' });
    const settings = await gridDefaults(h);
    const before = h.changes();
    const result = await h.call('owner', 'vouchers.print.run', {
      batchId: batch.batchId,
      settings,
      selection: 'all',
      target: { kind: 'printer', printer: 'No-Such-Queue-mb', copies: 1 },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!result.ok) expect(result.error.message).toMatch(/printer refused the job[\s\S]*\.pdf/);
    expect(statuses(h, batch.batchId)).toEqual({ generated: 4 });
    expect(h.changes()).toBe(before);
  });

  it('lists printers through the spooler, or reports none when it is missing', async () => {
    const h = await startOfficeWithStaff();
    const result = await h.must('cashier', 'vouchers.print.printers', {});
    expect(['lp', 'none']).toContain(result.spooler);
    for (const printer of result.printers) expect(printer.name).toMatch(/^\S+$/);
    expect(result.printers.filter((p) => p.isDefault).length).toBeLessThanOrEqual(1);
  });
});
