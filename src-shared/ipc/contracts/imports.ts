import { procedure, type ContractShape } from '../procedure';
import { importApplyInput, importApplyOutput, importPreviewInput, importPreviewOutput } from '../schemas/imports';
import { ROUTER_ADMINS } from './routers';

/**
 * Import from a router that MikHmon (or an operator by hand) set up: profiles, vouchers, sales history,
 * PPP profiles and secrets. Preview reads the router and changes nothing; apply reads it again and writes
 * only what is not in the db yet, in one transaction, with one audit entry. Progress: `imports.progress`.
 */
export const importProcedures = {
  'imports.preview': procedure({ input: importPreviewInput, output: importPreviewOutput, permission: ROUTER_ADMINS, kind: 'query' }),
  'imports.apply': procedure({ input: importApplyInput, output: importApplyOutput, permission: ROUTER_ADMINS, kind: 'mutation' }),
} satisfies ContractShape;
