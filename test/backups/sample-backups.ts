import path from 'node:path';
import type { Harness } from '../support/core-harness';

/** One verified backup to list, inspect and restore, and where the samples export to and import from. */
export async function sampleBackups(h: Harness): Promise<{ id: string; file: string; exportPath: (tag: string) => string }> {
  const backup = await h.must('owner', 'backups.create', {});
  return {
    id: backup.id,
    file: path.join(h.dataDir, 'backups', backup.id),
    exportPath: (tag) => path.join(h.dataDir, `export-${tag}-${Math.random().toString(36).slice(2, 8)}.sqlite`),
  };
}
