import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { createFileLogger } from '../../src-main/logs/file-logger';
import { queryLogs } from '../../src-main/logs/query';
import { readLinesBackward } from '../../src-main/logs/read-backward';
import { encodeCursor } from '../../src-main/logs/cursor';
import type { LogEntry, LogQueryInput } from '../../src-shared/ipc/schemas/logs';
import { AppError } from '../../src-shared/ipc/result';
import { makeTempDir } from '../support/temp-dir';
import { logFileNames } from './log-files';

const T0 = Date.UTC(2026, 0, 15, 3, 0, 0);
const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
const MODULES = ['routers', 'billing', 'sync'] as const;
const COUNT = 240;

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** 240 entries, one a second, across many small rotated files: entry i has level i%4 and module i%3. */
async function writeSample(): Promise<string> {
  const temp = makeTempDir('mb-logq-');
  const dir = path.join(temp.dir, 'logs');
  const clock = new ManualClock(T0);
  const log = createFileLogger({ dir, clock, level: 'trace', maxSizeBytes: 3_000, maxFiles: 1_000 });
  cleanups.push(temp.cleanup, () => log.close());
  // Wait for the file to be open, so rotation happens as the lines come rather than once for a queue.
  await log.flush();
  for (let i = 0; i < COUNT; i += 1) {
    const level = LEVELS[i % LEVELS.length] ?? 'info';
    log[level](`event ${i}${i === 77 ? ' Needle in the hay' : ''}`, { module: MODULES[i % MODULES.length], n: i, routerId: `r-${i % 5}` });
    clock.advance(1_000);
    if (i % 10 === 9) await new Promise((resolve) => setImmediate(resolve));
  }
  await log.flush();
  return dir;
}

/** Every page until the cursor runs out. */
async function allPages(dir: string, input: LogQueryInput): Promise<{ entries: LogEntry[]; pages: number }> {
  const entries: LogEntry[] = [];
  let before: string | undefined;
  let pages = 0;
  for (;;) {
    const page = await queryLogs(dir, { ...input, ...(before ? { before } : {}) });
    pages += 1;
    entries.push(...page.entries);
    if (!page.nextCursor) return { entries, pages };
    before = page.nextCursor;
  }
}

const numbers = (entries: LogEntry[]): number[] => entries.map((entry) => entry.fields.n as number);
const descending = (from: number, to: number, keep: (n: number) => boolean = () => true): number[] => {
  const out: number[] = [];
  for (let n = to; n >= from; n -= 1) if (keep(n)) out.push(n);
  return out;
};

describe('logs query', () => {
  it('pages newest first across the rotated files without losing or repeating an entry', async () => {
    const dir = await writeSample();
    expect(logFileNames(dir).length).toBeGreaterThan(5);
    const first = await queryLogs(dir, { limit: 25 });
    expect(first.entries).toHaveLength(25);
    expect(first.entries[0]).toMatchObject({ level: 'error', module: 'sync', message: 'event 239', time: T0 + 239_000 });
    expect(first.entries[0]?.fields).toEqual({ n: 239, routerId: 'r-4' });
    const { entries, pages } = await allPages(dir, { limit: 25 });
    expect(numbers(entries)).toEqual(descending(0, COUNT - 1));
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(COUNT);
  });

  it('filters by level, module, text and time range, and pages the filtered result too', async () => {
    const dir = await writeSample();
    const warnUp = await allPages(dir, { minLevel: 'warn', limit: 7 });
    expect(numbers(warnUp.entries)).toEqual(descending(0, COUNT - 1, (n) => n % 4 >= 2));
    const billing = await allPages(dir, { module: 'billing', limit: 30 });
    expect(numbers(billing.entries)).toEqual(descending(0, COUNT - 1, (n) => n % 3 === 1));
    const needle = await queryLogs(dir, { text: 'needle IN THE' });
    expect(numbers(needle.entries)).toEqual([77]);
    expect(needle.nextCursor).toBeNull();
    const byField = await queryLogs(dir, { text: 'r-3', minLevel: 'error', limit: 500 });
    expect(numbers(byField.entries)).toEqual(descending(0, COUNT - 1, (n) => n % 5 === 3 && n % 4 === 3));
    const window = await queryLogs(dir, { from: T0 + 100_000, to: T0 + 109_000, module: 'sync' });
    expect(numbers(window.entries)).toEqual([107, 104, 101]);
  });

  it('stops at the scan cap with a cursor that goes on from there', async () => {
    const dir = await writeSample();
    const capped = await queryLogs(dir, { text: 'no such text' }, 2_000);
    expect(capped.entries).toEqual([]);
    expect(capped.partial).toBe(true);
    expect(capped.nextCursor).not.toBeNull();
    const rest = await queryLogs(dir, { text: 'event 3', ...(capped.nextCursor ? { before: capped.nextCursor } : {}) }, 10_000_000);
    expect(numbers(rest.entries).every((n) => n < 239)).toBe(true);
    expect(rest.partial).toBe(false);
  });

  it('rejects a cursor that is not its own and finds nothing in an empty folder', async () => {
    const dir = await writeSample();
    await expect(queryLogs(dir, { before: 'bm90LWEtY3Vyc29y' })).rejects.toBeInstanceOf(AppError);
    await expect(queryLogs(dir, { before: encodeCursor({ file: '../secret.key', offset: 0 }) })).rejects.toMatchObject({ code: 'VALIDATION' });
    const temp = makeTempDir('mb-logq-');
    cleanups.push(temp.cleanup);
    expect(await queryLogs(path.join(temp.dir, 'logs'), {})).toEqual({ entries: [], nextCursor: null, partial: false });
  });

  it('reads lines backwards across chunk boundaries, multi-byte text and a torn last line', async () => {
    const temp = makeTempDir('mb-logq-');
    cleanups.push(temp.cleanup);
    const file = path.join(temp.dir, 'big.log');
    const lines = Array.from({ length: 3_000 }, (_, i) => `${i} ${'é€✓'.repeat(i % 40)} ${'x'.repeat((i * 7) % 90)}`);
    fs.writeFileSync(file, `${lines.join('\n')}\n{"torn":`);
    const read: string[] = [];
    for await (const line of readLinesBackward(file)) read.push(line.text);
    expect(read.slice(1)).toEqual([...lines].reverse());
    expect(read[0]).toBe('{"torn":');
    const offsets: number[] = [];
    for await (const line of readLinesBackward(file)) offsets.push(line.offset);
    const third = offsets[3] ?? 0;
    const after: string[] = [];
    for await (const line of readLinesBackward(file, third)) after.push(line.text);
    expect(after).toEqual([...lines].reverse().slice(3));
  });
});
