import type { Contract } from '../../src-shared/ipc/contract';
import type { Handlers } from '../core/handler-types';
import type { Services } from '../core/services';

type DiagnosticsProcedure = Extract<keyof Contract, `diagnostics.${string}`>;

/** Handlers of the diagnostics procedures in src-shared/ipc/contracts/health.ts. */
export function diagnosticsHandlers(services: Services): Pick<Handlers<Contract>, DiagnosticsProcedure> {
  const { diagnostics, transaction } = services;
  return {
    'diagnostics.save': (_input, ctx) => {
      const file = diagnostics.build();
      transaction(() => ctx.audit('saved a diagnostics bundle', { fileName: file.fileName, sizeBytes: file.sizeBytes }));
      return file;
    },
  };
}
