/**
 * The properties read from each menu and the zod schemas every row must pass. Router replies are
 * untrusted: the reader and the preview both validate, so a snapshot built elsewhere (a saved file,
 * a test) gets the same checks. Only `.id` and `name` are required; everything else is optional
 * and must be a string, as RouterOS values always are.
 */
import { z } from 'zod';
import type { SnapshotMenu } from './types';

export const MENU_PROPLISTS: Readonly<Record<SnapshotMenu, readonly string[]>> = {
  '/ip/hotspot/user/profile': ['.id', 'name', 'rate-limit', 'shared-users', 'session-timeout', 'address-pool', 'parent-queue', 'on-login'],
  '/ip/hotspot/user': [
    '.id',
    'name',
    'password',
    'profile',
    'server',
    'mac-address',
    'limit-uptime',
    'limit-bytes-total',
    'uptime',
    'comment',
    'disabled',
    'dynamic',
  ],
  '/system/script': ['.id', 'name', 'owner', 'source', 'comment'],
  '/ppp/profile': ['.id', 'name', 'rate-limit', 'local-address', 'remote-address', 'only-one', 'default'],
  '/ppp/secret': ['.id', 'name', 'service', 'profile', 'remote-address', 'disabled', 'comment', 'last-logged-out'],
};

/** RouterOS ids are `*` + hex; anything else would address a different item (see the RouterOS guide). */
const routerId = z.string().regex(/^\*[0-9A-Fa-f]{1,16}$/, 'is not a RouterOS id');

export const routerRowSchema = z
  .object({
    '.id': routerId,
    name: z.string().min(1, 'is empty').max(4096, 'is too long'),
  })
  .catchall(z.string());

export type ValidRow = z.infer<typeof routerRowSchema>;

/** `/system/resource` print: only the version matters here. */
export const resourceRowSchema = z.object({ version: z.string().min(1) }).catchall(z.string());

/** A short reason from a zod error, naming the offending property. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : 'row'} ${issue.message}`)
    .join('; ');
}

export type RowCheck = { ok: true; row: ValidRow } | { ok: false; rowId: string | null; name: string | null; reason: string };

/** Validates one row; on failure still recovers `.id`/`name` when they are strings, for the report. */
export function checkRow(row: unknown): RowCheck {
  const parsed = routerRowSchema.safeParse(row);
  if (parsed.success) return { ok: true, row: parsed.data };
  const record = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {};
  const id = record['.id'];
  const name = record.name;
  return {
    ok: false,
    rowId: typeof id === 'string' ? id.slice(0, 40) : null,
    name: typeof name === 'string' ? name.slice(0, 200) : null,
    reason: describeIssues(parsed.error),
  };
}
