import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** A database waiting to replace the live one at the next core start (the core must be closed to swap). */
export const STAGED_RESTORE_NAME = 'restore-staged.sqlite';

/** Who restored what: written next to the staged file, audited into the restored db after the swap. */
export const restoreRecordSchema = z
  .object({
    source: z.string(),
    safetyCopy: z.string(),
    operatorId: z.string().nullable(),
    operatorName: z.string().nullable(),
    requestedAt: z.number(),
  })
  .strict();
export type RestoreRecord = z.infer<typeof restoreRecordSchema>;

export function stagedRestorePath(dataDir: string): string {
  return path.join(dataDir, STAGED_RESTORE_NAME);
}

/** Copies the chosen backup next to the live db (temp + rename): once staged, it is complete. */
export function stageRestore(source: string, dataDir: string, record: RestoreRecord): string {
  const target = stagedRestorePath(dataDir);
  fs.writeFileSync(`${target}.json`, JSON.stringify(record));
  const temp = `${target}.partial`;
  fs.copyFileSync(source, temp);
  fs.renameSync(temp, target);
  return target;
}

/**
 * Swaps a staged restore in, before the db is opened: stale -wal/-shm of the old database go first
 * (the old core closed cleanly, so they hold nothing wanted; left behind they would be replayed into
 * the restored file), then one rename replaces the db atomically. A crash in between leaves either the
 * old db or the staged file, which the next start swaps in. Returns the restore's record, or null when
 * nothing was staged.
 */
export function applyStagedRestore(dataDir: string, dbFile: string): RestoreRecord | null {
  const staged = stagedRestorePath(dataDir);
  fs.rmSync(`${staged}.partial`, { force: true });
  if (!fs.existsSync(staged)) return null;
  fs.rmSync(`${dbFile}-wal`, { force: true });
  fs.rmSync(`${dbFile}-shm`, { force: true });
  fs.renameSync(staged, dbFile);
  const record = readRecord(`${staged}.json`);
  fs.rmSync(`${staged}.json`, { force: true });
  return record;
}

function readRecord(file: string): RestoreRecord {
  try {
    const parsed = restoreRecordSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // Fall through: the restore itself happened; only who asked for it is unknown.
  }
  return { source: 'unknown', safetyCopy: 'unknown', operatorId: null, operatorName: null, requestedAt: 0 };
}
