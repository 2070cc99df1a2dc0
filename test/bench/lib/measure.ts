import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Sample {
  name: string;
  /** Milliseconds, or 'x' for a ratio measured in the same run. */
  unit: 'ms' | 'x';
  runs: number;
  median: number;
  p95: number;
  min: number;
  max: number;
  goal?: string;
  note?: string;
}

export interface Skipped {
  name: string;
  skipped: string;
}

export type BenchEntry = Sample | Skipped;

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(sorted.length * fraction) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** Times `fn` `runs` times (after `warmup` untimed runs) and summarises in milliseconds. */
export async function measure(
  name: string,
  runs: number,
  fn: () => unknown | Promise<unknown>,
  extra: { warmup?: number; goal?: string; note?: string } = {},
): Promise<Sample> {
  for (let i = 0; i < (extra.warmup ?? 1); i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return summarise(name, times, extra);
}

/** Summarises times (ms) taken elsewhere, e.g. one per fresh database. */
export function summarise(name: string, measured: readonly number[], extra: { goal?: string; note?: string } = {}): Sample {
  const times = [...measured].sort((a, b) => a - b);
  const round = (value: number): number => Math.round(value * 1000) / 1000;
  return {
    name,
    unit: 'ms',
    runs: times.length,
    median: round(percentile(times, 0.5)),
    p95: round(percentile(times, 0.95)),
    min: round(times[0] ?? Number.NaN),
    max: round(times[times.length - 1] ?? Number.NaN),
    ...(extra.goal ? { goal: extra.goal } : {}),
    ...(extra.note ? { note: extra.note } : {}),
  };
}

/** Writes one suite's results with the machine they were measured on. */
export function writeResults(suite: string, entries: BenchEntry[]): string {
  const dir = path.resolve('test/bench/results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${suite}.json`);
  const report = {
    suite,
    measuredAt: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    entries,
  };
  fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  return file;
}
