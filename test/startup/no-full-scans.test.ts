import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { createCore, type Core } from '../../src-main/core/create-core';
import { makeTempDir } from '../support/temp-dir';
import { SEED_NOW, SEED_OWNER, seedOffice } from '../bench/support/large-office';
import { bigTableScans, captureStatements, type RanStatement, type Scan } from './statement-capture';

/**
 * Issue 8 (P4): nothing at start-up scans a whole table. A small office with the real schema and
 * indexes (the same seed as the cold-start bench, a few thousand rows) is opened; every statement
 * that createCore, the first tick of startBackground and the dashboard's first screen run is
 * explained with the values it ran with, and none may walk all of a table that grows with the office.
 * The app never runs ANALYZE, so neither does this test: the plans are the ones a real office gets.
 */

const SMALL_OFFICE = { vouchers: 4_000, customers: 1_500, months: 5, auditEntries: 500 };
/** Long enough for the first ticks startBackground starts (catch-up checks, router session attempts). */
const FIRST_TICK_MS = 1_500;
/** What the renderer asks for from sign-in to the dashboard drawn (shell, top bar and dashboard cards). */
const FIRST_SCREEN = ['app.status', 'auth.session', 'settings.get', 'dashboard.summary', 'routers.list', 'routers.health', 'reports.revenueChart', 'reports.voucherStock'];

function scansIn(core: Core, ran: readonly RanStatement[]): Scan[] {
  const seen = new Set<string>();
  const scans: Scan[] = [];
  for (const statement of ran) {
    if (seen.has(statement.sql)) continue;
    seen.add(statement.sql);
    const scan = bigTableScans(core.services.sqlite, statement);
    if (scan) scans.push(scan);
  }
  return scans;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('start-up on a seeded office', () => {
  const temp = makeTempDir('mb-startup-');
  let core: Core | undefined;

  beforeAll(async () => {
    await seedOffice(temp.dir, SMALL_OFFICE);
  });

  afterAll(() => {
    core?.close();
    temp.cleanup();
  });

  it('createCore and the first tick of startBackground scan no big table', async () => {
    const capture = captureStatements();
    let ran: RanStatement[];
    try {
      core = createCore({ dataDir: temp.dir, clock: new ManualClock(SEED_NOW) });
      core.startBackground();
      await wait(FIRST_TICK_MS);
    } finally {
      ran = capture.stop();
    }
    expect(ran.length).toBeGreaterThan(20);
    expect(scansIn(core, ran)).toEqual([]);
  });

  it("the dashboard's first screen scans no big table", async () => {
    if (!core) throw new Error('the previous test opens the core');
    const open = core;
    const call = async (name: string, input: unknown): Promise<void> => {
      const result = await open.registry.call({ clientId: 'desk', trusted: true }, name, { input });
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    };
    await call('auth.login', { username: SEED_OWNER.username, password: SEED_OWNER.password });
    const capture = captureStatements();
    let ran: RanStatement[];
    try {
      for (const name of FIRST_SCREEN) await call(name, name === 'reports.revenueChart' ? { stackBy: 'method' } : {});
    } finally {
      ran = capture.stop();
    }
    expect(scansIn(open, ran)).toEqual([]);
  });
});
