import { describe, expect, it } from 'vitest';
import { runCrashHarness, type KillRecord } from './harness';

/**
 * Issue 8, R1. CI: a fixed seed and 20 kills. `npm run test:crash`: 200 kills and a random seed, printed
 * so a failure can be replayed with `CRASH_SEED=<seed> CRASH_KILLS=<n> npx vitest run test/crash`.
 */
const kills = Number(process.env.CRASH_KILLS ?? 20);
const seed = process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) : process.env.CRASH_RANDOM_SEED ? Math.floor(Math.random() * 2 ** 31) : 20_261_124;

/** How many kills landed in each operation ("between" when none was in flight), for the log. */
function killedDuring(kills: readonly KillRecord[]): string {
  const counts = new Map<string, number>();
  for (const kill of kills) counts.set(kill.during ?? 'between', (counts.get(kill.during ?? 'between') ?? 0) + 1);
  return [...counts].map(([op, n]) => `${op} ${n}`).join(', ');
}

describe('crash harness (R1): SIGKILL at random points, then recovery', () => {
  it(`${kills} kills with seed ${seed}: sound db, nothing committed lost, nothing partial or doubled, router converges, books agree with a peer office`, async () => {
    console.log(`crash test: seed ${seed}, ${kills} kills (replay: CRASH_SEED=${seed} CRASH_KILLS=${kills} npx vitest run test/crash)`);
    const started = Date.now();
    const report = await runCrashHarness({ kills, seed, log: (line) => console.log(line) });
    console.log(`crash test: ${report.kills.length} kills in ${Math.round((Date.now() - started) / 1000)} s; killed during: ${killedDuring(report.kills)}`);
    const failed = report.kills.find((kill) => kill.problems.length > 0);
    expect(failed?.problems ?? [], `seed ${seed}, kill ${failed?.iteration}, data kept in ${report.dataDir}`).toEqual([]);
    expect(report.internalErrors, `seed ${seed}: internal errors in the worker, data kept in ${report.dataDir}`).toEqual([]);
    expect(report.kills).toHaveLength(kills);
  }, Math.max(120_000, kills * 15_000));
});
