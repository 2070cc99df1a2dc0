import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../src-shared/ipc/result';

export const LOCK_FILE_NAME = 'app.lock';

/** A lock file that cannot be read yet may be one being written right now; older than this it is debris. */
const UNREADABLE_GRACE_MS = 5_000;

const lockContentSchema = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  startedAt: z.number(),
  /** Random per holder: release never deletes a lock another core took over meanwhile. */
  token: z.string(),
});

export type LockContent = z.infer<typeof lockContentSchema>;

export interface InstanceLock {
  readonly file: string;
  readonly content: LockContent;
  /** Deletes the lock file if it is still ours; safe to call more than once. */
  release(): void;
}

export interface LockOptions {
  now?: number;
  pid?: number;
  hostname?: string;
  /** Is this pid a live process on this host? (tests pass their own) */
  isAlive?: (pid: number) => boolean;
}

/**
 * One core per data folder (issue 8): `<data>/app.lock` holds pid, hostname and start time, created
 * with O_EXCL so two starts cannot both win. A lock whose process is gone (a crash, a power cut) is
 * taken over; a live one is refused with ALREADY_RUNNING. A lock written on another host (a data folder
 * on a network share) cannot be checked from here, so it counts as live.
 */
export function acquireInstanceLock(dataDir: string, options: LockOptions = {}): InstanceLock {
  const file = path.join(dataDir, LOCK_FILE_NAME);
  const content: LockContent = {
    pid: options.pid ?? process.pid,
    hostname: options.hostname ?? os.hostname(),
    startedAt: options.now ?? Date.now(),
    token: crypto.randomUUID(),
  };
  const isAlive = options.isAlive ?? processIsAlive;
  // Twice at most: once as found, once after taking over a stale lock.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (tryCreate(file, content)) return heldLock(file, content);
    const holder = readHolder(file);
    if (holder === 'gone') continue;
    if (!isStale(holder, content.hostname, isAlive, file)) throw alreadyRunning(file, holder);
    takeOver(file, holder);
  }
  throw alreadyRunning(file, readHolder(file));
}

function tryCreate(file: string, content: LockContent): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx', 0o644);
  } catch (error) {
    if (isErrno(error, 'EEXIST')) return false;
    throw error;
  }
  try {
    fs.writeSync(fd, JSON.stringify(content));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

type Holder = LockContent | 'unreadable' | 'gone';

function readHolder(file: string): Holder {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return 'gone';
    throw error;
  }
  try {
    const parsed = lockContentSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

function isStale(holder: Holder, hostname: string, isAlive: (pid: number) => boolean, file: string): boolean {
  if (holder === 'gone') return true;
  if (holder === 'unreadable') return ageMs(file) > UNREADABLE_GRACE_MS;
  return holder.hostname === hostname && !isAlive(holder.pid);
}

/**
 * Moves the stale lock aside (rename is atomic, so of two starts only one moves it), then checks it moved
 * the lock it judged stale and not a fresh one another start just wrote; a fresh one is put back.
 */
function takeOver(file: string, judged: Holder): void {
  const aside = `${file}.stale-${crypto.randomUUID()}`;
  try {
    fs.renameSync(file, aside);
  } catch (error) {
    if (isErrno(error, 'ENOENT')) return;
    throw error;
  }
  const moved = readHolder(aside);
  const same = judged === 'unreadable' ? moved === 'unreadable' : typeof moved === 'object' && typeof judged === 'object' && moved.token === judged.token;
  if (!same) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // Someone created a new lock meanwhile: theirs stands, and ours will be refused by it.
    }
  }
  fs.rmSync(aside, { force: true });
}

function heldLock(file: string, content: LockContent): InstanceLock {
  let released = false;
  return {
    file,
    content,
    release: () => {
      if (released) return;
      released = true;
      const holder = readHolder(file);
      if (typeof holder === 'object' && holder.token === content.token) fs.rmSync(file, { force: true });
    },
  };
}

function alreadyRunning(file: string, holder: Holder): AppError {
  const who = typeof holder === 'object' ? holder : null;
  const since = who ? new Date(who.startedAt).toISOString() : 'an unknown time';
  const where = who ? `process ${who.pid} on ${who.hostname}` : 'another process';
  return new AppError(
    'ALREADY_RUNNING',
    `Mikrotik Billing is already running on this data folder (${where}, started ${since}). Close it first; if no copy is running, delete ${file}.`,
    { lockFile: file, ...(who ? { pid: who.pid, hostname: who.hostname, startedAt: who.startedAt } : {}) },
  );
}

/** Signal 0 checks existence only: ESRCH means gone, EPERM means alive but someone else's. */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isErrno(error, 'EPERM');
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - fs.statSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
