import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src-shared/domain/ids';
import { PgCentral } from '../../src-main/sync/central-client';
import type { OutgoingMutation } from '../../src-main/sync/protocol';
import { RunSnapshot } from '../../src-main/billing/run/snapshot';
import { SAMPLE_PLAN, SAMPLE_SERVICE_PLAN } from '../support/sample-inputs';
import { count, settle, snapshot, startOffice, type Office } from './support/offices';
import { startTestPostgres, type TestDatabase, type TestPostgres } from './support/postgres';

/**
 * Master data beyond customers, per-field last-writer-wins and the multi-office rules of issue 7:
 * only the home office bills a customer, only the owner commands a router, a voucher sold twice is kept
 * for a person with both sales on the books, and central refuses a period billed twice.
 */
let postgres: TestPostgres;
const opened: Office[] = [];

beforeAll(async () => {
  postgres = await startTestPostgres();
});
afterAll(async () => {
  for (const office of opened) await office.central.close();
  await postgres?.stop();
});

async function twoOffices(db?: TestDatabase): Promise<[Office, Office]> {
  const central = db ?? (await postgres.freshDatabase());
  const a = await startOffice(central, 'AA', { batchSize: 50, pullLimit: 40 });
  const b = await startOffice(central, 'BB', { batchSize: 50, pullLimit: 40 });
  opened.push(a, b);
  return [a, b];
}

/** A router of office A with a PPPoE plan, a customer of A on it, and a voucher plan with cards. */
async function officeWithService(a: Office) {
  const router = await a.h.must('owner', 'routers.create', { name: 'Tower 1', host: '127.0.0.1', port: 1, username: 'admin', password: 'secret-api' });
  const plan = await a.h.must('owner', 'billing.plans.create', { ...SAMPLE_SERVICE_PLAN, routerId: router.id, pppProfile: 'home-10' });
  const customer = await a.h.must('owner', 'customers.create', { name: 'Sari', address: 'Jl. Mawar 1' });
  const { subscription } = await a.h.must('owner', 'billing.subscriptions.create', { customerId: customer.id, planId: plan.id });
  const voucherPlan = await a.h.must('owner', 'vouchers.plans.create', { ...SAMPLE_PLAN, routerId: router.id, hotspotProfile: 'daily-1h' });
  const batch = await a.h.must('owner', 'vouchers.generate', { planId: voucherPlan.id, count: 6, length: 8, charset: 'upper-digits', userMode: 'same', note: 'sync' });
  return { router, plan, customer, subscription, voucherPlan, batch };
}

const jobsOf = (office: Office, routerId: string) =>
  office.sqlite.prepare('SELECT kind, status FROM router_jobs WHERE router_id = ? ORDER BY seq').all(routerId) as Array<{ kind: string; status: string }>;

function desiredSecret(office: Office, routerId: string, name: string): Record<string, string> | null {
  const row = office.sqlite
    .prepare("SELECT attributes FROM router_desired_items WHERE router_id = ? AND menu = '/ppp/secret' AND name = ?")
    .get(routerId, name) as { attributes: string } | undefined;
  return row ? (JSON.parse(row.attributes) as Record<string, string>) : null;
}

describe('master data', () => {
  it('merges per field: two offices editing different fields of one customer offline keep both edits', async () => {
    const [a, b] = await twoOffices();
    const customer = await a.h.must('owner', 'customers.create', { name: 'Sari', address: 'Jl. Mawar 1' });
    await settle([a, b]);

    a.h.clock.advance(1_000);
    await a.h.must('owner', 'customers.update', { id: customer.id, notes: 'dog at the gate' });
    b.h.clock.advance(5_000);
    await b.h.must('owner', 'customers.update', { id: customer.id, address: 'Jl. Melati 7' });
    b.h.clock.advance(1_000);
    await b.h.must('owner', 'customers.update', { id: customer.id, name: 'Sari B' });
    a.h.clock.advance(20_000);
    await a.h.must('owner', 'customers.update', { id: customer.id, name: 'Sari Wulandari' });
    await settle([a, b]);

    for (const office of [a, b]) {
      const row = office.sqlite.prepare('SELECT name, address, notes FROM customers WHERE id = ?').get(customer.id);
      // notes from A, address from B (a per-row rule would have lost it), name: A's later edit.
      expect(row, office.code).toEqual({ name: 'Sari Wulandari', address: 'Jl. Melati 7', notes: 'dog at the gate' });
    }
    expect(snapshot(b.sqlite)).toEqual(snapshot(a.sqlite));
  });

  it('brings routers, plans, subscriptions, voucher batches, vouchers and till facts to the other office', async () => {
    const [a, b] = await twoOffices();
    const made = await officeWithService(a);
    await a.h.must('owner', 'till.shifts.open', { floats: { cash: 10_000 } });
    const sale = await a.h.must('owner', 'till.sellVouchers', { items: [{ planId: made.voucherPlan.id, quantity: 1 }], payments: [{ method: 'cash', amountMinor: SAMPLE_PLAN.priceMinor }] });
    const shift = await a.h.must('owner', 'till.shifts.current', {});
    if (!shift) throw new Error('no open shift');
    await a.h.must('owner', 'till.shifts.close', { shiftId: shift.id, counted: { cash: 10_000 + SAMPLE_PLAN.priceMinor }, reason: '' });
    await settle([a, b]);

    const here = snapshot(a.sqlite);
    expect(snapshot(b.sqlite)).toEqual(here);
    for (const table of ['routers', 'service_plans', 'voucher_plans', 'customers', 'subscriptions', 'voucher_batches', 'ledger_entries', 'voucher_sales', 'till_shifts', 'till_receipts', 'till_entries']) {
      expect(here[table]?.length, table).toBeGreaterThan(0);
    }
    expect(here.vouchers).toHaveLength(6);
    const sold = b.sqlite.prepare('SELECT status FROM vouchers WHERE code = ?').get(sale.vouchers[0]?.code);
    expect(sold).toEqual({ status: 'sold' });
    // The router's API password is sealed with A's machine key: it never leaves A.
    expect(b.sqlite.prepare('SELECT password_sealed FROM routers WHERE id = ?').get(made.router.id)).toEqual({ password_sealed: '' });
    expect(a.sync.backlog()).toBe(0);
    expect(count(b.sqlite, 'SELECT count(*) AS n FROM sync_conflicts')).toBe(0);
  });
});

describe('rules', () => {
  it('lets only the owner command a router: a suspension made in another office reaches the router through its owner', async () => {
    const [a, b] = await twoOffices();
    const made = await officeWithService(a);
    await settle([a, b]);

    const refused = await b.h.call('owner', 'routers.update', { id: made.router.id, host: '127.0.0.2' });
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    await b.h.must('owner', 'billing.subscriptions.suspend', { id: made.subscription.id, reason: 'asked by phone' });
    // B changed the data; the router jobs it would have run are recorded as not its to run.
    const atB = jobsOf(b, made.router.id);
    expect(atB.length).toBeGreaterThan(0);
    expect(atB.every((job) => job.status === 'cancelled')).toBe(true);

    const pendingBefore = jobsOf(a, made.router.id).filter((job) => job.status === 'pending').length;
    await settle([a, b]);
    const sub = a.sqlite.prepare('SELECT status, ppp_username AS user FROM subscriptions WHERE id = ?').get(made.subscription.id) as { status: string; user: string };
    expect(sub.status).toBe('suspended');
    expect(desiredSecret(a, made.router.id, sub.user)).toMatchObject({ disabled: 'yes', profile: 'home-10' });
    const pending = jobsOf(a, made.router.id).filter((job) => job.status === 'pending');
    expect(pending.length).toBeGreaterThan(pendingBefore);
    expect(pending.map((job) => job.kind)).toContain('session.kick');
  });

  it("reactivates on the owner's router at once when the customer pays in another office", async () => {
    const [a, b] = await twoOffices();
    const made = await officeWithService(a);
    a.h.core.services.transaction(() => a.h.core.services.billing.subscriptions.suspend(made.subscription.id, a.h.clock.now(), { kind: 'automatic', reason: 'arrears' }));
    await settle([a, b]);

    const balance = (b.sqlite.prepare('SELECT sum(amount_minor) AS owed FROM ledger_entries WHERE customer_id = ?').get(made.customer.id) as { owed: number }).owed;
    await b.h.must('owner', 'billing.payments.record', { customerId: made.customer.id, amountMinor: balance, method: 'cash' });
    await settle([a, b]);

    const sub = a.sqlite.prepare('SELECT status, ppp_username AS user FROM subscriptions WHERE id = ?').get(made.subscription.id) as { status: string; user: string };
    expect(sub.status).toBe('active');
    expect(desiredSecret(a, made.router.id, sub.user)).toMatchObject({ disabled: 'no' });
    expect(jobsOf(b, made.router.id).every((job) => job.status === 'cancelled')).toBe(true);
  });

  it("bills a customer only in the customer's home office", async () => {
    const [a, b] = await twoOffices();
    const made = await officeWithService(a);
    await settle([a, b]);
    expect(new RunSnapshot(a.sqlite).candidateIds()).toContain(made.subscription.id);
    expect(new RunSnapshot(b.sqlite).candidateIds()).not.toContain(made.subscription.id);
    expect(b.sqlite.prepare('SELECT home_office FROM customers WHERE id = ?').get(made.customer.id)).toEqual({ home_office: 'AA' });
  });

  it('keeps a voucher sold in two offices while offline as a conflict, with both sales on the books everywhere', async () => {
    const [a, b] = await twoOffices();
    const made = await officeWithService(a);
    await settle([a, b]);
    const code = (a.sqlite.prepare('SELECT code FROM vouchers WHERE batch_id = ? ORDER BY serial LIMIT 1').get(made.batch.batchId) as { code: string }).code;
    for (const office of [a, b]) {
      await office.h.must('owner', 'till.shifts.open', { floats: { cash: 0 } });
      await office.h.must('owner', 'till.sellVouchers', { items: [{ code }], payments: [{ method: 'cash', amountMinor: SAMPLE_PLAN.priceMinor }] });
    }
    await settle([a, b]);

    for (const office of [a, b]) {
      const sales = office.sqlite.prepare('SELECT count(*) AS n, sum(price_minor) AS money FROM voucher_sales s JOIN vouchers v ON v.id = s.voucher_id WHERE v.code = ?').get(code);
      expect(sales, office.code).toEqual({ n: 2, money: 2 * SAMPLE_PLAN.priceMinor });
      const conflicts = office.sqlite.prepare("SELECT table_name AS tableName, kind FROM sync_conflicts WHERE resolved_at IS NULL").all();
      expect(conflicts, office.code).toEqual([{ tableName: 'voucher_sales', kind: 'double_sale' }]);
    }
    expect(snapshot(b.sqlite).voucher_sales).toEqual(snapshot(a.sqlite).voucher_sales);
  });

  it('has central refuse a second invoice line for a period already billed, keeping the first', async () => {
    const db = await postgres.freshDatabase();
    const central = new PgCentral({ connection: await db.addOffice('AA') });
    try {
      const line = (id: string, entryId: string): OutgoingMutation => ({
        id: newId(),
        table: 'ledger_lines',
        rowId: id,
        hlc: null,
        fields: null,
        payload: {
          id, entry_id: entryId, position: 0, kind: 'plan', description: 'Home 10M', subscription_id: 'sub-1', plan_id: 'plan-1',
          period_start: '2026-11-01', period_end: '2026-12-01', net_minor: 150_000, tax_rate_bp: 0, tax_minor: 0, total_minor: 150_000,
        },
      });
      const first = line(newId(), newId());
      const second = line(newId(), newId());
      expect((await central.push('AA', [first])).rejected).toEqual([]);
      const result = await central.push('AA', [second]);
      expect(result.rejected).toEqual([{ id: second.id, kind: 'refused', reason: 'this subscription period is already billed by another invoice', existing: first.payload }]);
      // A replay answers the same and still writes nothing.
      expect((await central.push('AA', [second])).rejected.map((r) => r.kind)).toEqual(['refused']);
      const lines = await db.adminQuery<{ n: string }>("SELECT count(*) AS n FROM mb.facts WHERE table_name = 'ledger_lines'");
      expect(Number(lines[0]?.n)).toBe(1);
    } finally {
      await central.close();
    }
  });
});
