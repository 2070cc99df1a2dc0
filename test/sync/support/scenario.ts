import { expect } from 'vitest';
import type { PushFault, Office } from './offices';

/**
 * The randomized three-office run shared by the CI test (fixed seed, few steps) and `npm run test:soak`
 * (more steps, random seed). Offices work offline, come back, sync with duplicated batches and crashes
 * between central's commit and the office's acknowledgement. A model keeps every payment taken, so the
 * end check can prove none was lost or doubled.
 */

/** mulberry32: small, fast, deterministic for a seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Model {
  /** entry id -> amount of every payment an office recorded (as the ledger stores it, negative). */
  payments: Map<string, number>;
  syncs: number;
  crashes: number;
  duplicates: number;
}

interface Step {
  rand: () => number;
  office: Office;
  online: Set<string>;
  model: Model;
}

/**
 * Moves the office's clock on (under the idle lock, so the signed-in owner stays signed in) just before
 * a call: every call is at most 90 s after the previous one of that office.
 */
function desk(step: Step): Office['h'] {
  step.office.h.clock.advance(1_000 + Math.floor(step.rand() * 90_000));
  return step.office.h;
}

const pick = <T>(rand: () => number, list: readonly T[]): T | undefined => list[Math.floor(rand() * list.length)];

function localCustomers(office: Office): string[] {
  return (office.sqlite.prepare('SELECT id FROM customers ORDER BY id').all() as Array<{ id: string }>).map((row) => row.id);
}

async function createCustomer(step: Step): Promise<void> {
  const { rand, office } = step;
  await desk(step).must('owner', 'customers.create', { name: `Customer ${office.code} ${Math.floor(rand() * 1e6)}` });
}

async function editCustomer(step: Step): Promise<void> {
  const { rand, office } = step;
  const id = pick(rand, localCustomers(office));
  if (!id) return;
  // One field at a time, so two offices editing one customer offline exercise per-field merging.
  const value = `${office.code} ${Math.floor(rand() * 1e6)}`;
  const edits = [{ notes: `note ${value}` }, { address: `street ${value}` }, { name: `Customer ${value}` }, { tags: [`t${value.replace(' ', '')}`] }];
  await desk(step).must('owner', 'customers.update', { id, ...(pick(rand, edits) ?? {}) });
}

async function takePayment(step: Step): Promise<void> {
  const { rand, office, model } = step;
  const customerId = pick(rand, localCustomers(office));
  if (!customerId) return;
  const amountMinor = 1 + Math.floor(rand() * 500_000);
  const result = await desk(step).must('owner', 'billing.payments.record', { customerId, amountMinor, method: 'cash' });
  model.payments.set(result.entry.id, -amountMinor);
}

async function invoice(step: Step): Promise<void> {
  const { rand, office } = step;
  const customerId = pick(rand, localCustomers(office));
  if (!customerId) return;
  const lines = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, i) => ({ description: `Item ${i}`, netMinor: Math.floor(rand() * 200_000) }));
  await desk(step).must('owner', 'billing.invoices.create', { customerId, lines });
}

async function adjust(step: Step): Promise<void> {
  const { rand, office } = step;
  const customerId = pick(rand, localCustomers(office));
  if (customerId) await desk(step).must('owner', 'billing.adjustments.create', { customerId, amountMinor: rand() < 0.5 ? -100 : 250, memo: 'rounding' });
}

/** Voids one of this office's own unvoided payments (two offices voiding one entry is a conflict for a person). */
async function voidPayment(step: Step): Promise<void> {
  const { rand, office, model } = step;
  const mine = office.sqlite
    .prepare(
      `SELECT e.id FROM ledger_entries e JOIN operators o ON o.id = e.created_by
       WHERE e.kind = 'payment' AND NOT EXISTS (SELECT 1 FROM ledger_entries v WHERE v.voids_entry_id = e.id) ORDER BY e.id`,
    )
    .all() as Array<{ id: string }>;
  const entry = pick(rand, mine);
  if (!entry) return;
  await desk(step).must('owner', 'billing.entries.void', { entryId: entry.id, reason: 'typed twice' });
  model.payments.delete(entry.id);
}

async function sync({ rand, office, online, model }: Step): Promise<void> {
  if (!online.has(office.code)) return;
  const roll = rand();
  const fault: PushFault = roll < 0.2 ? 'crash-after-ack' : roll < 0.45 ? 'duplicate' : 'none';
  office.central.next = fault;
  const replaysBefore = office.central.replays;
  model.syncs += 1;
  try {
    await office.sync.syncOnce();
  } catch (error) {
    expect(fault).toBe('crash-after-ack');
    expect(String(error)).toMatch(/simulated crash/);
    model.crashes += 1;
    return;
  }
  office.central.next = 'none';
  model.duplicates += office.central.replays - replaysBefore;
}

function toggle({ office, online }: Step): Promise<void> {
  if (online.has(office.code)) online.delete(office.code);
  else online.add(office.code);
  return Promise.resolve();
}

const ACTIONS: Array<[weight: number, action: (step: Step) => Promise<void>]> = [
  [3, createCustomer],
  [2, editCustomer],
  [5, takePayment],
  [3, invoice],
  [1, adjust],
  [1, voidPayment],
  [4, sync],
  [1, toggle],
];
const TOTAL_WEIGHT = ACTIONS.reduce((sum, [weight]) => sum + weight, 0);

function chooseAction(rand: () => number): (step: Step) => Promise<void> {
  let roll = rand() * TOTAL_WEIGHT;
  for (const [weight, action] of ACTIONS) {
    roll -= weight;
    if (roll < 0) return action;
  }
  return sync;
}

export async function runScenario(offices: readonly Office[], seed: number, steps: number): Promise<Model> {
  const rand = random(seed);
  const online = new Set(offices.map((office) => office.code));
  const model: Model = { payments: new Map(), syncs: 0, crashes: 0, duplicates: 0 };
  for (let i = 0; i < steps; i += 1) {
    const office = pick(rand, offices);
    if (!office) continue;
    await chooseAction(rand)({ rand, office, online, model });
  }
  return model;
}
