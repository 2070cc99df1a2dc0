import { z } from 'zod';
import { RouterTrapError, type RouterCommandRunner } from '../client';
import { RouterReplyError } from '../items/read';

export type SessionKind = 'hotspot' | 'ppp';

const MENU: Record<SessionKind, { path: string; userField: 'user' | 'name' }> = {
  hotspot: { path: '/ip/hotspot/active', userField: 'user' },
  ppp: { path: '/ppp/active', userField: 'name' },
};

const idSchema = z.string().regex(/^\*[0-9A-F]{1,8}$/);
const hotspotRow = z
  .object({
    '.id': idSchema,
    user: z.string(),
    server: z.string().optional(),
    address: z.string().optional(),
    'mac-address': z.string().optional(),
    uptime: z.string().optional(),
    'session-time-left': z.string().optional(),
    'bytes-in': z.string().optional(),
    'bytes-out': z.string().optional(),
  })
  .catchall(z.string());
const pppRow = z
  .object({
    '.id': idSchema,
    name: z.string(),
    service: z.string().optional(),
    'caller-id': z.string().optional(),
    address: z.string().optional(),
    uptime: z.string().optional(),
  })
  .catchall(z.string());

function parseRows<T extends z.ZodType>(schema: T, rows: Record<string, string>[], menu: string): z.output<T>[] {
  return rows.map((row) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw new RouterReplyError(`${menu}/print returned a row that is not a session`);
    return parsed.data;
  });
}

export interface LiveSessions {
  hotspot: Array<{
    id: string;
    user: string;
    server: string | null;
    address: string | null;
    macAddress: string | null;
    uptime: string | null;
    sessionTimeLeft: string | null;
    bytesIn: string | null;
    bytesOut: string | null;
  }>;
  ppp: Array<{ id: string; name: string; service: string | null; callerId: string | null; address: string | null; uptime: string | null }>;
}

/** Hotspot and PPP active sessions, read in parallel on one (pipelined) connection. */
export async function readSessions(runner: RouterCommandRunner): Promise<LiveSessions> {
  const [hotspot, ppp] = await Promise.all([
    runner.command({
      command: '/ip/hotspot/active/print',
      proplist: ['.id', 'user', 'server', 'address', 'mac-address', 'uptime', 'session-time-left', 'bytes-in', 'bytes-out'],
    }),
    runner.command({ command: '/ppp/active/print', proplist: ['.id', 'name', 'service', 'caller-id', 'address', 'uptime'] }),
  ]);
  return {
    hotspot: parseRows(hotspotRow, hotspot.rows, MENU.hotspot.path).map((row) => ({
      id: row['.id'],
      user: row.user,
      server: row.server ?? null,
      address: row.address ?? null,
      macAddress: row['mac-address'] ?? null,
      uptime: row.uptime ?? null,
      sessionTimeLeft: row['session-time-left'] ?? null,
      bytesIn: row['bytes-in'] ?? null,
      bytesOut: row['bytes-out'] ?? null,
    })),
    ppp: parseRows(pppRow, ppp.rows, MENU.ppp.path).map((row) => ({
      id: row['.id'],
      name: row.name,
      service: row.service ?? null,
      callerId: row['caller-id'] ?? null,
      address: row.address ?? null,
      uptime: row.uptime ?? null,
    })),
  };
}

/** The user name of one active session, or null when the router has no such session. */
export async function sessionUser(runner: RouterCommandRunner, kind: SessionKind, id: string): Promise<string | null> {
  const { path, userField } = MENU[kind];
  const { rows } = await runner.command({ command: `${path}/print`, proplist: ['.id', userField], queries: [`?.id=${id}`] });
  const row = rows.find((candidate) => candidate['.id'] === id);
  return row?.[userField] ?? null;
}

/** Ends one session by its id (the router answers `!done`, or traps e.g. `no such item`). */
export async function kickSession(runner: RouterCommandRunner, kind: SessionKind, id: string): Promise<void> {
  await runner.command({ command: `${MENU[kind].path}/remove`, attributes: { '.id': id } });
}

/**
 * Ends every session of `user` (job queue path). Ids are read fresh each time and a session that
 * ended meanwhile (`no such item`) counts as kicked, so retries are harmless.
 */
export async function kickUser(runner: RouterCommandRunner, kind: SessionKind, user: string): Promise<number> {
  const { path, userField } = MENU[kind];
  const { rows } = await runner.command({ command: `${path}/print`, proplist: ['.id', userField], queries: [`?${userField}=${user}`] });
  let kicked = 0;
  for (const row of rows) {
    const id = row['.id'];
    if (row[userField] !== user || id === undefined || !idSchema.safeParse(id).success) continue;
    try {
      await kickSession(runner, kind, id);
      kicked += 1;
    } catch (error) {
      if (!(error instanceof RouterTrapError && error.category === 0)) throw error;
    }
  }
  return kicked;
}
