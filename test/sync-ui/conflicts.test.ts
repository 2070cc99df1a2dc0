import { describe, expect, it } from 'vitest';
import { applyPulled } from '../../src-main/sync/apply';
import type { PulledChange } from '../../src-main/sync/protocol';
import { localRowJson } from '../../src-main/sync/rows';
import { readCursor } from '../../src-main/sync/state';
import { startOfficeWithStaff, type Harness } from '../support/core-harness';
import { sampleSync } from './sample-sync';

/**
 * Resolve semantics on real conflicts, made the way sync makes them: pulled changes from office BB go
 * through the apply path (src-main/sync/apply.ts) and collide with this office's rows.
 */
async function office(): Promise<Harness> {
  const h = await startOfficeWithStaff();
  // Sync on (central unreachable): the outbox runs, as in an office that really syncs.
  await sampleSync(h, true);
  return h;
}

function pull(h: Harness, change: Omit<PulledChange, 'seq' | 'office'>): void {
  const { sqlite } = h.core.services;
  const cursor = readCursor(sqlite);
  applyPulled(sqlite, [{ seq: cursor + 1, office: 'BB', ...change }], cursor, h.clock.now());
}

function customerRow(h: Harness, id: string): Record<string, string | number | null> {
  const row = localRowJson(h.core.services.sqlite, 'customers', id);
  if (!row) throw new Error(`no customer ${id}`);
  return row;
}

function outboxFor(h: Harness, rowId: string): Array<{ hlc: number; fields: string | null; payload: string }> {
  return h.core.services.sqlite.prepare('SELECT hlc, fields, payload FROM sync_outbox WHERE row_id = ? ORDER BY seq').all(rowId) as never;
}

const FAR_FUTURE_HLC = (Date.UTC(2030, 0, 1) * 1000);

describe('sync conflicts', () => {
  it('a remote edit refused here (account number taken) can be kept local, resent with a newer clock', async () => {
    const h = await office();
    const a = await h.must('owner', 'customers.create', { name: 'Ani' });
    const b = await h.must('owner', 'customers.create', { name: 'Budi' });
    // Office BB renamed Budi and gave him Ani's account number (taken here): refused, not applied.
    const remote = { ...customerRow(h, b.id), name: 'Budi Santoso', account_number: a.accountNumber };
    pull(h, { table: 'customers', rowId: b.id, hlc: FAR_FUTURE_HLC, fields: ['name', 'account_number'], payload: remote });
    const open = await h.must('manager', 'sync.conflicts.list', { status: 'open' });
    const conflict = open.items.find((item) => item.table === 'customers');
    expect(conflict).toMatchObject({ kind: 'refused', rowId: b.id, originOffice: 'BB', allowed: ['kept_local', 'took_remote', 'acknowledged'] });
    expect(conflict?.local).toMatchObject({ name: 'Budi', account_number: b.accountNumber });
    expect(conflict?.remote).toMatchObject({ name: 'Budi Santoso', account_number: a.accountNumber });

    h.clock.advance(60_000);
    const queued = outboxFor(h, b.id).length;
    const resolved = await h.must('manager', 'sync.conflicts.resolve', { id: conflict!.id, resolution: 'kept_local', note: 'Budi keeps his number' });
    expect(resolved).toMatchObject({ resolution: 'kept_local', resolvedBy: 'manager', resolvedAt: h.clock.now(), resolutionNote: 'Budi keeps his number', allowed: [] });
    expect(customerRow(h, b.id)).toMatchObject({ name: 'Budi', account_number: b.accountNumber, updated_at: h.clock.now() });
    // Sent again, whole, with a clock past the remote version: the local row wins everywhere.
    const sent = outboxFor(h, b.id);
    expect(sent).toHaveLength(queued + 1);
    const last = sent.at(-1)!;
    expect(last.hlc).toBeGreaterThan(FAR_FUTURE_HLC);
    expect(JSON.parse(last.fields ?? '[]')).toEqual(expect.arrayContaining(['name', 'account_number']));
    expect(JSON.parse(last.payload)).toMatchObject({ id: b.id, name: 'Budi' });

    // Twice: refused, nothing changed.
    const before = h.changes();
    const twice = await h.call('manager', 'sync.conflicts.resolve', { id: conflict!.id, resolution: 'acknowledged', note: '' });
    expect(twice.ok ? 'OK' : twice.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'already-resolved' } });
    expect(h.changes()).toBe(before);
    const resolvedList = await h.must('owner', 'sync.conflicts.list', { status: 'resolved' });
    expect(resolvedList.items.map((item) => item.id)).toContain(conflict!.id);
    const audit = await h.must('owner', 'audit.list', { procedure: 'sync.conflicts.resolve', limit: 1 });
    expect(audit.entries[0]?.summary).toContain('kept_local');
  });

  it('taking the remote version is a normal local edit, refused as a whole while it still clashes', async () => {
    const h = await office();
    const a = await h.must('owner', 'customers.create', { name: 'Ani' });
    const b = await h.must('owner', 'customers.create', { name: 'Budi' });
    const remote = { ...customerRow(h, b.id), name: 'Budi Santoso', phones: '["0812-1111-222"]', account_number: a.accountNumber };
    pull(h, { table: 'customers', rowId: b.id, hlc: FAR_FUTURE_HLC, fields: ['name', 'phones', 'account_number'], payload: remote });
    const conflict = (await h.must('owner', 'sync.conflicts.list', {})).items.find((item) => item.rowId === b.id)!;
    h.clock.advance(60_000);

    // Ani still holds the number: nothing changes, the conflict stays open.
    let before = h.changes();
    const clash = await h.call('owner', 'sync.conflicts.resolve', { id: conflict.id, resolution: 'took_remote', note: '' });
    expect(clash.ok ? 'OK' : clash.error).toMatchObject({ code: 'CONFLICT', details: { reason: 'remote-refused' } });
    expect(h.changes()).toBe(before);
    expect(customerRow(h, b.id)).toMatchObject({ name: 'Budi' });

    // Ani's number is changed first (by hand here); now the remote version goes in.
    h.core.services.sqlite.prepare('UPDATE customers SET account_number = ? WHERE id = ?').run('MOVED-1', a.id);
    const queued = outboxFor(h, b.id).length;
    const taken = await h.must('owner', 'sync.conflicts.resolve', { id: conflict.id, resolution: 'took_remote', note: 'BB is right' });
    expect(taken).toMatchObject({ resolution: 'took_remote', resolvedBy: 'owner' });
    expect(customerRow(h, b.id)).toMatchObject({ name: 'Budi Santoso', phones: '["0812-1111-222"]', account_number: a.accountNumber, updated_at: h.clock.now() });
    const sent = outboxFor(h, b.id);
    expect(sent).toHaveLength(queued + 1);
    expect(JSON.parse(sent.at(-1)!.fields ?? '[]')).toEqual(expect.arrayContaining(['name', 'phones', 'account_number']));
    // The FTS index follows the edit like any other.
    const found = await h.must('owner', 'customers.search', { query: 'Santoso' });
    expect(JSON.stringify(found)).toContain(b.id);
    before = h.changes();
    expect((await h.call('owner', 'sync.conflicts.resolve', { id: conflict.id, resolution: 'took_remote', note: '' })).ok).toBe(false);
    expect(h.changes()).toBe(before);
  });

  it('a ledger mismatch and a refused new customer can only be acknowledged; unknown ids and bad input change nothing', async () => {
    const h = await office();
    const a = await h.must('owner', 'customers.create', { name: 'Ani' });
    const payment = await h.must('owner', 'billing.payments.record', { customerId: a.id, amountMinor: 5_000, method: 'cash' });
    const entry = localRowJson(h.core.services.sqlite, 'ledger_entries', payment.entry.id)!;
    pull(h, { table: 'ledger_entries', rowId: payment.entry.id, hlc: null, fields: null, payload: { ...entry, amount_minor: -7_000 } });
    // A new customer from BB with an account number taken here.
    const stranger = { ...customerRow(h, a.id), id: '019a0000-0000-7000-8000-000000000001', name: 'Citra' };
    pull(h, { table: 'customers', rowId: stranger.id as string, hlc: FAR_FUTURE_HLC, fields: null, payload: stranger });

    const open = await h.must('owner', 'sync.conflicts.list', { status: 'open', limit: 10 });
    const mismatch = open.items.find((item) => item.kind === 'mismatch' && item.table === 'ledger_entries' && item.rowId === payment.entry.id)!;
    const refused = open.items.find((item) => item.rowId === stranger.id)!;
    expect(mismatch).toMatchObject({ allowed: ['acknowledged'], local: { amount_minor: -5_000 }, remote: { amount_minor: -7_000 } });
    expect(refused).toMatchObject({ kind: 'refused', allowed: ['acknowledged'], local: null, remote: { name: 'Citra' } });
    // Newest first, paged.
    const page = await h.must('owner', 'sync.conflicts.list', { status: 'all', limit: 1, offset: 0 });
    expect(page.total).toBe(open.total);
    expect(page.items).toHaveLength(1);
    expect(open.items.map((item) => item.detectedAt)).toEqual([...open.items.map((item) => item.detectedAt)].sort((x, y) => y - x));

    const before = h.changes();
    for (const [input, code] of [
      [{ id: mismatch.id, resolution: 'took_remote', note: '' }, 'CONFLICT'],
      [{ id: mismatch.id, resolution: 'kept_local', note: '' }, 'CONFLICT'],
      [{ id: refused.id, resolution: 'took_remote', note: '' }, 'CONFLICT'],
      [{ id: '019a0000-0000-7000-8000-0000000000ff', resolution: 'acknowledged', note: '' }, 'NOT_FOUND'],
      [{ id: mismatch.id, resolution: 'deleted', note: '' }, 'VALIDATION'],
      [{ id: 'nope', resolution: 'acknowledged' }, 'VALIDATION'],
      [{ id: mismatch.id, resolution: 'acknowledged', note: 'x'.repeat(501) }, 'VALIDATION'],
    ] as const) {
      const result = await h.call('owner', 'sync.conflicts.resolve', input as never);
      expect(result.ok ? 'OK' : result.error.code, JSON.stringify(input)).toBe(code);
    }
    expect(h.changes()).toBe(before);
    const cashier = await h.call('cashier', 'sync.conflicts.list', {});
    expect(cashier.ok ? 'OK' : cashier.error.code).toBe('FORBIDDEN');

    // Acknowledged: both facts stay as they are; the entry here is untouched.
    const ack = await h.must('owner', 'sync.conflicts.resolve', { id: mismatch.id, resolution: 'acknowledged', note: 'voided the wrong payment at BB' });
    expect(ack).toMatchObject({ resolution: 'acknowledged', resolutionNote: 'voided the wrong payment at BB' });
    expect(localRowJson(h.core.services.sqlite, 'ledger_entries', payment.entry.id)).toEqual(entry);
    expect((await h.must('owner', 'sync.status', {})).conflicts).toBe(open.total - 1);
  });
});
