import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MovableClock } from '../../src-main/core/clock';
import type { CoreOptions } from '../../src-main/core/create-core';

/**
 * What the crash worker and the harness share: the office's fixed setup (written once by the harness),
 * the clock of an iteration, the core options and a seeded PRNG.
 */
export const OWNER_LOGIN = { username: 'owner', password: 'Kopi-Susu-42' };
export const SETUP_FILE = 'crash-setup.json';
export const JOURNAL_FILE = 'crash-journal.jsonl';

const DAY_MS = 86_400_000;
/** 2026-01-15 10:00 in Jakarta: every iteration starts one office day later. */
const BASE_MS = Date.UTC(2026, 0, 15, 3, 0, 0);

export const setupSchema = z.object({
  routerId: z.string(),
  voucherPlanIds: z.array(z.string()).min(1),
  servicePlanId: z.string(),
});
export type CrashSetup = z.infer<typeof setupSchema>;

export function writeSetup(dataDir: string, setup: CrashSetup): void {
  fs.writeFileSync(path.join(dataDir, SETUP_FILE), JSON.stringify(setup));
}

export function readSetup(dataDir: string): CrashSetup {
  return setupSchema.parse(JSON.parse(fs.readFileSync(path.join(dataDir, SETUP_FILE), 'utf8')));
}

/**
 * Iteration n runs on office day n (a running clock, so timeouts and backoff behave): billing runs
 * issue and suspend as days pass, and time never goes backwards across kills as long as one
 * iteration lasts less than a real day.
 */
export function iterationClock(iteration: number, extraMs = 0): MovableClock {
  return new MovableClock(BASE_MS + iteration * DAY_MS + extraMs);
}

/**
 * Fast reconnects and job polling (the simulator is local); health polling out of the way. Migrations
 * and fonts are named explicitly: the bundled worker (build-worker.ts) has no import.meta to find them.
 */
export function coreOptions(repoRoot: string, dataDir: string, iteration: number, extraMs = 0): CoreOptions {
  return {
    dataDir,
    migrationsFolder: path.join(repoRoot, 'migrations'),
    resourcesDir: path.join(repoRoot, 'resources'),
    clock: iterationClock(iteration, extraMs),
    idleLockMsOverride: 10 * 365 * DAY_MS,
    shutdownGraceMs: 1000,
    routers: {
      // The app's own command timeout (30 s): reading tens of thousands of users after 100+ kills takes seconds.
      session: { reconnect: { initialDelayMs: 20, maxDelayMs: 200 }, heartbeatIntervalMs: 0 },
      jobs: { pollIntervalMs: 50, retryInitialMs: 0, retryMaxMs: 200 },
      health: { intervalMs: 3_600_000 },
    },
  };
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
}
