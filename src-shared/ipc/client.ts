import type { CallEnvelope } from './procedure';
import type { Contract, ProcedureName } from './contract';
import type { EventName, EventPayload } from './events';
import type { Result } from './result';
import type { ProcedureInput, ProcedureOutput } from './procedure';

/**
 * What a transport gives the renderer: exactly what the Electron preload exposes through
 * contextBridge, and what the web bridge's WebSocket client provides in a browser.
 */
export interface Bridge {
  invoke(name: string, envelope: CallEnvelope): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

export interface CallOptions {
  approvalToken?: string;
}

export type ApiClient = {
  call<N extends ProcedureName>(
    name: N,
    input: ProcedureInput<Contract[N]>,
    options?: CallOptions,
  ): Promise<Result<ProcedureOutput<Contract[N]>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** A typed client over any bridge. Outputs were validated by the main process before they left it. */
export function createApiClient(bridge: Bridge): ApiClient {
  return {
    async call(name, input, options) {
      const envelope: CallEnvelope = { input };
      if (options?.approvalToken) envelope.approvalToken = options.approvalToken;
      return (await bridge.invoke(name, envelope)) as Result<never>;
    },
    on(event, listener) {
      return bridge.on(event, (payload) => listener(payload as never));
    },
  };
}
