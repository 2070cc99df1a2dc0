import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src-main/core/create-core';
import { acquireInstanceLock, LOCK_FILE_NAME, processIsAlive } from '../../src-main/lifecycle/instance-lock';
import { AppError } from '../../src-shared/ipc/result';
import { ManualClock } from '../../src-main/core/clock';
import { START_TIME, startCore } from '../support/core-harness';
import { makeTempDir } from '../support/temp-dir';

const dirs: Array<() => void> = [];
afterEach(() => {
  while (dirs.length > 0) dirs.pop()?.();
});
function tempDir(): string {
  const temp = makeTempDir('mb-lock-');
  dirs.push(temp.cleanup);
  return temp.dir;
}

/** A pid that surely names no process now: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  const pid = Number(child.stdout);
  expect(processIsAlive(pid)).toBe(false);
  return pid;
}

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected ALREADY_RUNNING');
}

describe('single instance per data folder', () => {
  it('a second core on the same folder is refused with ALREADY_RUNNING; the first keeps working', async () => {
    const h = startCore();
    const lockFile = path.join(h.dataDir, LOCK_FILE_NAME);
    const held = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as { pid: number; hostname: string; startedAt: number };
    expect(held).toMatchObject({ pid: process.pid, hostname: os.hostname() });
    expect(typeof held.startedAt).toBe('number');

    const error = refusal(() => createCore({ dataDir: h.dataDir, clock: new ManualClock(START_TIME) }));
    expect(error.code).toBe('ALREADY_RUNNING');
    expect(error.message).toContain(`process ${process.pid}`);
    expect(error.message).toContain(lockFile);
    // The refused start changed nothing: same lock, first core still answers.
    expect(JSON.parse(fs.readFileSync(lockFile, 'utf8'))).toEqual(held);
    expect((await h.call('c', 'app.status', {})).ok).toBe(true);
  });

  it('the lock is released on close, and a new core then starts on the folder', () => {
    const h = startCore();
    const lockFile = path.join(h.dataDir, LOCK_FILE_NAME);
    h.core.close();
    expect(fs.existsSync(lockFile)).toBe(false);
    const again = createCore({ dataDir: h.dataDir, clock: new ManualClock(START_TIME) });
    expect(fs.existsSync(lockFile)).toBe(true);
    // Closing the old core again must not delete the new core's lock.
    h.core.close();
    expect(fs.existsSync(lockFile)).toBe(true);
    again.close();
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it('a stale lock (its pid no longer exists on this host) is taken over', () => {
    const dir = tempDir();
    const pid = deadPid();
    const lockFile = path.join(dir, LOCK_FILE_NAME);
    fs.writeFileSync(lockFile, JSON.stringify({ pid, hostname: os.hostname(), startedAt: START_TIME, token: 'old' }));
    const core = createCore({ dataDir: dir, clock: new ManualClock(START_TIME) });
    try {
      expect(JSON.parse(fs.readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: process.pid });
      expect(fs.readdirSync(dir).filter((name) => name.startsWith(`${LOCK_FILE_NAME}.stale`))).toEqual([]);
    } finally {
      core.close();
    }
  });

  it('a lock from another host cannot be checked and counts as live; an unreadable fresh one too, an old one is debris', () => {
    const dir = tempDir();
    const lockFile = path.join(dir, LOCK_FILE_NAME);
    fs.writeFileSync(lockFile, JSON.stringify({ pid: deadPid(), hostname: 'other-pc', startedAt: START_TIME, token: 'x' }));
    expect(refusal(() => acquireInstanceLock(dir)).message).toContain('on other-pc');

    fs.writeFileSync(lockFile, '{"pid":');
    expect(refusal(() => acquireInstanceLock(dir)).code).toBe('ALREADY_RUNNING');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockFile, old, old);
    const lock = acquireInstanceLock(dir);
    expect(JSON.parse(fs.readFileSync(lockFile, 'utf8'))).toMatchObject({ pid: process.pid, token: lock.content.token });
    lock.release();
    lock.release();
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it('a live pid on this host (here: a running child process) is refused', () => {
    const dir = tempDir();
    const lockFile = path.join(dir, LOCK_FILE_NAME);
    fs.writeFileSync(lockFile, JSON.stringify({ pid: process.ppid, hostname: os.hostname(), startedAt: START_TIME, token: 'parent' }));
    const error = refusal(() => acquireInstanceLock(dir));
    expect(error.details).toMatchObject({ pid: process.ppid, hostname: os.hostname(), startedAt: START_TIME });
  });

  it('a core that fails to start (a bad migrations folder) leaves no lock behind', () => {
    const dir = tempDir();
    expect(() => createCore({ dataDir: dir, migrationsFolder: path.join(dir, 'nowhere') })).toThrow();
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
  });
});
