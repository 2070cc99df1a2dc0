import fs from 'node:fs';
import path from 'node:path';
import type { BackupSummary } from '../../src-shared/ipc/schemas/backups';
import { readManifest } from './manifest';
import { BACKUP_EXTENSION, parseBackupFileName } from './names';

/** Every backup this app named in a folder, newest first; a missing folder lists nothing. */
export function listFolder(folder: string): BackupSummary[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const summaries: BackupSummary[] = [];
  for (const name of names) {
    if (!name.endsWith(BACKUP_EXTENSION)) continue;
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    summaries.push(summarize(path.join(folder, name), parsed));
  }
  return summaries.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
}

function summarize(file: string, parsed: NonNullable<ReturnType<typeof parseBackupFileName>>): BackupSummary {
  const manifest = readManifest(file);
  const sizeBytes = fileSize(file);
  if (!manifest) {
    // A backup without a manifest (made by an older version, or interrupted before verifying).
    return { id: path.basename(file), reason: parsed.reason, createdAt: parsed.createdAt, sizeBytes, status: 'unverified', problem: null, appVersion: null, schemaMigrations: null, counts: null, secondCopy: null };
  }
  return {
    id: path.basename(file),
    reason: manifest.reason,
    createdAt: manifest.createdAt,
    sizeBytes,
    status: manifest.verified.ok ? 'verified' : 'failed',
    problem: manifest.verified.problem,
    appVersion: manifest.appVersion,
    schemaMigrations: manifest.schemaMigrations,
    counts: manifest.counts,
    secondCopy: manifest.secondCopy,
  };
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** Deletes a backup and its manifest; a file already gone is fine. */
export function removeBackup(folder: string, id: string): void {
  fs.rmSync(path.join(folder, id), { force: true });
  fs.rmSync(path.join(folder, id + '.json'), { force: true });
}
