import { procedure, type ContractShape } from '../procedure';
import { noInput } from '../schemas/common';
import {
  alertAcknowledgeInput,
  alertsListOutput,
  diagnosticsOutput,
  healthOutput,
  integrityCheckSchema,
  metricsSettingsSchema,
  metricsStatusOutput,
} from '../schemas/health';
import { ADMINS } from './shared';

/**
 * Health page, Prometheus endpoint settings, in-app alerts and the support bundle (issue 8, "Logs,
 * health, metrics"). All of it is for managers and the owner: it shows paths, versions and every router.
 */
export const healthProcedures = {
  'health.get': procedure({ input: noInput, output: healthOutput, permission: ADMINS, kind: 'query' }),
  // Stores its result (shown on the page until the next check), so it is a mutation.
  'health.checkDb': procedure({ input: noInput, output: integrityCheckSchema, permission: ADMINS, kind: 'mutation' }),
  'health.metrics.get': procedure({ input: noInput, output: metricsStatusOutput, permission: ADMINS, kind: 'query' }),
  'health.metrics.update': procedure({ input: metricsSettingsSchema, output: metricsStatusOutput, permission: ADMINS, kind: 'mutation' }),
  'alerts.list': procedure({ input: noInput, output: alertsListOutput, permission: ADMINS, kind: 'query' }),
  'alerts.acknowledge': procedure({ input: alertAcknowledgeInput, output: alertsListOutput, permission: ADMINS, kind: 'mutation' }),
  'diagnostics.save': procedure({ input: noInput, output: diagnosticsOutput, permission: ADMINS, kind: 'mutation' }),
} satisfies ContractShape;
