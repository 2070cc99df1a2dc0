import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { withModule } from '../../src-main/core/logger';
import { createFileLogger, type FileLogger, type FileLoggerOptions } from '../../src-main/logs/file-logger';
import { makeTempDir } from '../support/temp-dir';
import { eventually, logFileNames, readLogLines } from './log-files';

const T0 = Date.UTC(2026, 0, 15, 3, 0, 0);
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

function logger(extra: Partial<FileLoggerOptions> = {}): { log: FileLogger; dir: string; clock: ManualClock } {
  const temp = makeTempDir('mb-logs-');
  const clock = new ManualClock(T0);
  const dir = path.join(temp.dir, 'logs');
  const log = createFileLogger({ dir, clock, ...extra });
  cleanups.push(temp.cleanup, () => log.close());
  return { log, dir, clock };
}

describe('file logger', () => {
  it('writes structured JSON lines with the core clock and the fields the call passed', async () => {
    const { log, dir, clock } = logger();
    log.info('router connected', { module: 'routers', routerId: 'r-1', attempt: 2 });
    clock.advance(1_000);
    log.error('sync round failed', { module: 'sync', code: 'TIMEOUT' });
    await log.flush();
    expect(logFileNames(dir)).toHaveLength(1);
    const lines = readLogLines(dir);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 30, time: T0, msg: 'router connected', module: 'routers', routerId: 'r-1', attempt: 2 });
    expect(lines[1]).toMatchObject({ level: 50, time: T0 + 1_000, msg: 'sync round failed', module: 'sync', code: 'TIMEOUT' });
  });

  it('writes only at or above its level, which can change while running', async () => {
    const { log, dir } = logger();
    log.trace('t0');
    log.debug('d0');
    log.info('i0');
    log.setLevel('debug');
    log.debug('d1');
    log.trace('t1');
    log.setLevel('error');
    log.warn('w2');
    log.fatal('f2');
    await log.flush();
    expect(readLogLines(dir).map((line) => line.msg)).toEqual(['i0', 'd1', 'f2']);
    expect(log.level).toBe('error');
  });

  it('never writes secrets: keys by name at any depth, credentials inside strings, in messages too', async () => {
    const { log, dir } = logger();
    log.info('router saved', {
      password: 'hunter2-top',
      passwordSealed: 'sealed-hunter2',
      router: { name: 'tower', password: 'hunter2-nested', api: { token: 'tok-hunter2' } },
      headers: { Authorization: 'Bearer abc.hunter2.def', authHeader: 'Basic aHVudGVyMg==' },
      secret: 'hunter2-secret',
      apiKey: 'hunter2-key',
      list: [{ newPassword: 'hunter2-list' }],
      central: 'postgres://billing:hunter2-url@10.0.0.5:5432/office',
      odbc: 'Server=db;User Id=sa;Password=hunter2-odbc;',
      error: new Error('connect to mysql://root:hunter2-error@db failed'),
      deep: { a: { b: { c: { d: { e: { f: { password: 'hunter2-deep' } } } } } } },
    });
    log.warn('gateway said no to https://user:hunter2-msg@sms.example/send?token=hunter2-query');
    await log.flush();
    const text = fs.readFileSync(path.join(dir, logFileNames(dir)[0] ?? ''), 'utf8');
    expect(text).not.toMatch(/hunter2|aHVudGVyMg|abc\./);
    const [first, second] = readLogLines(dir);
    expect(first).toMatchObject({
      password: '[redacted]',
      passwordSealed: '[redacted]',
      router: { name: 'tower', password: '[redacted]', api: { token: '[redacted]' } },
      headers: { Authorization: '[redacted]', authHeader: '[redacted]' },
      secret: '[redacted]',
      apiKey: '[redacted]',
      list: [{ newPassword: '[redacted]' }],
      central: 'postgres://billing:[redacted]@10.0.0.5:5432/office',
      error: { type: 'Error' },
    });
    expect(String(first?.odbc)).toContain('Password=[redacted]');
    expect(String(second?.msg)).toContain('https://user:[redacted]@sms.example');
  });

  it('rotates at the size limit and keeps only the newest files', async () => {
    const { log, dir } = logger({ maxSizeBytes: 2_000, maxFiles: 3 });
    // Lines logged while pino-roll still opens the file are queued and land in the first file together.
    await log.flush();
    for (let i = 0; i < 120; i += 1) {
      log.info(`line ${i}`, { module: 'test', filler: 'x'.repeat(60) });
      // pino-roll rolls on the tick after the size is reached.
      if (i % 3 === 2) await new Promise((resolve) => setImmediate(resolve));
    }
    await log.flush();
    // Three files in all, once the asynchronous clean-up has run.
    await eventually(() => logFileNames(dir).length === 3).catch((error: unknown) => {
      throw new Error(`${String(error)}: ${logFileNames(dir).join(", ")}`);
    });
    const names = logFileNames(dir);
    const numbers = names.map((name) => Number(/\.(\d+)\.log$/.exec(name)?.[1]));
    expect(Math.max(...numbers)).toBeGreaterThan(4);
    for (const name of names.slice(1)) expect(fs.statSync(path.join(dir, name)).size).toBeLessThan(2_600);
    const lines = readLogLines(dir).map((line) => line.msg);
    expect(lines.at(-1)).toBe('line 119');
    expect(lines).not.toContain('line 0');
    // What is kept is one unbroken run of the newest lines.
    const first = Number(String(lines[0]).slice(5));
    expect(lines).toEqual(Array.from({ length: 120 - first }, (_, k) => `line ${first + k}`));
  });

  it('falls back to stderr (here a spy) when the folder cannot be written, and never throws', async () => {
    const temp = makeTempDir('mb-logs-');
    cleanups.push(temp.cleanup);
    // A file where the folder should be: mkdir fails, for root too.
    const dir = path.join(temp.dir, 'logs');
    fs.writeFileSync(dir, 'not a folder');
    const fallback: string[] = [];
    const log = createFileLogger({ dir, clock: new ManualClock(T0), fallback: (line) => fallback.push(line) });
    cleanups.push(() => log.close());
    expect(() => log.info('still logged', { module: 'test', password: 'hunter2' })).not.toThrow();
    await log.flush();
    expect(log.usingFallback).toBe(true);
    expect(fallback.join('')).toContain('log files unusable');
    expect(fallback.join('')).toContain('"msg":"still logged"');
    expect(fallback.join('')).not.toContain('hunter2');
    expect(fs.readFileSync(dir, 'utf8')).toBe('not a folder');
  });

  it('survives fields it cannot walk: cycles, throwing getters, dates, buffers, bigints', async () => {
    const { log, dir } = logger();
    const cycle: Record<string, unknown> = { name: 'loop' };
    cycle.self = cycle;
    const hostile = Object.defineProperty({}, 'boom', { enumerable: true, get: () => { throw new Error('getter'); } });
    expect(() => log.info('cycle', { cycle, at: new Date(Date.UTC(2026, 0, 1)), bytes: Buffer.from('abc'), big: 12n })).not.toThrow();
    expect(() => log.info('hostile', { hostile })).not.toThrow();
    log.info('after');
    await log.flush();
    const lines = readLogLines(dir);
    expect(lines.map((line) => line.msg)).toEqual(['cycle', 'after']);
    expect(lines[0]).toMatchObject({ at: '2026-01-01T00:00:00.000Z', bytes: '[3 bytes]', big: '12', cycle: { name: 'loop', self: { name: 'loop' } } });
    expect(JSON.stringify(lines[0])).toContain('[too deep]');
  });

  it('withModule tags every line of a service with its module, unless the call names its own', async () => {
    const { log, dir } = logger({ level: 'debug' });
    const routers = withModule(log, 'routers');
    routers.warn('router connection lost', { routerId: 'r-9' });
    routers.debug?.('polled', { routerId: 'r-9' });
    routers.error('odd one', { module: 'jobs' });
    await log.flush();
    expect(readLogLines(dir).map((line) => [line.msg, line.module, line.routerId])).toEqual([
      ['router connection lost', 'routers', 'r-9'],
      ['polled', 'routers', 'r-9'],
      ['odd one', 'jobs', undefined],
    ]);
  });

  it('echoes info and above to the console logger it was given', async () => {
    const echoed: string[] = [];
    const echo = { info: (m: string) => echoed.push(`info ${m}`), warn: (m: string) => echoed.push(`warn ${m}`), error: (m: string) => echoed.push(`error ${m}`) };
    const { log } = logger({ echo, level: 'trace' });
    log.debug('quiet');
    log.info('loud', { password: 'x' });
    log.fatal('very loud');
    await log.flush();
    expect(echoed).toEqual(['info loud', 'error very loud']);
  });
});
