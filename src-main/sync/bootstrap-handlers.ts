import type { Contract } from '../../src-shared/ipc/contract';
import type { Handlers } from '../core/handler-types';
import type { Services } from '../core/services';
import { bootstrapFromCentral } from './bootstrap';
import { PgCentral } from './central-client';
import { toPoolConfig } from './settings';
import { AppError } from '../../src-shared/ipc/result';

/** Handler of src-shared/ipc/contracts/sync-bootstrap.ts. */
export function syncBootstrapHandlers(services: Services): Pick<Handlers<Contract>, 'sync.bootstrap'> {
  return {
    'sync.bootstrap': async (input, ctx) => {
      // Two pullers on one db would race for the cursor, and a runner's pull moves no number sequences.
      if (services.sync.configured()) {
        throw new AppError('CONFLICT', 'Sync is switched on: restore from the central database before switching sync on (Sync page).', { reason: 'sync-on' });
      }
      const central = new PgCentral({ connection: toPoolConfig({ ...input, caCert: input.caCert ?? null }) });
      try {
        const report = await bootstrapFromCentral({
          sqlite: services.sqlite,
          central,
          now: () => services.clock.now(),
          accountNumberFormat: services.billing.settings.get().accountNumberFormat,
        });
        const tookMs = Math.max(0, services.clock.now() - ctx.now);
        services.transaction(() =>
          ctx.audit(`restored office ${report.officeCode} from the central database`, {
            host: input.host,
            database: input.database,
            user: input.user,
            restored: report.restored,
            cursor: report.pull.cursor,
            sequences: report.sequences,
            resumed: report.resumed,
          }),
        );
        return { ...report, tookMs };
      } finally {
        await central.close();
      }
    },
  };
}
