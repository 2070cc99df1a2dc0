import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../src-main/core/create-core';
import { LOCK_FILE_NAME } from '../../src-main/lifecycle/instance-lock';
import { makeTempDir } from '../support/temp-dir';

const TSX = path.resolve('node_modules/.bin/tsx');
const CLI = path.resolve('src-main/web/cli.ts');

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

function launch(dataDir: string, rendererDir: string): ChildProcessWithoutNullStreams {
  const child = spawn(TSX, [CLI, '--data-dir', dataDir, '--renderer-dir', rendererDir, '--port', '0'], { env: { ...process.env, MB_DATA_DIR: '' } });
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return child;
}

/** Resolves with the first stdout line starting with `prefix`, or rejects when the process ends first. */
function lineStartingWith(child: ChildProcessWithoutNullStreams, prefix: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (line.startsWith(prefix)) resolve(line);
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code} before "${prefix}"`)));
  });
}

function exited(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

describe('web bridge CLI: one copy per data folder, graceful stop on SIGTERM', () => {
  it('a second launch on the same folder exits non-zero saying so; SIGTERM closes the first cleanly', async () => {
    const data = makeTempDir('mb-cli-');
    const renderer = makeTempDir('mb-renderer-');
    cleanups.push(data.cleanup, renderer.cleanup);
    fs.writeFileSync(path.join(renderer.dir, 'index.html'), '<!doctype html><title>app</title>');

    const first = launch(data.dir, renderer.dir);
    const firstExit = exited(first);
    await lineStartingWith(first, 'MB_WEB_READY');
    // The lock names the process that runs the core (tsx runs it in a child of its own).
    const holder = JSON.parse(fs.readFileSync(path.join(data.dir, LOCK_FILE_NAME), 'utf8')) as { pid: number };

    const second = launch(data.dir, renderer.dir);
    const refused = await exited(second);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('already running on this data folder');
    expect(refused.stderr).toContain(`process ${holder.pid} `);

    first.kill('SIGTERM');
    const closed = await firstExit;
    expect(closed.code).toBe(0);
    expect(fs.existsSync(path.join(data.dir, LOCK_FILE_NAME))).toBe(false);
    const wal = path.join(data.dir, `${DB_FILE_NAME}-wal`);
    expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
  }, 60_000);
});
