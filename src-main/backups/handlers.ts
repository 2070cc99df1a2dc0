import type { Contract } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/result';
import type { HandlerContext, Handlers } from '../core/handler-types';
import type { Services } from '../core/services';

type BackupProcedure = Extract<keyof Contract, `backups.${string}`>;

/** Handlers of src-shared/ipc/contracts/backups.ts. */
export function backupHandlers(services: Services): Pick<Handlers<Contract>, BackupProcedure> {
  const { backups, transaction } = services;
  const restoreFile = async (file: string, label: string, password: string, ctx: HandlerContext) => {
    await confirmPassword(services, password, ctx);
    backups.checkRestorable(file);
    // Audited before the safety copy, so the copy of the data as it was records who replaced it.
    transaction(() => ctx.audit(`restoring ${label}`, { source: label }));
    const outcome = await backups.restore(file, {
      source: label,
      operatorId: ctx.session?.operatorId ?? null,
      operatorName: ctx.session?.username ?? null,
      requestedAt: ctx.now,
    });
    return { ...outcome, restored: label };
  };
  return {
    'backups.list': () => ({
      folder: backups.folder,
      secondFolder: backups.settings.get().secondFolder,
      lastGoodAt: backups.lastGoodAt(),
      backups: backups.list(),
    }),
    'backups.details': (input) => backups.details(input.id),
    'backups.create': async (_input, ctx) => {
      const backup = await backups.create('manual');
      transaction(() => ctx.audit(`backed up the database (${backup.status})`, { id: backup.id, status: backup.status, secondCopy: backup.secondCopy }));
      return backup;
    },
    'backups.settings.get': () => backups.settings.get(),
    'backups.settings.update': (input, ctx) =>
      transaction(() => {
        const next = backups.settings.update(stripUndefined(input), ctx.now);
        ctx.audit('changed backup settings', { fields: Object.keys(stripUndefined(input)) });
        return next;
      }),
    'backups.restore': (input, ctx) => restoreFile(backups.fileOf(input.id), input.id, input.password, ctx),
    'backups.import': (input, ctx) => restoreFile(input.path, input.path, input.password, ctx),
    'backups.export': async (input, ctx) => {
      const exported = await backups.export(input.path);
      transaction(() => ctx.audit(`exported the database to ${exported.file}`, { file: exported.file, sizeBytes: exported.sizeBytes }));
      return { file: exported.file, sizeBytes: exported.sizeBytes, counts: exported.inspection.counts };
    },
  };
}

/** Replacing the data needs the signed-in owner's password typed again (throttled like sign-in), not just an open session. */
async function confirmPassword(services: Services, password: string, ctx: HandlerContext): Promise<void> {
  if (await services.auth.confirmOwnPassword(password, ctx)) return;
  services.transaction(() => ctx.audit('restore refused: wrong password'));
  throw new AppError('CONFLICT', 'The password is wrong; nothing was restored.', { reason: 'wrong-password' });
}

function stripUndefined<T extends object>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
