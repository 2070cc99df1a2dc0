import { MigrationError } from '../db/migrate';

/** What to tell the operator when the core cannot start, the same in Electron and in the web bridge. */
export function describeStartupError(error: unknown): string {
  if (error instanceof MigrationError) {
    return `${error.message}${error.backupFile ? ` A backup was saved at ${error.backupFile}.` : ''}`;
  }
  return error instanceof Error ? error.message : String(error);
}
