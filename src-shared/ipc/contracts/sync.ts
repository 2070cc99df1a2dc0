import { procedure, type ContractShape } from '../procedure';
import { noInput } from '../schemas/common';
import { syncStatusOutput } from '../schemas/sync';

/** Multi-office sync (issue 7). Read-only for now: the status of the background runner. */
export const syncProcedures = {
  'sync.status': procedure({ input: noInput, output: syncStatusOutput, permission: ['owner', 'manager'], kind: 'query' }),
} satisfies ContractShape;
