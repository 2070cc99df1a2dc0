import type { Contract } from '../../src-shared/ipc/contract';
import type { Handlers } from '../core/handler-types';
import type { Services } from '../core/services';
import { listConflicts, resolveConflict } from './conflicts';
import { testConnection } from './connection-test';
import { storedSyncConfig, SyncSettingsStore } from './settings';

// sync.bootstrap has its own handler file (bootstrap-handlers.ts).
type SyncProcedure = Exclude<Extract<keyof Contract, `sync.${string}`>, 'sync.bootstrap'>;

/** Handlers of src-shared/ipc/contracts/sync.ts. */
export function syncHandlers(services: Services): Pick<Handlers<Contract>, SyncProcedure> {
  const { sync, sqlite, transaction } = services;
  // Stateless over the settings table: the same store create-core read the start-up configuration from.
  const settings = new SyncSettingsStore(services.db, services.secrets);
  return {
    'sync.status': () => sync.status(),
    'sync.settings.get': () => settings.get(),
    'sync.settings.save': async (input, ctx) => {
      const saved = transaction(() => {
        const result = settings.save(input, ctx.now);
        ctx.audit(`changed sync settings (sync ${result.settings.enabled ? 'on' : 'off'})`, { fields: result.changed });
        return result;
      });
      // Committed first: the new runner reads what was just saved.
      await sync.reconfigure(storedSyncConfig(settings, services.logger));
      return saved.settings;
    },
    'sync.test': (input) => testConnection(settings.connectionFor(input.settings), officeCode(services)),
    'sync.runNow': async (_input, ctx) => {
      const status = await sync.runNow();
      transaction(() => ctx.audit(`ran sync now (${status.state})`, { backlog: status.backlog, cursor: status.cursor, error: status.lastError?.code ?? null }));
      return status;
    },
    'sync.conflicts.list': (input) => listConflicts(sqlite, input),
    'sync.conflicts.resolve': (input, ctx) =>
      transaction(() => {
        const resolved = resolveConflict(sqlite, input, ctx.session?.username ?? null, ctx.now);
        ctx.audit(`resolved a sync conflict on ${resolved.table} (${input.resolution})`, {
          conflictId: resolved.id,
          table: resolved.table,
          rowId: resolved.rowId,
          resolution: input.resolution,
          note: input.note,
        });
        return resolved;
      }),
  };
}

function officeCode(services: Services): string | null {
  return services.office.get()?.code ?? null;
}
