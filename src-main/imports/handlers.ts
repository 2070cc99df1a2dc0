import type { Contract } from '../../src-shared/ipc/contract';
import type { Handlers } from '../core/handler-types';
import type { Services } from '../core/services';

/** `imports.preview` and `imports.apply`: see service.ts and docs/mikhmon-import.md. */
export function importHandlers(services: Services): Pick<Handlers<Contract>, 'imports.preview' | 'imports.apply'> {
  const { imports } = services;
  return {
    'imports.preview': (input, ctx) => imports.preview(input.routerId, ctx.clientId),
    'imports.apply': (input, ctx) => imports.apply(input.routerId, input.include, ctx.clientId, (summary, details) => ctx.audit(summary, details)),
  };
}
