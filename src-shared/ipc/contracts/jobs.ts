import { procedure, type ContractShape } from '../procedure';
import { jobIdInput, jobListInput, jobListOutput, jobSchema } from '../schemas/jobs';
import { ROUTER_ADMINS } from './routers';

/** The durable router job queue: see what is pending or failed (with the router's message), retry, cancel. */
export const jobProcedures = {
  'jobs.list': procedure({ input: jobListInput, output: jobListOutput, permission: ROUTER_ADMINS, kind: 'query' }),
  'jobs.retry': procedure({ input: jobIdInput, output: jobSchema, permission: ROUTER_ADMINS, kind: 'mutation' }),
  'jobs.cancel': procedure({ input: jobIdInput, output: jobSchema, permission: ROUTER_ADMINS, kind: 'mutation' }),
} satisfies ContractShape;
