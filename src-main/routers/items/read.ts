import { z } from 'zod';
import { MANAGED_MENUS, type ManagedMenu } from '../../../src-shared/domain/router-items';
import type { RouterCommandRunner } from '../client';
import { markerField } from './ownership';

/** A router reply that does not have the shape RouterOS gives: the router (or the link) is not trusted. */
export class RouterReplyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RouterReplyError';
  }
}

const itemRowSchema = z
  .object({ '.id': z.string().regex(/^\*[0-9A-F]{1,8}$/), name: z.string().min(1) })
  .catchall(z.string());
export type ItemRow = z.infer<typeof itemRowSchema>;

export function proplist(menu: ManagedMenu): string[] {
  return [...new Set(['.id', 'name', markerField(menu), ...MANAGED_MENUS[menu]])];
}

/** Reads a managed menu's items (all, or those named `name`), asking only for the columns the app compares. */
export async function readItems(runner: RouterCommandRunner, menu: ManagedMenu, name?: string): Promise<ItemRow[]> {
  const { rows } = await runner.command({
    command: `${menu}/print`,
    proplist: proplist(menu),
    ...(name !== undefined ? { queries: [`?name=${name}`] } : {}),
  });
  return rows.map((row) => {
    const parsed = itemRowSchema.safeParse(row);
    if (!parsed.success) throw new RouterReplyError(`${menu}/print returned a row without a valid .id or name`);
    return parsed.data;
  });
}
