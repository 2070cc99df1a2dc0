import fs from 'node:fs';
import path from 'node:path';
import type { SecondCopy } from '../../src-shared/ipc/schemas/backups';

/**
 * Copies a verified backup to the second folder (USB drive, network share) via a temp name and rename.
 * A missing or unwritable folder is reported in the result, never thrown: the primary backup stands.
 * The folder is not created: a USB drive that is not plugged in must show as missing, not as a new
 * empty folder on the system disk.
 */
export function copyToSecondFolder(file: string, folder: string): SecondCopy {
  try {
    if (!fs.statSync(folder).isDirectory()) throw new Error(`${folder} is not a folder`);
    const target = path.join(folder, path.basename(file));
    const temp = `${target}.partial`;
    fs.copyFileSync(file, temp);
    fs.renameSync(temp, target);
    return { folder, ok: true, error: null };
  } catch (error) {
    return { folder, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Copies the manifest after the backup, so a manifest there always has its backup. Best effort. */
export function copyManifestToSecondFolder(manifestFile: string, folder: string): void {
  try {
    fs.copyFileSync(manifestFile, path.join(folder, path.basename(manifestFile)));
  } catch {
    // The backup copy's own result already says whether the folder works.
  }
}
