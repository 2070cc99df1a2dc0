import { createCore, type Core } from '../../../src-main/core/create-core';
import { ManualClock } from '../../../src-main/core/clock';
import { newId } from '../../../src-shared/domain/ids';
import type { BillingRun } from '../../../src-shared/ipc/schemas/billing';
import { makeTempDir } from '../../support/temp-dir';
import { summarise, type BenchEntry } from '../lib/measure';

/** 50,000 is P6; a smaller count (BENCH_BILLING_COUNT) is for profiling. */
const COUNT = Number(process.env.BENCH_BILLING_COUNT ?? 50_000);
/** One in twenty left February unpaid: the run suspends them (due 8 Feb + 3 grace days < 1 March). */
const UNPAID_EVERY = 20;
const OFFICE = {
  office: { name: 'Bench Office', code: 'BO', currency: { code: 'IDR', exponent: 0 }, timeZone: 'Asia/Jakarta', locale: 'id-ID' },
  owner: { username: 'owner', displayName: 'Owner', password: 'Bench-Pass-2026' },
};
const FEB_ISSUED = Date.parse('2026-02-01T00:15:00+07:00');

async function callOf(core: Core): Promise<(name: string, input: unknown) => Promise<unknown>> {
  const call = async (name: string, input: unknown): Promise<unknown> => {
    const result = await core.registry.call({ clientId: 'bench', trusted: true }, name, { input });
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.data;
  };
  await call('setup.createOffice', OFFICE);
  return call;
}

/**
 * Seeds with bulk SQL in one transaction (seeding is not what is measured): per customer a subscription started 1 February, its February invoice with the plan
 * line and, for most, the payment of it.
 */
function seed(core: Core, planId: string, routerId: string): void {
  const { sqlite, transaction } = core.services;
  const insertCustomer = sqlite.prepare(
    `INSERT INTO customers (id, search_key, account_number, name, status, created_at, updated_at) VALUES (?, ?, ?, ?, 'active', ?, ?)`,
  );
  const insertSub = sqlite.prepare(
    `INSERT INTO subscriptions (id, customer_id, plan_id, router_id, ppp_username, ppp_password, start_date, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'bench-pass', '2026-02-01', 'active', ?, ?)`,
  );
  const insertEntry = sqlite.prepare(
    `INSERT INTO ledger_entries (id, customer_id, kind, number, amount_minor, occurred_at, due_date, method, memo, subscription_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
  );
  const insertLine = sqlite.prepare(
    `INSERT INTO ledger_lines (id, entry_id, position, kind, description, subscription_id, plan_id, period_start, period_end, net_minor, tax_rate_bp, tax_minor, total_minor)
     VALUES (?, ?, 0, 'plan', 'Home 10M, 2026-02-01 – 2026-02-28', ?, ?, '2026-02-01', '2026-03-01', 150000, 0, 0, 150000)`,
  );
  transaction(() => {
    for (let i = 1; i <= COUNT; i += 1) {
      const customer = { id: newId() };
      insertCustomer.run(customer.id, i, `BO-${String(i).padStart(6, '0')}`, `Bench Customer ${i}`, FEB_ISSUED, FEB_ISSUED);
      const subId = newId();
      insertSub.run(subId, customer.id, planId, routerId, `bench-${i}`, FEB_ISSUED, FEB_ISSUED);
      const invoiceId = newId();
      insertEntry.run(invoiceId, customer.id, 'invoice', `BO-2026-${String(i).padStart(6, '0')}`, 150_000, FEB_ISSUED, '2026-02-08', null, subId, FEB_ISSUED);
      insertLine.run(newId(), invoiceId, subId, planId);
      if (i % UNPAID_EVERY !== 0) insertEntry.run(newId(), customer.id, 'payment', null, -150_000, FEB_ISSUED + 3_600_000, null, 'cash', null, FEB_ISSUED);
    }
    sqlite.prepare(`INSERT INTO number_sequences (key, value) VALUES ('invoice:2026', ?)`).run(COUNT);
    sqlite.prepare(`INSERT INTO number_sequences (key, value) VALUES ('customer-account', ?)`).run(COUNT);
  });
}

/** Fresh databases measured: the first run of each (the P6 figure) is one sample. */
const REPEATS = 3;
const RERUNS = 3;

interface OneDatabase {
  firstMs: number;
  rerunMs: number[];
  seedMs: number;
  first: BillingRun;
  reruns: BillingRun[];
}

/**
 * P6: the billing run of 1 March for 50,000 subscriptions, through the registry ("run now": zod,
 * permission, the real run service, audit), then reruns of the same day, which must issue nothing.
 * Repeated on fresh databases: a first run can only be measured once per database.
 */
export async function billingRun(): Promise<BenchEntry[]> {
  const done: OneDatabase[] = [];
  for (let i = 0; i < REPEATS; i += 1) done.push(await oneDatabase());
  for (const { first, reruns } of done) {
    if (first.invoicesIssued !== COUNT || first.suspended !== COUNT / UNPAID_EVERY || first.errors !== 0) throw new Error(`unexpected first run ${JSON.stringify(first)}`);
    if (reruns.some((run) => run.invoicesIssued + run.suspended + run.reactivated + run.errors !== 0)) throw new Error(`a rerun changed something: ${JSON.stringify(reruns)}`);
  }
  const [sample] = done;
  const firstEntry = summarise(`billing run for ${COUNT.toLocaleString('en')} subscriptions (registry call billing.runs.runNow)`, done.map((one) => one.firstMs), {
    goal: '<= 3000 ms',
    note: `${REPEATS} fresh databases; each: ${sample?.first.invoicesIssued} invoices issued, ${sample?.first.suspended} suspended (desired secret + 2 router jobs each); seeding took ${done.map((one) => one.seedMs).join(', ')} ms`,
  });
  const rerunEntry = summarise('rerun of the same day (must issue 0 invoices)', done.flatMap((one) => one.rerunMs), {
    note: `invoices issued by the reruns: ${done.flatMap((one) => one.reruns.map((run) => run.invoicesIssued)).join(', ')}`,
  });
  return [firstEntry, rerunEntry];
}

async function oneDatabase(): Promise<OneDatabase> {
  const { dir, cleanup } = makeTempDir('mb-bench-');
  try {
    const clock = new ManualClock(Date.parse('2026-01-20T09:00:00+07:00'));
    const core = createCore({ dataDir: dir, clock, idleLockMsOverride: 365 * 86_400_000 });
    const call = await callOf(core);
    const router = (await call('routers.create', { name: 'Bench Tower', host: '127.0.0.1', port: 8728, username: 'admin', password: 'admin' })) as { id: string };
    const plan = (await call('billing.plans.create', {
      routerId: router.id,
      name: 'Home 10M',
      priceMinor: 150_000,
      cycle: { kind: 'monthly', billingDay: 1 },
      pppProfile: 'home-10',
      graceDays: 3,
    })) as { id: string };
    const seedStart = process.hrtime.bigint();
    seed(core, plan.id, router.id);
    const seedMs = Math.round(Number(process.hrtime.bigint() - seedStart) / 1e6);
    clock.set(Date.parse('2026-03-01T08:00:00+07:00'));
    const timed = async (): Promise<{ ms: number; run: BillingRun }> => {
      const start = process.hrtime.bigint();
      const run = (await call('billing.runs.runNow', {})) as BillingRun;
      return { ms: Number(process.hrtime.bigint() - start) / 1e6, run };
    };
    const first = await timed();
    const reruns: Array<{ ms: number; run: BillingRun }> = [];
    for (let i = 0; i < RERUNS; i += 1) reruns.push(await timed());
    core.close();
    return { firstMs: first.ms, rerunMs: reruns.map((one) => one.ms), seedMs, first: first.run, reruns: reruns.map((one) => one.run) };
  } finally {
    cleanup();
  }
}
