import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../src-main/core/create-core';
import { startOfficeWithStaff } from '../support/core-harness';
import { batchRowCounts, routerWithPlan } from './support';

const CHILD = path.resolve(import.meta.dirname, 'fixtures/generate-child.ts');
const TSX = path.resolve('node_modules/.bin/tsx');

describe('a batch is all or nothing', () => {
  it('a process killed (SIGKILL) half-way through writing 200,000 vouchers leaves no row of the batch', async () => {
    const h = await startOfficeWithStaff();
    const { planId } = await routerWithPlan(h);
    h.core.close();

    const child = spawn(TSX, [CHILD, h.dataDir, planId, '200000'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let batchId = '';
    let killedAt = -1;
    for await (const line of readline.createInterface({ input: child.stdout })) {
      const progress = JSON.parse(line) as { batchId?: string; phase: string; done?: number };
      if (progress.batchId) batchId = progress.batchId;
      if (progress.phase === 'writing' && (progress.done ?? 0) >= 50_000) {
        killedAt = progress.done ?? 0;
        child.kill('SIGKILL');
        break;
      }
      if (progress.phase === 'finished') break;
    }
    expect(await exited).toBe('SIGKILL');
    expect(killedAt).toBeGreaterThanOrEqual(50_000);
    expect(batchId).not.toBe('');

    // The next open recovers the WAL: the uncommitted transaction is gone, the file is sound.
    const sqlite = new Database(path.join(h.dataDir, DB_FILE_NAME));
    try {
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(batchRowCounts(sqlite, batchId)).toEqual({ batches: 0, vouchers: 0, desired: 0 });
      expect(sqlite.prepare('SELECT count(*) FROM vouchers').pluck().get()).toBe(0);
    } finally {
      sqlite.close();
    }
  }, 120_000);
});
