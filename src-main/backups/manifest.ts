import fs from 'node:fs';
import { backupManifestSchema, type BackupManifest } from '../../src-shared/ipc/schemas/backups';
import { manifestPathFor } from './names';

/** Reads `<backup>.json`; null when missing or not a manifest this app wrote (shown as unverified). */
export function readManifest(backupFile: string): BackupManifest | null {
  try {
    const parsed = backupManifestSchema.safeParse(JSON.parse(fs.readFileSync(manifestPathFor(backupFile), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Writes the manifest via a temp file and rename, so a reader never sees half of it. */
export function writeManifest(backupFile: string, manifest: BackupManifest): void {
  const target = manifestPathFor(backupFile);
  const temp = `${target}.partial`;
  fs.writeFileSync(temp, JSON.stringify(manifest, null, 2) + '\n');
  fs.renameSync(temp, target);
}
