import path from 'node:path';

/** Why a backup was made. Daily ones follow grandfather-father-son retention; the others keep their newest N. */
export const BACKUP_REASONS = ['daily', 'pre-migration', 'manual', 'pre-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_EXTENSION = '.sqlite';
export const MANIFEST_EXTENSION = '.json';
/** Written by the backup API, renamed to its final name only once complete: never listed half-written. */
export const PARTIAL_EXTENSION = '.partial';

const NAME_PATTERN = /^backup-(daily|pre-migration|manual|pre-restore)-(\d{8})T(\d{6})(\d{3})Z(?:-(\d+))?\.sqlite$/;

/** `backup-<reason>-<UTC stamp>.sqlite`: sorts by time, readable in a file manager, unique per millisecond. */
export function backupFileName(reason: BackupReason, createdAt: number, suffix = 0): string {
  const iso = new Date(createdAt).toISOString(); // 2026-01-15T03:00:00.000Z
  const stamp = iso.replace(/[-:]/g, '').replace('.', '');
  return `backup-${reason}-${stamp}${suffix > 0 ? `-${suffix}` : ''}${BACKUP_EXTENSION}`;
}

/** The reason and time encoded in a backup's name; null for files this app did not name. */
export function parseBackupFileName(name: string): { reason: BackupReason; createdAt: number } | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, reason, day = '', time = '', millis = ''] = match;
  const createdAt = Date.UTC(
    Number(day.slice(0, 4)),
    Number(day.slice(4, 6)) - 1,
    Number(day.slice(6, 8)),
    Number(time.slice(0, 2)),
    Number(time.slice(2, 4)),
    Number(time.slice(4, 6)),
    Number(millis),
  );
  return { reason: reason as BackupReason, createdAt };
}

/** The manifest lives next to its backup: `<file>.json`. */
export function manifestPathFor(backupFile: string): string {
  return backupFile + MANIFEST_EXTENSION;
}

/** A backup's id is its file name: stable across the primary and the second folder. */
export function backupIdOf(file: string): string {
  return path.basename(file);
}
