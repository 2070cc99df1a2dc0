// The crash test's child process (issue 8, R1): a real core on the harness's data folder doing real work
// through the IPC registry until the harness SIGKILLs it. The harness runs it bundled (build-worker.ts:
// loading the core through tsx costs seconds per start) as `node crash-worker.cjs <dataDir> <iteration>
// <seed> <repoRoot>`; `node --import tsx test/crash/worker.ts …` works too (not the tsx CLI, which runs the
// script in a grandchild the kill would miss). Every operation is journalled: intent before, commit
// (with the ids) after an ok result.
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createCore, type Core } from '../../src-main/core/create-core';
import type { Contract, ProcedureName } from '../../src-shared/ipc/contract';
import type { ProcedureInput, ProcedureOutput } from '../../src-shared/ipc/procedure';
import { ipc, must, type Call } from './ipc';
import { JournalWriter, type Committed, type OpName } from './journal';
import { coreOptions, JOURNAL_FILE, OWNER_LOGIN, Prng, readSetup, type CrashSetup } from './world';

/** A worker the harness forgot (or that hangs) must not run forever. */
const SAFETY_EXIT_MS = 120_000;

interface Ctx {
  core: Core;
  call: Call;
  setup: CrashSetup;
  journal: JournalWriter;
  prng: Prng;
  iteration: number;
}

type Op = (ctx: Ctx) => Promise<void>;

/**
 * Runs one IPC call between an intent line and a commit line. A refusal (no stock, nothing owed) is
 * journalled as failed and is not a commit; the harness asserts that no refusal is INTERNAL.
 */
async function step<N extends ProcedureName>(
  ctx: Ctx,
  op: OpName,
  name: N,
  input: ProcedureInput<Contract[N]>,
  committed: (data: ProcedureOutput<Contract[N]>) => Committed,
): Promise<ProcedureOutput<Contract[N]> | null> {
  ctx.journal.append({ phase: 'intent', iteration: ctx.iteration, op });
  const result = await ctx.call(name, input);
  if (!result.ok) {
    ctx.journal.append({ phase: 'failed', iteration: ctx.iteration, op, code: result.error.code, message: result.error.message });
    return null;
  }
  ctx.journal.append({ phase: 'commit', iteration: ctx.iteration, data: committed(result.data) });
  return result.data;
}

/** A small batch, then the operator's "Push to router" for it. */
const generateAndPush: Op = async (ctx) => {
  const planId = ctx.prng.pick(ctx.setup.voucherPlanIds);
  const count = ctx.prng.int(200, 800);
  const input = { planId, count, length: 8, charset: 'upper-digits', userMode: 'same', note: `crash ${ctx.iteration}` } as const;
  const batch = await step(ctx, 'generate', 'vouchers.generate', input, (data) => ({ op: 'generate', batchId: data.batchId, count: data.count }));
  if (!batch) return;
  await step(ctx, 'push', 'vouchers.batches.push', { id: batch.batchId }, (data) => ({ op: 'push', batchId: batch.batchId, deferred: data.deferred }));
};

/** A new customer and a PPPoE subscription (first invoice now, PPP secret queued for the router). */
const subscribe: Op = async (ctx) => {
  const customer = await step(ctx, 'customer', 'customers.create', { name: `Crash ${ctx.iteration}-${ctx.prng.int(0, 1e6)}` }, (data) => ({
    op: 'customer',
    customerId: data.id,
  }));
  if (!customer) return;
  const input = { customerId: customer.id, planId: ctx.setup.servicePlanId, pppPassword: `pw-${ctx.prng.int(100_000, 999_999)}` };
  await step(ctx, 'subscribe', 'billing.subscriptions.create', input, (data) => ({
    op: 'subscribe',
    subscriptionId: data.subscription.id,
    invoiceId: data.invoice?.id ?? null,
  }));
};

function subscriptionIds(ctx: Ctx, status: 'active' | 'suspended'): string[] {
  const sql = 'SELECT id FROM subscriptions WHERE status = ? ORDER BY id';
  return ctx.core.services.sqlite.prepare(sql).pluck().all(status) as string[];
}

const suspend: Op = async (ctx) => {
  const ids = subscriptionIds(ctx, 'active');
  if (ids.length === 0) return;
  const id = ctx.prng.pick(ids);
  await step(ctx, 'suspend', 'billing.subscriptions.suspend', { id, reason: 'crash test' }, () => ({ op: 'suspend', subscriptionId: id }));
};

const reactivate: Op = async (ctx) => {
  const ids = subscriptionIds(ctx, 'suspended');
  if (ids.length === 0) return;
  const id = ctx.prng.pick(ids);
  await step(ctx, 'reactivate', 'billing.subscriptions.reactivate', { id, reason: '' }, () => ({ op: 'reactivate', subscriptionId: id }));
};

const billingRun: Op = async (ctx) => {
  await step(ctx, 'billing', 'billing.runs.runNow', {}, (data) => ({ op: 'billing', runId: data.id }));
};

/** 1-3 cards of a plan at the till, paid in cash. */
const sale: Op = async (ctx) => {
  const quantity = ctx.prng.int(1, 3);
  const input = { items: [{ planId: ctx.prng.pick(ctx.setup.voucherPlanIds), quantity }], payments: [{ method: 'cash' as const, amountMinor: 100_000 }] };
  await step(ctx, 'sale', 'till.sellVouchers', input, (data) => ({
    op: 'sale',
    receiptId: data.receiptId,
    voucherIds: data.vouchers.map((v) => v.voucherId),
    saleIds: data.vouchers.map((v) => v.saleId),
  }));
};

/** A customer who owes pays it all at the till (lifts an automatic suspension: a router job). */
const payment: Op = async (ctx) => {
  const sql = 'SELECT customer_id AS id, sum(amount_minor) AS owed FROM ledger_entries GROUP BY customer_id HAVING owed > 0 ORDER BY customer_id';
  const owing = ctx.core.services.sqlite.prepare(sql).all() as Array<{ id: string; owed: number }>;
  if (owing.length === 0) return;
  const { id, owed } = ctx.prng.pick(owing);
  await step(ctx, 'payment', 'till.collectPayment', { customerId: id, payments: [{ method: 'cash', amountMinor: owed }] }, (data) => ({
    op: 'payment',
    receiptId: data.receiptId,
    ledgerEntryIds: data.ledgerEntryIds,
  }));
};

/**
 * The operator's "Sync now" (the app also runs a round at start and every minute): pushes what the
 * workloads wrote, pulls the peer office's changes. A kill mid-push leaves central ahead of the outbox.
 */
const syncNow: Op = async (ctx) => {
  await step(ctx, 'sync', 'sync.runNow', {}, (data) => ({ op: 'sync', backlog: data.backlog, error: data.lastError ? `${data.lastError.code} ${data.lastError.message}` : null }));
};

/** Weighted: vouchers and the till most, billing runs and sync rounds now and then. */
const OPS: readonly Op[] = [generateAndPush, generateAndPush, subscribe, subscribe, suspend, reactivate, billingRun, sale, sale, sale, payment, payment, syncNow, syncNow, syncNow];

async function openShift(ctx: Ctx): Promise<void> {
  const current = await must(ctx.call, 'till.shifts.current', {});
  if (current) return;
  await step(ctx, 'shift', 'till.shifts.open', {}, (data) => ({ op: 'shift', shiftId: data.id }));
}

async function main(): Promise<void> {
  const [dataDir, iterationText, seedText, repoRoot] = process.argv.slice(2);
  if (!dataDir || !iterationText || !seedText || !repoRoot) throw new Error('usage: worker <dataDir> <iteration> <seed> <repoRoot>');
  const iteration = Number(iterationText);
  setTimeout(() => process.exit(3), SAFETY_EXIT_MS).unref();
  const core = createCore(coreOptions(repoRoot, dataDir, iteration));
  // The real app: router sessions, the job worker, scheduled billing catch-up, backups.
  core.startBackground();
  const ctx: Ctx = { core, call: ipc(core), setup: readSetup(dataDir), journal: new JournalWriter(path.join(dataDir, JOURNAL_FILE)), prng: new Prng(Number(seedText)), iteration };
  ctx.journal.append({ phase: 'intent', iteration, op: 'login' });
  await must(ctx.call, 'auth.login', OWNER_LOGIN);
  await openShift(ctx);
  ctx.journal.append({ phase: 'ready', iteration });
  process.stdout.write('CRASH_READY\n');
  for (;;) {
    await ctx.prng.pick(OPS)(ctx);
    // An op with nothing to do settles in microtasks only: let sockets and timers (the job worker) run.
    await nextTurn();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`crash worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
