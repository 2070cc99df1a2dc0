import type { Core } from '../../src-main/core/create-core';
import type { Contract, ProcedureName } from '../../src-shared/ipc/contract';
import type { ProcedureInput, ProcedureOutput } from '../../src-shared/ipc/procedure';
import type { Result } from '../../src-shared/ipc/result';

/** The owner's desk: every crash-test call goes through the real registry, as a trusted transport would. */
export const CLIENT_ID = 'crash-owner';

export type Call = <N extends ProcedureName>(name: N, input: ProcedureInput<Contract[N]>) => Promise<Result<ProcedureOutput<Contract[N]>>>;

export function ipc(core: Core): Call {
  // The registry is typed by name at the contract level only; the result shape follows the contract.
  return (name, input) => core.registry.call({ clientId: CLIENT_ID, trusted: true }, name, { input }) as never;
}

/** Unwraps a call the test needs to succeed (setup): a failure is a test failure. */
export async function must<N extends ProcedureName>(call: Call, name: N, input: ProcedureInput<Contract[N]>): Promise<ProcedureOutput<Contract[N]>> {
  const result = await call(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.data;
}
