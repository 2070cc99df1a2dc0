import { useCallback } from 'react';
import type { CallOptions } from '@shared/ipc/client';
import type { Contract, ProcedureName } from '@shared/ipc/contract';
import type { ProcedureInput, ProcedureOutput } from '@shared/ipc/procedure';
import { useApi } from './ApiContext';
import { toApiError, unwrap } from './errors';

export type Caller = <N extends ProcedureName>(
  name: N,
  input: ProcedureInput<Contract[N]>,
  options?: CallOptions,
) => Promise<ProcedureOutput<Contract[N]>>;

/** A typed call that resolves with the data or rejects with an ApiCallError (never anything else). */
export function useCall(): Caller {
  const client = useApi();
  return useCallback<Caller>(
    async (name, input, options) => {
      let result;
      try {
        result = await client.call(name, input, options);
      } catch (error) {
        throw toApiError(error);
      }
      return unwrap(result);
    },
    [client],
  );
}
