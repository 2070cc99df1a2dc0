import { procedure, type ContractShape } from '../procedure';
import { syncBootstrapInput, syncBootstrapOutput } from '../schemas/sync-bootstrap';
import { ADMINS } from './shared';

/**
 * Restore this office from the central database (issue 7): only on a fresh install, right after the
 * first-run wizard; refused with CONFLICT once the office holds any synced data.
 */
export const syncBootstrapProcedures = {
  'sync.bootstrap': procedure({ input: syncBootstrapInput, output: syncBootstrapOutput, permission: ADMINS, kind: 'mutation' }),
} satisfies ContractShape;
