import { procedure, type ContractShape } from '../procedure';
import { noInput } from '../schemas/common';
import { updateSettingsSchema, updateStatusOutput } from '../schemas/updates';
import { ADMINS } from './shared';

/** Where new versions come from is the owner's call: a feed serves the installers the office runs. */
export const UPDATE_OWNER = ['owner'] as const;

/** The update check (issue 8): off by default, a configurable electron-builder feed. See docs/release.md. */
export const updateProcedures = {
  'updates.status': procedure({ input: noInput, output: updateStatusOutput, permission: ADMINS, kind: 'query' }),
  'updates.check': procedure({ input: noInput, output: updateStatusOutput, permission: ADMINS, kind: 'mutation' }),
  'updates.settings.update': procedure({ input: updateSettingsSchema, output: updateStatusOutput, permission: UPDATE_OWNER, kind: 'mutation' }),
} satisfies ContractShape;
