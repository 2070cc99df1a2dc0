import { procedure, type ContractShape } from '../procedure';
import { noInput } from '../schemas/common';
import {
  syncConflictResolveInput,
  syncConflictSchema,
  syncConflictsListInput,
  syncConflictsListOutput,
  syncSettingsSaveInput,
  syncSettingsSchema,
  syncStatusOutput,
  syncTestInput,
  syncTestOutput,
} from '../schemas/sync';
import { ADMINS } from './shared';

/**
 * Multi-office sync (issue 7): the runner's status, the office's connection to its central database
 * (the password goes in, never out), a connection test, a round on demand and the conflicts page.
 * Owners and managers only: the desk staff never see another office's rows side by side.
 */
export const syncProcedures = {
  'sync.status': procedure({ input: noInput, output: syncStatusOutput, permission: ADMINS, kind: 'query' }),
  'sync.settings.get': procedure({ input: noInput, output: syncSettingsSchema, permission: ADMINS, kind: 'query' }),
  'sync.settings.save': procedure({ input: syncSettingsSaveInput, output: syncSettingsSchema, permission: ADMINS, kind: 'mutation' }),
  /** Connects and makes the cheapest real call (an empty push); changes nothing here or centrally. */
  'sync.test': procedure({ input: syncTestInput, output: syncTestOutput, permission: ADMINS, kind: 'query' }),
  /** One push + pull round now; the answer is the status after it (a failed round is a status, not an error; sync off: `off`). */
  'sync.runNow': procedure({ input: noInput, output: syncStatusOutput, permission: ADMINS, kind: 'mutation' }),
  'sync.conflicts.list': procedure({ input: syncConflictsListInput, output: syncConflictsListOutput, permission: ADMINS, kind: 'query' }),
  'sync.conflicts.resolve': procedure({ input: syncConflictResolveInput, output: syncConflictSchema, permission: ADMINS, kind: 'mutation' }),
} satisfies ContractShape;
