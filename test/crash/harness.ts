// The crash test harness (issue 8, R1): a worker child doing real work (voucher batches, router pushes,
// billing runs, the till, sync with a central Postgres) is SIGKILLed at seeded random points, again and
// again on the same data folder; after every kill the data must be sound, nothing committed lost, nothing
// partial or doubled, the router must reach the desired state and the books must agree with a peer office.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { createCore, DB_FILE_NAME, type Core } from '../../src-main/core/create-core';
import { AppError } from '../../src-shared/ipc/result';
import { startRouterSim, type RouterSim } from '../router-sim';
import { makeTempDir } from '../support/temp-dir';
import type pg from 'pg';
import { buildWorker, REPO_ROOT } from './build-worker';
import { startCrashCentral, type CrashCentral } from './central';
import { checkDatabase } from './db-checks';
import { ipc, must } from './ipc';
import { committedFacts, readJournal, type JournalLine } from './journal';
import { PeerOffice } from './peer-office';
import { routerDifferences, waitJobsDrained } from './router-checks';
import { booksAgree, settleSync } from './sync-checks';
import { coreOptions, JOURNAL_FILE, OWNER_LOGIN, Prng, readSetup, writeSetup, type CrashSetup } from './world';

export interface CrashOptions {
  kills: number;
  seed: number;
  /** Progress lines (one per kill); silent by default. */
  log?: (line: string) => void;
  /** Keep the data folder for inspection (its path is in the report). */
  keep?: boolean;
}

export interface KillRecord {
  iteration: number;
  /** ms after the worker said it was ready; negative: killed while still starting up. */
  killAfterMs: number;
  committed: number;
  /** The operation in flight when the kill landed (its intent line is the iteration's last), if any. */
  during: string | null;
  problems: string[];
}

export interface CrashReport {
  seed: number;
  dataDir: string;
  kills: KillRecord[];
  /** Refusals the worker got that are not business refusals (INTERNAL): bugs. */
  internalErrors: string[];
}

const READY_TIMEOUT_MS = 60_000;
/** Most kills land mid-workload; some during start-up (migrations, catch-up billing, backups). */
const STARTUP_KILL_SHARE = 0.15;

// Plain constants (not test/support/sample-inputs, which needs vitest): the harness also runs under tsx.
const VOUCHER_PLAN = { name: 'Daily 1h', priceMinor: 5000, validityMs: 86_400_000, timeLimitMs: 3_600_000, dataLimitBytes: null, rateLimit: '1M/2M', sharedUsers: 1, macLock: false, expiryMode: 'remove' } as const;
/** A 3-day cycle and one grace day: runs issue invoices and suspend as the office days pass. */
const SERVICE_PLAN = { name: 'Home 10M', priceMinor: 150_000, cycle: { kind: 'days', days: 3 }, rateLimit: '5M/10M', addressPool: 'pppoe-pool', setupFeeMinor: 50_000, taxRateBp: 1100, graceDays: 1 } as const;

/** The Sync page's form for the office's central role (plain TCP: central is on this machine). */
function syncSettingsFor(connection: pg.ClientConfig): { host: string; port: number; database: string; user: string; password: string } {
  const { host, port, database, user, password } = connection;
  if (!host || !port || !database || !user || typeof password !== 'string') throw new Error('the central role has incomplete connection settings');
  return { host, port, database, user, password };
}

/**
 * First run of the office: setup, the simulated router, two voucher plans (one makes cards on the spot), a
 * service plan, and sync with the central database turned on as on the Sync page.
 */
async function setUpOffice(dataDir: string, sim: RouterSim, central: CrashCentral): Promise<CrashSetup> {
  const core = createCore(coreOptions(REPO_ROOT, dataDir, 0));
  try {
    const call = ipc(core);
    await must(call, 'setup.createOffice', {
      office: { name: 'Warnet Jaya', code: 'WJ', currency: { code: 'IDR', exponent: 0 }, timeZone: 'Asia/Jakarta', locale: 'id-ID' },
      owner: { ...OWNER_LOGIN, displayName: 'Olivia Owner' },
    });
    const router = await must(call, 'routers.create', { name: 'Tower', host: '127.0.0.1', port: sim.port, username: 'admin', password: 'admin' });
    const daily = await must(call, 'vouchers.plans.create', { ...VOUCHER_PLAN, routerId: router.id, hotspotProfile: 'crash-daily' });
    const spot = await must(call, 'vouchers.plans.create', { ...VOUCHER_PLAN, name: 'On the spot', routerId: router.id, hotspotProfile: 'crash-spot', tillOnTheSpot: true });
    const service = await must(call, 'billing.plans.create', { ...SERVICE_PLAN, routerId: router.id, pppProfile: 'crash-home' });
    await must(call, 'sync.settings.save', { ...syncSettingsFor(central.office), tlsMode: 'disable', enabled: true, intervalMinutes: 1 });
    return { routerId: router.id, voucherPlanIds: [daily.id, spot.id], servicePlanId: service.id };
  } finally {
    await core.shutdown();
  }
}

interface Run {
  workerFile: string;
  dataDir: string;
  prng: Prng;
  central: CrashCentral;
  peer: PeerOffice;
}

function spawnWorker(run: Run, iteration: number, seed: number): { child: ChildProcess; ready: Promise<void>; exited: Promise<string>; stderr: () => string } {
  // Plain node on the bundle: the pid we kill is the process that holds the db (no tsx CLI in between).
  const child = spawn(process.execPath, [run.workerFile, run.dataDir, String(iteration), String(seed), REPO_ROOT], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
  const exited = new Promise<string>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? `code ${code}`)));
  const ready = new Promise<void>((resolve, reject) => {
    readline.createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => line === 'CRASH_READY' && resolve());
    void exited.then((how) => reject(new Error(`worker ended (${how}) before it was ready: ${stderr}`)));
  });
  return { child, ready, exited, stderr: () => stderr };
}

/** Kills the worker at a seeded point: mostly after it is ready, sometimes while it still starts. */
async function runAndKill(run: Run, iteration: number): Promise<number> {
  const { prng } = run;
  const worker = spawnWorker(run, iteration, prng.int(1, 2 ** 31));
  const duringStartup = prng.next() < STARTUP_KILL_SHARE;
  const delay = duringStartup ? prng.int(0, 600) : prng.int(50, 1500);
  try {
    if (duringStartup) {
      await Promise.race([sleep(delay), worker.ready.catch(() => undefined)]);
    } else {
      const notReady = sleep(READY_TIMEOUT_MS, undefined, { ref: false }).then(() => Promise.reject(new Error('worker not ready in time')));
      await Promise.race([worker.ready, notReady]);
      await sleep(delay);
    }
    if (worker.child.exitCode !== null) throw new Error(`worker exited by itself (code ${worker.child.exitCode}): ${worker.stderr()}`);
  } finally {
    // Also when the harness gives up: no worker may outlive the run.
    worker.child.kill('SIGKILL');
  }
  const how = await worker.exited;
  if (how !== 'SIGKILL') throw new Error(`worker ended with ${how}, not SIGKILL: ${worker.stderr()}`);
  return duringStartup ? -delay : delay;
}

/**
 * A kill between creating `app.lock` and writing it leaves an empty lock, which the app honours for 5 s
 * (it may be a start in progress) and then takes over: a restart that soon is refused, by design.
 */
async function openAfterKill(dataDir: string, iteration: number): Promise<Core> {
  const open = (): Core => createCore(coreOptions(REPO_ROOT, dataDir, iteration, 60_000));
  try {
    return open();
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'ALREADY_RUNNING')) throw error;
    await sleep(5_500);
    return open();
  }
}

/**
 * Reopens the data folder as the app does after a crash and lets it work: the job worker resumes the
 * queue and sync sends what the kill left unsent; once both have settled, the router must hold exactly
 * the desired state and the office and its peer the same books.
 */
async function checkRestart(run: Run, iteration: number): Promise<string[]> {
  // A minute after the worker's own clock: same office day, time never goes back.
  const core = await openAfterKill(run.dataDir, iteration);
  try {
    core.startBackground();
    // Runs the billing days still owed (catch-up after the kill) before the queue is judged.
    await core.timeChanged();
    // Payments pulled from the peer lift suspensions: router jobs to drain with the rest.
    const pulled = await settleSync(core, run.peer);
    if (pulled.length > 0) return pulled;
    const drained = await waitJobsDrained(core);
    await Promise.all(core.services.vouchers.pending());
    const router = [...drained, ...(await routerDifferences(core, readSetup(run.dataDir).routerId))];
    if (router.length > 0) return router;
    // Jobs done may have changed synced rows (a voucher on its router): settle again, then compare.
    const settled = await settleSync(core, run.peer);
    return settled.length > 0 ? settled : await booksAgree(core, run.peer, run.central);
  } finally {
    await core.shutdown();
  }
}

/** INTERNAL refusals, and sync rounds that failed: bugs, whatever the kills did. */
function internalErrors(lines: readonly JournalLine[]): string[] {
  return lines.flatMap((line) => {
    if (line.phase === 'failed' && line.code === 'INTERNAL') return [`${line.op}: ${line.message}`];
    if (line.phase === 'commit' && line.data.op === 'sync' && line.data.error !== null) return [`sync: ${line.data.error}`];
    return [];
  });
}

function inFlight(lines: readonly JournalLine[], iteration: number): string | null {
  const last = lines.findLast((line) => line.iteration === iteration);
  return last?.phase === 'intent' ? last.op : null;
}

async function oneKill(run: Run, iteration: number): Promise<KillRecord> {
  const { dataDir } = run;
  await run.peer.work(iteration, run.prng);
  const killAfterMs = await runAndKill(run, iteration);
  const lines = readJournal(path.join(dataDir, JOURNAL_FILE));
  const facts = committedFacts(lines);
  const problems = checkDatabase(path.join(dataDir, DB_FILE_NAME), facts, (parent, value) => run.peer.holds(parent, value));
  // Only a sound database is worth starting the app on; its problems are the report.
  if (problems.length === 0) problems.push(...(await checkRestart(run, iteration).catch((error: unknown) => [`restart check failed: ${error instanceof Error ? error.message : String(error)}`])));
  return { iteration, killAfterMs, committed: facts.length, during: inFlight(lines, iteration), problems };
}

/** Runs `kills` kill-and-check rounds; stops at the first round with problems (the data folder is kept then). */
/** What a run opens (worker bundle, router simulator, central, peer office), closed in reverse order. */
async function openRun(seed: number, dataDir: string, closers: Array<() => Promise<void> | void>): Promise<{ run: Run; sim: RouterSim }> {
  const worker = await buildWorker();
  closers.push(() => worker.cleanup());
  const sim = await startRouterSim();
  closers.push(() => sim.close());
  const central = await startCrashCentral();
  closers.push(() => central.stop());
  const peer = await PeerOffice.open(central.peer);
  closers.push(() => peer.close());
  return { run: { workerFile: worker.file, dataDir, prng: new Prng(seed), central, peer }, sim };
}

/** Runs `kills` kill-and-check rounds; stops at the first round with problems (the data folder is kept then). */
export async function runCrashHarness(options: CrashOptions): Promise<CrashReport> {
  const log = options.log ?? (() => undefined);
  const temp = makeTempDir('mb-crash-');
  const report: CrashReport = { seed: options.seed, dataDir: temp.dir, kills: [], internalErrors: [] };
  const closers: Array<() => Promise<void> | void> = [];
  try {
    const { run, sim } = await openRun(options.seed, temp.dir, closers);
    writeSetup(temp.dir, await setUpOffice(temp.dir, sim, run.central));
    for (let iteration = 1; iteration <= options.kills; iteration += 1) {
      const record = await oneKill(run, iteration);
      report.kills.push(record);
      const during = record.during ? ` during ${record.during}` : '';
      log(`kill ${iteration}/${options.kills} at ${record.killAfterMs} ms${during}: ${record.committed} committed facts, ${record.problems.length === 0 ? 'ok' : record.problems.join('; ')}`);
      if (record.problems.length > 0) break;
    }
    report.internalErrors = internalErrors(readJournal(path.join(temp.dir, JOURNAL_FILE)));
  } catch (error) {
    // The harness itself failed (a worker that died by itself, a hang): keep the evidence.
    log(`crash harness stopped: ${error instanceof Error ? error.message : String(error)}; data kept in ${temp.dir}`);
    throw error;
  } finally {
    for (const close of closers.reverse()) await close();
  }
  const failed = report.kills.some((kill) => kill.problems.length > 0) || report.internalErrors.length > 0;
  if (!options.keep && !failed) temp.cleanup();
  return report;
}
