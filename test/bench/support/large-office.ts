import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock } from '../../../src-main/core/clock';
import { createCore, DB_FILE_NAME, defaultMigrationsFolder, type Core } from '../../../src-main/core/create-core';
import { LOCK_FILE_NAME } from '../../../src-main/lifecycle/instance-lock';
import { openSqlite } from '../../../src-main/db/connection';
import { DAY_MS, officeDate, seedAudit, seedBillingRuns, seedCustomers, seedSequences, seedVouchers, type Masters } from './large-office-rows';

/**
 * A long-running office's database for start-up benchmarks (issue 8, P4): masters made through the
 * registry as the desk would make them, then the bulk (vouchers with their sales, customers with a
 * subscription and months of ledger) inserted directly, a billing run completed for every day and a
 * daily backup taken at the end, so a core opened at SEED_NOW owes no catch-up billing and no backup.
 *
 * Sync is off, as in an office that never configured it: the outbox triggers are installed (createCore
 * always installs them) but their WHEN clause stays false, so no outbox rows are written.
 */

export interface OfficeScale {
  vouchers: number;
  customers: number;
  /** Monthly invoice periods per customer (each an invoice, a plan line and mostly a payment). */
  months: number;
  auditEntries: number;
}

/** Issue 8 P4: 1,000,000 vouchers, 100,000 customers and over 1,000,000 ledger entries (plus 600,000 lines). */
export const LARGE_OFFICE: OfficeScale = { vouchers: 1_000_000, customers: 100_000, months: 6, auditEntries: 50_000 };

/** 2026-11-20 10:00 office time (+07:00): the seed's "now"; a core opened at this instant owes nothing. */
export const SEED_NOW = Date.UTC(2026, 10, 20, 3, 0, 0);
/** The office was set up early in May, before the first billed period (June). */
const OFFICE_START = SEED_NOW - 200 * DAY_MS;
/** Bump when the seeded rows change shape: cached files of an older seed are then rebuilt. */
const SEED_VERSION = 2;

export const SEED_OWNER = { username: 'owner', displayName: 'Olivia Owner', password: 'Bench-Pass-2026' } as const;
const OFFICE = {
  office: { name: 'Bench Office', code: 'BO', currency: { code: 'IDR', exponent: 0 }, timeZone: 'Asia/Jakarta', locale: 'id-ID' },
  owner: SEED_OWNER,
};

async function must(core: Core, name: string, input: unknown): Promise<unknown> {
  const result = await core.registry.call({ clientId: 'seed', trusted: true }, name, { input });
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.data;
}

function idOf(value: unknown): string {
  const id = (value as { id?: unknown }).id;
  if (typeof id !== 'string') throw new Error('expected a row with an id');
  return id;
}

/**
 * Office, owner, one router and the plans, through the registry. The router points at a closed
 * loopback port: its session fails fast at start, as an office whose router is switched off.
 */
async function createMasters(core: Core): Promise<Masters> {
  const session = (await must(core, 'setup.createOffice', OFFICE)) as { operatorId: string };
  const router = idOf(await must(core, 'routers.create', { name: 'Main Tower', host: '127.0.0.1', port: 9, username: 'admin', password: 'router-pass' }));
  const voucherPlans = [];
  for (const [name, hours, price] of [['1 hour', 1, 2_000], ['1 day', 24, 5_000], ['1 week', 168, 25_000], ['1 month', 720, 80_000]] as const) {
    const plan = { name, priceMinor: price, validityMs: hours * 3_600_000, timeLimitMs: null, dataLimitBytes: null, rateLimit: '2M/4M', sharedUsers: 1, macLock: false, expiryMode: 'remove' };
    const profile = `hs-${name.replace(' ', '')}`;
    voucherPlans.push({ id: idOf(await must(core, 'vouchers.plans.create', { ...plan, routerId: router, hotspotProfile: profile })), name, profile, priceMinor: price, validityMs: plan.validityMs });
  }
  const servicePlans = [];
  for (const [name, price] of [['Home 10M', 150_000], ['Home 20M', 250_000], ['Business 50M', 600_000]] as const) {
    const plan = { name, priceMinor: price, cycle: { kind: 'monthly', billingDay: 1 }, rateLimit: '10M/10M', addressPool: 'pppoe-pool', taxRateBp: 1100, graceDays: 3 };
    servicePlans.push({ id: idOf(await must(core, 'billing.plans.create', { ...plan, routerId: router, pppProfile: `ppp-${name.replace(' ', '-').toLowerCase()}` })), name, priceMinor: price, taxRateBp: 1100 });
  }
  return { routerId: router, ownerId: session.operatorId, officeCode: 'BO', voucherPlans, servicePlans };
}

export interface SeedReport {
  vouchers: number;
  voucherSales: number;
  customers: number;
  ledgerEntries: number;
  ledgerLines: number;
  auditEntries: number;
  seedMs: number;
  dbBytes: number;
}

/** The bulk rows on the core's closed db file (the core must not be open meanwhile). */
function seedBulk(dbFile: string, masters: Masters, scale: OfficeScale): Omit<SeedReport, 'seedMs' | 'dbBytes'> {
  const sqlite = openSqlite(dbFile);
  // Seeding only: no fsync per commit and a page cache big enough for the indexes being filled (the file
  // is checkpointed at the end; a crash mid-seed just means seeding again).
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -1048576');
  try {
    const vouchers = seedVouchers(sqlite, masters, { count: scale.vouchers, from: OFFICE_START + DAY_MS, to: SEED_NOW - DAY_MS });
    const ledger = seedCustomers(sqlite, masters, { customers: scale.customers, months: scale.months, lastPeriod: `${officeDate(SEED_NOW).slice(0, 8)}01` });
    seedSequences(sqlite, scale.customers, ledger.invoicesByYear);
    seedBillingRuns(sqlite, officeDate(OFFICE_START), officeDate(SEED_NOW));
    seedAudit(sqlite, masters, scale.auditEntries, OFFICE_START, SEED_NOW - 3_600_000);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return { vouchers: scale.vouchers, voucherSales: vouchers.sales, customers: scale.customers, ledgerEntries: ledger.entries, ledgerLines: ledger.lines, auditEntries: scale.auditEntries };
  } finally {
    sqlite.close();
  }
}

/** Builds the office in `dataDir` (empty or missing). */
export async function seedOffice(dataDir: string, scale: OfficeScale): Promise<SeedReport> {
  const start = process.hrtime.bigint();
  const clock = new ManualClock(OFFICE_START);
  const core = createCore({ dataDir, clock });
  const masters = await createMasters(core);
  core.close();
  const counts = seedBulk(path.join(dataDir, DB_FILE_NAME), masters, scale);
  // Last night's daily backup, so a core opened at SEED_NOW owes none (it would copy the whole file).
  clock.set(SEED_NOW - 1_800_000);
  const again = createCore({ dataDir, clock });
  await again.services.backups.create('daily');
  again.close();
  const dbBytes = fs.statSync(path.join(dataDir, DB_FILE_NAME)).size;
  return { ...counts, seedMs: Math.round(Number(process.hrtime.bigint() - start) / 1e6), dbBytes };
}

/** Names the cache by the migration files, the seed version and the scale: a new migration means a new seed. */
function cacheKey(scale: OfficeScale): string {
  const folder = defaultMigrationsFolder();
  const hash = createHash('sha256').update(`v${SEED_VERSION} ${JSON.stringify(scale)}`);
  for (const name of fs.readdirSync(folder).filter((file) => file.endsWith('.sql')).sort()) hash.update(name).update(fs.readFileSync(path.join(folder, name)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The seeded office for `scale`, built once and kept under the OS temp folder (MB_BENCH_CACHE
 * overrides) between bench runs; older seeds are removed. Copy it with `copyOffice` before opening.
 */
export async function cachedOffice(scale: OfficeScale): Promise<{ dir: string; report: SeedReport; reused: boolean }> {
  const root = process.env.MB_BENCH_CACHE ?? path.join(os.tmpdir(), 'mb-bench-cache');
  const dir = path.join(root, `office-${cacheKey(scale)}`);
  const ready = path.join(dir, 'ready');
  if (fs.existsSync(ready)) return { dir, report: JSON.parse(fs.readFileSync(ready, 'utf8')) as SeedReport, reused: true };
  fs.mkdirSync(root, { recursive: true });
  for (const stale of fs.readdirSync(root).filter((name) => name.startsWith('office-'))) fs.rmSync(path.join(root, stale), { recursive: true, force: true });
  const report = await seedOffice(dir, scale);
  fs.rmSync(path.join(dir, 'logs'), { recursive: true, force: true });
  fs.writeFileSync(ready, JSON.stringify(report));
  return { dir, report, reused: false };
}

/**
 * A private copy of a cached office: the db and small files copied, backups hard-linked (read-only
 * here, and as large as the db). The copy's pages are then dropped from the OS page cache (see
 * evictFromPageCache), so the core that opens it reads from disk as after a reboot.
 */
export function copyOffice(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.name === 'ready' || entry.name === LOCK_FILE_NAME) continue;
    if (entry.isDirectory()) {
      fs.mkdirSync(target, { recursive: true });
      for (const name of fs.readdirSync(source)) fs.linkSync(path.join(source, name), path.join(target, name));
    } else fs.copyFileSync(source, target);
  }
  evictFromPageCache(path.join(to, DB_FILE_NAME));
}

/**
 * Writes the file to disk and asks the kernel to drop its cached pages (POSIX_FADV_DONTNEED through
 * GNU dd's `nocache` flags: no root needed, unlike drop_caches). The drive's own cache and the
 * hypervisor's are out of reach, so this is "cold" as far as the OS page cache goes.
 */
export function evictFromPageCache(file: string): void {
  execFileSync('dd', [`of=${file}`, 'oflag=nocache', 'conv=notrunc,fdatasync', 'count=0', 'status=none']);
  execFileSync('dd', [`if=${file}`, 'iflag=nocache', 'count=0', 'status=none']);
}

/** Share of the file's pages in the OS page cache (util-linux fincore), or null where fincore is missing. */
export function cachedShare(file: string): number | null {
  try {
    const out = execFileSync('fincore', ['--bytes', '--noheadings', '--output', 'RES,SIZE', file], { encoding: 'utf8' }).trim().split(/\s+/).map(Number);
    const [resident = 0, size = 0] = out;
    return size > 0 ? resident / size : 0;
  } catch {
    return null;
  }
}
