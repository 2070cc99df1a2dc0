import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, routerJobs, servicePlans, subscriptions } from '../../../src-main/db/schema';
import { readDesired } from '../../../src-main/routers/desired/store';
import { waitFor, waitOnline } from '../../routers/domain/support';
import { startOfficeWithStaff } from '../../support/core-harness';
import { sampleInputs } from '../../support/sample-inputs';
import { codes, csv, failure, preview, startImportHarness, type ImportHarness } from './support';

const HEADER = ['name', 'phone', 'account number', 'plan', 'pppoe username', 'pppoe password', 'start date', 'status'];

/** Three good rows (two with subscriptions) and, on line 4, one without a name. */
const WITH_ONE_BAD_ROW = csv([
  HEADER,
  ['Siti Aminah', '0812-1', '', 'Home 10M', 'siti', 'rahasia-siti', '', ''],
  ['Budi Santoso', '0812-2', '', 'Home 10M', '', '', '2026-01-20', 'isolir'],
  ['', '0812-3', '', '', '', '', '', ''],
  ['José Álvarez', '0812-4', '', '', '', '', '', ''],
]);

async function commit(ih: ImportHarness, text: string, skipBadRows: boolean) {
  return ih.h.call('manager', 'customers.import.commit', { csv: text, skipBadRows });
}

async function customerNames(ih: ImportHarness): Promise<string[]> {
  const { customers } = await ih.h.must('manager', 'customers.list', { limit: 500 });
  return customers.map((customer) => customer.name).sort();
}

function importAudits(ih: ImportHarness): Array<{ summary: string; details: Record<string, unknown> }> {
  return ih.h.core.services.db
    .select({ summary: auditLog.summary, details: auditLog.details })
    .from(auditLog)
    .where(eq(auditLog.procedure, 'customers.import.commit'))
    .all()
    .map((entry) => ({ summary: entry.summary, details: JSON.parse(entry.details ?? '{}') as Record<string, unknown> }));
}

function jobKinds(ih: ImportHarness): Array<[string, string]> {
  return ih.h.core.services.db
    .select({ kind: routerJobs.kind, itemKey: routerJobs.itemKey })
    .from(routerJobs)
    .where(eq(routerJobs.routerId, ih.routerId))
    .orderBy(routerJobs.seq)
    .all()
    .map((job) => [job.kind, job.itemKey]);
}

describe('commit', () => {
  it('imports nothing while a row is bad, everything good with "skip bad rows", with one audit entry', async () => {
    const ih = await startImportHarness();
    const { h } = ih;
    const refused = await commit(ih, WITH_ONE_BAD_ROW, false);
    expect(refused.ok ? 'OK' : refused.error).toMatchObject({ code: 'VALIDATION', details: { reason: 'bad_rows', badRows: 1, rows: [{ row: 4, errors: [{ field: 'name', code: 'required' }] }] } });
    expect(await failure(ih, () => commit(ih, WITH_ONE_BAD_ROW, false))).toBe('VALIDATION:bad_rows');
    expect(await customerNames(ih)).toEqual([]);
    expect(importAudits(ih)).toEqual([]);

    const result = await h.must('manager', 'customers.import.commit', { csv: WITH_ONE_BAD_ROW, skipBadRows: true });
    expect(result.imported).toEqual({ customers: 3, subscriptions: 2 });
    expect(result.skipped).toEqual([{ row: 4, errors: [expect.objectContaining({ field: 'name', code: 'required' })] }]);
    // Account numbers in file order, drawn from the office sequence: the refused commit burned none.
    expect(result.rows.map((row) => [row.row, row.name, row.accountNumber, row.pppUsername])).toEqual([
      [2, 'Siti Aminah', 'WJ-000001', 'siti'],
      [3, 'Budi Santoso', 'WJ-000002', 'wj-000002'],
      [5, 'José Álvarez', 'WJ-000003', null],
    ]);
    expect(await customerNames(ih)).toEqual(['Budi Santoso', 'José Álvarez', 'Siti Aminah']);
    expect((await h.must('manager', 'customers.create', { name: 'After' })).accountNumber).toBe('WJ-000004');
    const audits = importAudits(ih);
    expect(audits).toHaveLength(1);
    expect(audits[0]?.summary).toBe('imported 3 customer(s) and 2 subscription(s) from CSV; 1 row(s) skipped');
    expect(audits[0]?.details).toMatchObject({ customers: 3, subscriptions: 2, skipped: 1, skippedRows: [4] });
  });

  it('creates subscriptions through the subscription service: secrets queued for the router, suspended ones disabled, no invoice', async () => {
    const ih = await startImportHarness();
    const { h } = ih;
    const result = await h.must('manager', 'customers.import.commit', { csv: WITH_ONE_BAD_ROW, skipBadRows: true });
    const [siti, budi] = result.rows;
    const { db } = h.core.services;
    const secrets = readDesired(db, ih.routerId, '/ppp/secret');
    expect(secrets.get('siti')).toEqual({ password: 'rahasia-siti', service: 'pppoe', profile: 'home-10', comment: `mb:sub ${siti?.subscriptionId}`, disabled: 'no' });
    expect(secrets.get('wj-000002')).toMatchObject({ profile: 'home-10', comment: `mb:sub ${budi?.subscriptionId}`, disabled: 'yes' });
    expect(secrets.get('wj-000002')?.password).toMatch(/^[a-zA-Z2-9]{10}$/);
    expect(jobKinds(ih).filter(([kind]) => kind !== 'ppp-profile.upsert')).toEqual([
      ['ppp-secret.upsert', '/ppp/secret|siti'],
      ['ppp-secret.upsert', '/ppp/secret|wj-000002'],
      ['ppp-secret.upsert', '/ppp/secret|wj-000002'],
      ['session.kick', '/ppp/secret|wj-000002'],
    ]);
    const subs = await h.must('manager', 'billing.subscriptions.list', {});
    expect(subs.map((sub) => [sub.pppUsername, sub.status, sub.suspensionKind, sub.startDate, sub.planId])).toEqual([
      ['siti', 'active', null, '2026-01-15', ih.planId],
      ['wj-000002', 'suspended', 'manual', '2026-01-20', ih.planId],
    ]);
    for (const row of result.rows) {
      const statement = await h.must('manager', 'billing.ledger.get', { customerId: row.customerId });
      expect(statement.entries, 'imported subscribers are not invoiced at import').toEqual([]);
    }
  });

  it('a second import of the same file finds every row already there and creates nothing', async () => {
    const ih = await startImportHarness();
    const { h } = ih;
    const file = csv([
      ['name', 'phone', 'account number', 'plan', 'pppoe username'],
      ['Siti Aminah', '0812-1', 'OLD-1', 'Home 10M', 'siti'],
      ['Budi Santoso', '0812-2', '', 'Home 10M', ''],
      ['Eko Prasetyo', '', '', '', ''],
    ]);
    await h.must('manager', 'customers.import.commit', { csv: file, skipBadRows: false });
    const again = await preview(ih, file);
    expect(again.rows.map((row) => codes(row.errors))).toEqual([['accountNumber:exists', 'pppUsername:exists'], ['name:exists'], ['name:exists']]);
    expect(again.totals).toMatchObject({ good: 0, bad: 3 });
    expect(await failure(ih, () => commit(ih, file, false))).toBe('VALIDATION:bad_rows');
    expect(await failure(ih, () => commit(ih, file, true))).toBe('VALIDATION:no_good_rows');
    expect(await customerNames(ih)).toEqual(['Budi Santoso', 'Eko Prasetyo', 'Siti Aminah']);
    expect(await h.must('manager', 'billing.subscriptions.list', {})).toHaveLength(2);
  });

  it('re-validates at commit: a plan renamed or retired, or a PPPoE name taken, after the preview', async () => {
    const ih = await startImportHarness();
    const { h } = ih;
    const file = csv([
      ['name', 'plan', 'pppoe username'],
      ['Andi', 'Home 10M', 'andi'],
      ['Dewi', 'Fiber 50M', 'dewi'],
    ]);
    const fiber = await ih.plan({ name: 'Fiber 50M', pppProfile: 'fiber-50' });
    expect((await preview(ih, file)).totals).toMatchObject({ good: 2, bad: 0 });
    await h.must('manager', 'billing.plans.update', { id: ih.planId, name: 'Home 10M (2026)' });
    expect(await failure(ih, () => commit(ih, file, false))).toBe('VALIDATION:bad_rows');
    await h.must('manager', 'billing.plans.update', { id: ih.planId, name: 'Home 10M' });
    // Retiring a plan (archived) takes it out of the plans a row can name.
    h.core.services.db.update(servicePlans).set({ archivedAt: h.clock.now() }).where(eq(servicePlans.id, fiber)).run();
    const retired = await commit(ih, file, false);
    expect(retired.ok ? 'OK' : retired.error.details).toMatchObject({ rows: [{ row: 3, errors: [{ field: 'plan', code: 'unknown' }] }] });
    const someone = await h.must('manager', 'customers.create', { name: 'Someone Else' });
    await h.must('manager', 'billing.subscriptions.create', { customerId: someone.id, planId: ih.planId, pppUsername: 'andi', invoiceNow: false });
    const taken = await commit(ih, file, true);
    expect(taken.ok ? 'OK' : taken.error.details).toMatchObject({ reason: 'no_good_rows' });
    expect(await customerNames(ih)).toEqual(['Someone Else']);
  });

  it('keeps account numbers from the old system and moves the sequence past those the office format could produce', async () => {
    const ih = await startImportHarness();
    const { h } = ih;
    const file = csv([
      ['name', 'account number', 'plan', 'pppoe username'],
      ['Kept Old', 'OLD-17', '', ''],
      ['Kept Format', 'WJ-000005', '', ''],
      ['Generated', '', 'Home 10M', ''],
      ['Typed Clash', '', 'Home 10M', 'wj-000006'],
    ]);
    const result = await h.must('manager', 'customers.import.commit', { csv: file, skipBadRows: false });
    // The typed wj-000006 is written first; the generated name for WJ-000006 then steps around it.
    expect(result.rows.map((row) => [row.accountNumber, row.pppUsername])).toEqual([
      ['OLD-17', null],
      ['WJ-000005', null],
      ['WJ-000006', 'wj-000006-2'],
      ['WJ-000007', 'wj-000006'],
    ]);
    expect((await h.must('manager', 'customers.create', { name: 'Next' })).accountNumber).toBe('WJ-000008');
  });

  it('the job worker puts imported secrets on the simulated router', async () => {
    const ih = await startImportHarness();
    const { h } = ih;
    h.core.startBackground();
    await waitOnline(ih);
    await h.must('manager', 'customers.import.commit', { csv: WITH_ONE_BAD_ROW, skipBadRows: true });
    const secret = (name: string) => ih.sim.rows('/ppp/secret').find((row) => row.name === name);
    await waitFor(() => secret('siti') !== undefined && secret('wj-000002')?.disabled === 'true', 10_000, 'secrets on router');
    expect(secret('siti')).toMatchObject({ password: 'rahasia-siti', profile: 'home-10', service: 'pppoe', disabled: 'false' });
    const statuses = () => h.core.services.db.select({ status: routerJobs.status }).from(routerJobs).where(eq(routerJobs.routerId, ih.routerId)).all();
    await waitFor(() => statuses().every((job) => job.status === 'done'), 10_000, 'every job done');
  });

  it('refuses bad input and other roles with typed errors, changing nothing', async () => {
    const ih = await startImportHarness();
    const { h } = ih;
    const good = csv([['name'], ['Fine']]);
    const raw = (input: unknown, role = 'manager') => h.core.registry.call({ clientId: role, trusted: true }, 'customers.import.commit', { input });
    expect(await failure(ih, () => raw({ csv: good }))).toBe('VALIDATION');
    expect(await failure(ih, () => raw({ csv: good, skipBadRows: 'yes' }))).toBe('VALIDATION');
    expect(await failure(ih, () => raw({ csv: good, skipBadRows: true, extra: 1 }))).toBe('VALIDATION');
    expect(await failure(ih, () => raw({ csv: '', skipBadRows: true }))).toBe('VALIDATION');
    expect(await failure(ih, () => raw({ csv: 42, skipBadRows: true }))).toBe('VALIDATION');
    expect(await failure(ih, () => raw({ csv: good, skipBadRows: true }, 'cashier'))).toBe('FORBIDDEN');
    expect(await failure(ih, () => raw({ csv: good, skipBadRows: true }, 'technician'))).toBe('FORBIDDEN');
    expect(await failure(ih, () => h.core.registry.call({ clientId: 'cashier', trusted: true }, 'customers.import.preview', { input: { csv: good } }))).toBe('FORBIDDEN');
    expect(h.core.services.db.select().from(subscriptions).all()).toEqual([]);
    expect(await customerNames(ih)).toEqual([]);
  });

  it('the procedure matrix’s sample inputs preview and import for real (not just pass validation)', async () => {
    const h = await startOfficeWithStaff();
    const samples = await sampleInputs(h);
    expect((await h.must('owner', 'customers.import.preview', samples['customers.import.preview']('owner'))).totals).toMatchObject({ good: 1, bad: 0, subscriptions: 1 });
    for (const role of ['owner', 'manager'] as const) {
      const result = await h.must(role, 'customers.import.commit', samples['customers.import.commit'](role));
      expect(result.imported, role).toEqual({ customers: 1, subscriptions: 1 });
    }
  });
});
