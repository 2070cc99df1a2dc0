import { createRouterInput, type RouterInfo } from '@shared/ipc/schemas/routers';
import type { CreateRouterInput, UpdateRouterInput } from '../../api/routers';

export type Transport = RouterInfo['transport'];
export const DEFAULT_PORTS: Record<Transport, number> = { api: 8728, 'api-ssl': 8729 };

export interface RouterFormValues {
  name: string;
  host: string;
  port: string;
  transport: Transport;
  anonymousDh: boolean;
  verifyCert: boolean;
  username: string;
  /** Empty when editing: the stored password stays. */
  password: string;
  hotspotServer: string;
  loginUrl: string;
}

export type RouterFormField = keyof RouterFormValues;

export function initialValues(router?: RouterInfo): RouterFormValues {
  return {
    name: router?.name ?? '',
    host: router?.host ?? '',
    port: String(router?.port ?? DEFAULT_PORTS.api),
    transport: router?.transport ?? 'api',
    anonymousDh: router?.tls.anonymousDh ?? false,
    verifyCert: router?.tls.verifyCert ?? true,
    username: router?.username ?? 'admin',
    password: '',
    hotspotServer: router?.hotspotServer ?? 'all',
    loginUrl: router?.loginUrl ?? '',
  };
}

function toCreateInput(values: RouterFormValues): Record<string, unknown> {
  const port = values.port.trim() === '' ? undefined : Number(values.port);
  return {
    name: values.name,
    host: values.host,
    ...(port === undefined ? {} : { port }),
    transport: values.transport,
    tls: { anonymousDh: values.anonymousDh, verifyCert: values.verifyCert },
    username: values.username,
    password: values.password,
    hotspotServer: values.hotspotServer.trim() === '' ? 'all' : values.hotspotServer.trim(),
    loginUrl: values.loginUrl.trim() === '' ? null : values.loginUrl.trim(),
  };
}

export type Checked =
  | { ok: true; create: CreateRouterInput; update: (id: string) => UpdateRouterInput }
  | { ok: false; invalid: ReadonlySet<RouterFormField> };

/**
 * Validated by the contract's own schema, so the form accepts exactly what main accepts. When editing,
 * an empty password means "keep the stored one" and is left out of the update.
 */
export function checkRouterForm(values: RouterFormValues, editing: boolean): Checked {
  const raw = toCreateInput(values);
  const parsed = createRouterInput.safeParse(raw);
  const invalid = new Set<RouterFormField>();
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (key === 'tls') continue;
      if (key === 'password' && editing && values.password === '') continue;
      if (typeof key === 'string' && key in values) invalid.add(key as RouterFormField);
    }
  }
  if (invalid.size > 0 || !parsed.success) {
    if (invalid.size === 0) invalid.add('name');
    return { ok: false, invalid };
  }
  const create = parsed.data;
  return {
    ok: true,
    create,
    update: (id) => {
      const { password, ...rest } = create;
      return { id, ...rest, ...(editing && values.password === '' ? {} : { password }) };
    },
  };
}
