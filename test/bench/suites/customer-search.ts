import { createCore } from '../../../src-main/core/create-core';
import { makeTempDir } from '../../support/temp-dir';
import { measure, type BenchEntry } from '../lib/measure';
import { LEDGER_MONTHS, seedLedger } from './customer-ledger-seed';

const COUNT = 100_000;
const RUNS = 2_000;

const OFFICE = {
  office: { name: 'Bench Office', code: 'BO', currency: { code: 'IDR', exponent: 0 }, timeZone: 'Asia/Jakarta', locale: 'id-ID' },
  owner: { username: 'owner', displayName: 'Owner', password: 'Bench-Pass-2026' },
};

const FIRST = ['Siti', 'Budi', 'Agus', 'Dewi', 'Rina', 'Joko', 'Wati', 'Andi', 'Nur', 'Putri', 'Eko', 'Yanti', 'Hendra', 'Lestari', 'Bambang', 'Ayu', 'Rudi', 'Fitri', 'Dian', 'Teguh'];
const LAST = ['Santoso', 'Wijaya', 'Aminah', 'Saputra', 'Hidayat', 'Kurniawan', 'Pratama', 'Susanti', 'Nugroho', 'Rahayu', 'Setiawan', 'Gunawan', 'Hutapea', 'Siregar', 'Lubis', 'Harahap'];
const STREETS = ['Melati', 'Mawar', 'Kenanga', 'Merdeka', 'Sudirman', 'Diponegoro', 'Gatot Subroto', 'Ahmad Yani', 'Pahlawan', 'Cempaka'];
const CITIES = ['Bogor', 'Depok', 'Bekasi', 'Tangerang', 'Cianjur', 'Sukabumi', 'Garut', 'Karawang'];
const TAGS = ['vip', 'business', 'tower-north', 'tower-south', 'fiber', 'wireless', 'student', 'late-payer'];

/** A small deterministic PRNG so every run searches the same data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** What the operator types: partial names, a name pair, phone and account-number prefixes, street, tag. */
function queries(random: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < 200; i += 1) {
    const first = pick(random, FIRST);
    const last = pick(random, LAST);
    out.push(
      first.slice(0, 2),
      first.slice(0, 3),
      `${first} ${last.slice(0, 2)}`,
      `08${Math.floor(random() * 90 + 10)}`,
      `0812${Math.floor(random() * 9000 + 1000)}`,
      `BO-0${Math.floor(random() * 9 + 1)}`,
      `BO-${String(Math.floor(random() * COUNT) + 1).padStart(6, '0')}`,
      pick(random, STREETS).slice(0, 4),
      pick(random, TAGS).slice(0, 5),
      'x',
    );
  }
  return out;
}

/**
 * P5: type-ahead search over 100,000 customers (FTS5, prefix queries, ranked, 20 results), timed as
 * the registry call the renderer makes (zod in and out, permission check, query, row mapping).
 */
export async function customerSearch(): Promise<BenchEntry[]> {
  const { dir, cleanup } = makeTempDir('mb-bench-');
  try {
    const core = createCore({ dataDir: dir });
    const call = async (name: string, input: unknown): Promise<unknown> => {
      const result = await core.registry.call({ clientId: 'bench', trusted: true }, name, { input });
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.data;
    };
    await call('setup.createOffice', OFFICE);
    const random = prng(20_260_515);
    const { customers, transaction, clock } = core.services;
    const seedStart = process.hrtime.bigint();
    transaction(() => {
      for (let i = 0; i < COUNT; i += 1) {
        const first = pick(random, FIRST);
        const last = pick(random, LAST);
        customers.create(
          {
            name: `${first} ${last}`,
            phones: [`08${Math.floor(random() * 9e9 + 1e9)}`],
            address: `Jl. ${pick(random, STREETS)} ${Math.floor(random() * 200) + 1}, ${pick(random, CITIES)}`,
            gps: null,
            notes: '',
            tags: random() < 0.3 ? [pick(random, TAGS)] : [],
            status: 'active',
          },
          clock.now(),
        );
      }
    });
    const seedMs = Math.round(Number(process.hrtime.bigint() - seedStart) / 1e6);
    // Each result row carries its balance (the sum of the customer's ledger): search with a ledger present.
    const ledgerStart = process.hrtime.bigint();
    const entries = transaction(() => seedLedger(core.services.sqlite, Date.UTC(2025, 0, 5)));
    const ledgerMs = Math.round(Number(process.hrtime.bigint() - ledgerStart) / 1e6);
    const list = queries(random);
    let index = 0;
    const search = await measure(
      'customers.search over 100,000 customers with balances (registry call, up to 20 results)',
      RUNS,
      () => call('customers.search', { query: list[index++ % list.length], limit: 20 }),
      { warmup: 50, goal: 'p95 <= 10 ms', note: `type-ahead mix: 2-3 letter name prefixes, name pairs, phone and account prefixes, streets, tags, 1 letter; each row with its ledger balance over ${entries} ledger entries (${LEDGER_MONTHS} months of invoices and payments per customer, seeded in ${ledgerMs} ms); seeding ${COUNT} customers through the service took ${seedMs} ms` },
    );
    core.close();
    return [search];
  } finally {
    cleanup();
  }
}
