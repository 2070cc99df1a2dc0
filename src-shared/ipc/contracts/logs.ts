import { procedure, type ContractShape } from '../procedure';
import { noInput } from '../schemas/common';
import { logQueryInput, logQueryOutput, logSettingsSchema } from '../schemas/logs';
import { ADMINS } from './shared';

/** The app's own log files and their level (issue 8): for managers diagnosing the office's PC. */
export const logProcedures = {
  'logs.query': procedure({ input: logQueryInput, output: logQueryOutput, permission: ADMINS, kind: 'query' }),
  'logs.settings.get': procedure({ input: noInput, output: logSettingsSchema, permission: ADMINS, kind: 'query' }),
  'logs.settings.save': procedure({ input: logSettingsSchema, output: logSettingsSchema, permission: ADMINS, kind: 'mutation' }),
} satisfies ContractShape;
