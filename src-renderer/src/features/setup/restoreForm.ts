import type { ProcedureInput } from '@shared/ipc/procedure';
import type { Contract } from '@shared/ipc/contract';
import { SYNC_TLS_MODES, type SyncTlsMode } from '@shared/ipc/schemas/sync';

/** The wizard's optional "restore from the central database" fields (sync.bootstrap). */
export interface RestoreForm {
  enabled: boolean;
  host: string;
  port: string;
  database: string;
  user: string;
  password: string;
  tlsMode: SyncTlsMode;
}

export type RestoreField = Exclude<keyof RestoreForm, 'enabled' | 'tlsMode'>;
export type RestoreErrorKey = 'setupRestore.required' | 'setupRestore.portInvalid';
export type BootstrapInput = ProcedureInput<Contract['sync.bootstrap']>;

export const TLS_MODES = SYNC_TLS_MODES;

export const initialRestoreForm: RestoreForm = {
  enabled: false,
  host: '',
  port: '5432',
  database: '',
  user: '',
  password: '',
  tlsMode: 'verify-full',
};

function parsePort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text.trim())) return null;
  const port = Number(text.trim());
  return port >= 1 && port <= 65_535 ? port : null;
}

/** Only while the path is chosen; the core checks the same again (zod) and the connection itself. */
export function validateRestore(form: RestoreForm): Partial<Record<RestoreField, RestoreErrorKey>> {
  if (!form.enabled) return {};
  const errors: Partial<Record<RestoreField, RestoreErrorKey>> = {};
  for (const field of ['host', 'database', 'user'] as const) if (form[field].trim() === '') errors[field] = 'setupRestore.required';
  if (form.password === '') errors.password = 'setupRestore.required';
  if (parsePort(form.port) === null) errors.port = 'setupRestore.portInvalid';
  return errors;
}

export function toBootstrapInput(form: RestoreForm): BootstrapInput {
  return {
    host: form.host.trim(),
    port: parsePort(form.port) ?? 5432,
    database: form.database.trim(),
    user: form.user.trim(),
    password: form.password,
    tlsMode: form.tlsMode,
  };
}
