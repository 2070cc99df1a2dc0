import { describe, expect, it } from 'vitest';
import { startOfficeWithStaff } from '../support/core-harness';
import { readDesired } from '../../src-main/routers/desired/store';
import { batchRowCounts, captureProgress, routerWithPlan } from './support';

function auditOf(sqlite: import('better-sqlite3').Database, procedure: string): Array<{ operator_name: string; summary: string; details: string | null }> {
  return sqlite.prepare('SELECT operator_name, summary, details FROM audit_log WHERE procedure = ? ORDER BY seq').all(procedure) as Array<{
    operator_name: string;
    summary: string;
    details: string | null;
  }>;
}

describe('vouchers.generate (worker thread, one transaction)', () => {
  it('writes the batch, numbered vouchers and their desired hotspot users; reports progress', async () => {
    const h = await startOfficeWithStaff();
    const { routerId, planId } = await routerWithPlan(h);
    const progress = captureProgress(h, 'manager');
    const out = await h.must('manager', 'vouchers.generate', {
      planId,
      count: 12_000,
      length: 8,
      prefix: 'WJ',
      charset: 'upper-digits',
      userMode: 'separate',
      passwordLength: 5,
      note: 'Pasar pagi',
    });
    expect(out).toMatchObject({ count: 12_000, firstSerial: 1, lastSerial: 12_000 });

    const phases = progress.map((p) => p.phase);
    expect(phases[0]).toBe('preparing');
    expect(phases).toContain('generating');
    expect(phases).toContain('writing');
    expect(phases.at(-1)).toBe('done');
    expect(progress.every((p) => p.batchId === out.batchId && p.total === 12_000)).toBe(true);
    const writing = progress.filter((p) => p.phase === 'writing').map((p) => p.done);
    expect(writing).toEqual([...writing].sort((a, b) => a - b));

    const detail = await h.must('manager', 'vouchers.batches.get', { id: out.batchId });
    expect(detail.counts.generated).toBe(12_000);
    expect(detail.batch).toMatchObject({ note: 'Pasar pagi', userMode: 'up', codeLength: 8, prefix: 'WJ', charset: 'upper-digits', voucherCount: 12_000 });

    const page = await h.must('cashier', 'vouchers.list', { batchId: out.batchId, offset: 100, limit: 50 });
    expect(page.total).toBe(12_000);
    expect(page.rows.map((r) => r.serial)).toEqual(Array.from({ length: 50 }, (_, i) => 101 + i));
    for (const row of page.rows) {
      expect(row.code).toMatch(/^WJ[ABCDEFGHJKLMNPRSTUVWXYZ23456789]{8}$/);
      expect(row.password).toMatch(/^[ABCDEFGHJKLMNPRSTUVWXYZ23456789]{5}$/);
    }

    const desired = readDesired(h.core.services.db, routerId, '/ip/hotspot/user');
    expect(desired.size).toBe(12_000);
    const first = page.rows[0]!;
    expect(desired.get(first.code)).toEqual({
      password: first.password,
      profile: 'daily-1h',
      comment: `b-${out.batchId.slice(-12)}`,
      'limit-uptime': '1h',
      disabled: 'no',
    });
    const search = await h.must('cashier', 'vouchers.list', { search: first.code.slice(0, 7), limit: 1000 });
    expect(search.rows.map((r) => r.code)).toContain(first.code);
    expect(search.rows.every((r) => r.code.startsWith(first.code.slice(0, 7)))).toBe(true);
  });

  it('refuses a length that cannot hold the batch with a safe margin, before writing anything', async () => {
    const h = await startOfficeWithStaff();
    const { planId } = await routerWithPlan(h);
    const before = batchRowCounts(h.core.services.sqlite, '00000000-0000-7000-8000-000000000000');
    // 8 digits ^ 4 = 4096 codes; 1 % of that is 40.
    const refused = await h.call('owner', 'vouchers.generate', { planId, count: 41, length: 4, charset: 'digits', userMode: 'same' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/safely hold 40 more codes, not 41\. Use 5 characters/);
    expect(await h.must('owner', 'vouchers.generate', { planId, count: 40, length: 4, charset: 'digits', userMode: 'same' })).toMatchObject({ count: 40 });
    // The 40 already there count against the same space.
    const again = await h.call('owner', 'vouchers.generate', { planId, count: 1, length: 4, charset: 'digits', userMode: 'same' });
    expect(again).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(before).toEqual({ batches: 0, vouchers: 0, desired: 0 });
    const { vouchers: all } = { vouchers: (await h.must('owner', 'vouchers.list', { limit: 1000 })).total };
    expect(all).toBe(40);
  });

  it('cancel rolls the whole batch back', async () => {
    const h = await startOfficeWithStaff();
    const { planId } = await routerWithPlan(h);
    let batchId = '';
    h.core.events.attach('owner', (event, payload) => {
      const p = payload as { batchId: string; phase: string };
      if (event !== 'vouchers.progress') return;
      batchId = p.batchId;
      if (p.phase === 'writing') void h.must('manager', 'vouchers.cancelGeneration', { batchId: p.batchId });
    });
    const result = await h.call('owner', 'vouchers.generate', { planId, count: 150_000, length: 10, charset: 'mixed-digits', userMode: 'same' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { cancelled: true } } });
    expect(batchRowCounts(h.core.services.sqlite, batchId)).toEqual({ batches: 0, vouchers: 0, desired: 0 });
    expect(await h.must('owner', 'vouchers.cancelGeneration', { batchId })).toEqual({ cancelled: false });
    // The generate entry is part of the rolled-back transaction: only the cancel is on record.
    expect(auditOf(h.core.services.sqlite, 'vouchers.generate')).toEqual([]);
    expect(auditOf(h.core.services.sqlite, 'vouchers.cancelGeneration').length).toBeGreaterThan(0);
  });

  it('writes the generate audit entry in the batch transaction, with the batch id, and the chain stays intact', async () => {
    const h = await startOfficeWithStaff();
    const { planId } = await routerWithPlan(h);
    const out = await h.must('manager', 'vouchers.generate', { planId, count: 50, length: 8, charset: 'upper', userMode: 'same' });
    const [entry] = auditOf(h.core.services.sqlite, 'vouchers.generate');
    expect(entry).toMatchObject({ operator_name: 'manager', summary: 'generated 50 vouchers of plan Daily 1h' });
    expect(JSON.parse(entry?.details ?? '{}')).toMatchObject({ batchId: out.batchId, planId, count: 50 });
    // No generic second entry from the registry.
    expect(auditOf(h.core.services.sqlite, 'vouchers.generate')).toHaveLength(1);
    expect(await h.must('owner', 'audit.verify', {})).toMatchObject({ ok: true });
  });

  it('a warm spare worker (the app keeps one started) takes the next batch, with its progress events', async () => {
    const h = await startOfficeWithStaff();
    const { planId } = await routerWithPlan(h);
    h.core.services.vouchers.generation.enableWarmSpare();
    const progress = captureProgress(h, 'owner');
    const first = await h.must('owner', 'vouchers.generate', { planId, count: 6000, length: 8, charset: 'upper', userMode: 'same' });
    const second = await h.must('owner', 'vouchers.generate', { planId, count: 6000, length: 8, charset: 'upper', userMode: 'same' });
    expect([first.count, second.count]).toEqual([6000, 6000]);
    expect(progress.filter((p) => p.phase === 'done').map((p) => p.batchId)).toEqual([first.batchId, second.batchId]);
    expect(progress.filter((p) => p.batchId === second.batchId && p.phase === 'writing').length).toBeGreaterThan(0);
    expect((await h.must('owner', 'vouchers.list', { limit: 1 })).total).toBe(12_000);
  });
});

