import { z } from 'zod';
import { procedure, type ContractShape } from '../procedure';
import { noInput } from '../schemas/common';
import {
  createRouterInput,
  healthInput,
  healthSchema,
  kickInput,
  kickOutput,
  reconcileInput,
  reconcileOutput,
  routerIdInput,
  routerSchema,
  sessionsInput,
  sessionsOutput,
  testConnectionOutput,
  updateRouterInput,
} from '../schemas/routers';
import { done, EVERYONE } from './shared';

/** Who configures routers and acts on them: the owner, managers and the technicians who run the network. */
export const ROUTER_ADMINS = ['owner', 'manager', 'technician'] as const;

/** Router registry, health and live sessions. Outputs never carry router passwords. */
export const routerProcedures = {
  // Cashiers see routers (names, status) to sell vouchers for the right one, but cannot change them.
  'routers.list': procedure({ input: noInput, output: z.array(routerSchema), permission: EVERYONE, kind: 'query' }),
  'routers.create': procedure({ input: createRouterInput, output: routerSchema, permission: ROUTER_ADMINS, kind: 'mutation' }),
  'routers.update': procedure({ input: updateRouterInput, output: routerSchema, permission: ROUTER_ADMINS, kind: 'mutation' }),
  'routers.remove': procedure({ input: routerIdInput, output: done, permission: ROUTER_ADMINS, kind: 'mutation' }),
  'routers.testConnection': procedure({
    input: routerIdInput,
    output: testConnectionOutput,
    permission: ROUTER_ADMINS,
    kind: 'query',
  }),
  'routers.health': procedure({ input: healthInput, output: z.array(healthSchema), permission: EVERYONE, kind: 'query' }),
  'routers.sessions': procedure({ input: sessionsInput, output: sessionsOutput, permission: ROUTER_ADMINS, kind: 'query' }),
  'routers.kick': procedure({ input: kickInput, output: kickOutput, permission: ROUTER_ADMINS, kind: 'mutation' }),
  /** Makes the router's app-owned items match the desired state now (normally the job queue does it item by item). */
  'routers.reconcile': procedure({ input: reconcileInput, output: reconcileOutput, permission: ROUTER_ADMINS, kind: 'mutation' }),
} satisfies ContractShape;
