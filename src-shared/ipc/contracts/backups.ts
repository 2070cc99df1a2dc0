import { procedure, type ContractShape } from '../procedure';
import { noInput } from '../schemas/common';
import {
  backupDetailsOutput,
  backupIdInput,
  backupSettingsSchema,
  backupSettingsUpdateInput,
  backupsListOutput,
  backupSummarySchema,
  exportInput,
  exportOutput,
  importInput,
  restoreInput,
  restoreOutput,
} from '../schemas/backups';
import { ADMINS } from './shared';

/** Replacing the whole database or carrying all of it away is the owner's call alone. */
export const BACKUP_OWNER = ['owner'] as const;

/** Backups and restore (issue 8). See docs/decisions/0016-backups.md. */
export const backupProcedures = {
  'backups.list': procedure({ input: noInput, output: backupsListOutput, permission: ADMINS, kind: 'query' }),
  'backups.details': procedure({ input: backupIdInput, output: backupDetailsOutput, permission: ADMINS, kind: 'query' }),
  'backups.create': procedure({ input: noInput, output: backupSummarySchema, permission: ADMINS, kind: 'mutation' }),
  'backups.settings.get': procedure({ input: noInput, output: backupSettingsSchema, permission: ADMINS, kind: 'query' }),
  'backups.settings.update': procedure({ input: backupSettingsUpdateInput, output: backupSettingsSchema, permission: ADMINS, kind: 'mutation' }),
  // Restore and import replace everything: owner only, with the owner's password typed again.
  'backups.restore': procedure({ input: restoreInput, output: restoreOutput, permission: BACKUP_OWNER, kind: 'mutation' }),
  'backups.import': procedure({ input: importInput, output: restoreOutput, permission: BACKUP_OWNER, kind: 'mutation' }),
  'backups.export': procedure({ input: exportInput, output: exportOutput, permission: BACKUP_OWNER, kind: 'mutation' }),
} satisfies ContractShape;
