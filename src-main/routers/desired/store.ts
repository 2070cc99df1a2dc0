import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { attributesSchema, routerItemNameSchema, type JobKind, type ManagedMenu } from '../../../src-shared/domain/router-items';
import { AppError } from '../../../src-shared/ipc/result';
import type { Db } from '../../db/connection';
import { routerDesiredItems } from '../../db/schema';
import { enqueueRouterJob } from '../jobs/enqueue';
import { voucherDesiredUsers } from './voucher-users';

/** Menus without job kinds (schedulers) reach the router through reconcile only. */
const UPSERT_KIND: Partial<Record<ManagedMenu, JobKind>> = {
  '/ip/hotspot/user': 'hotspot-user.upsert',
  '/ip/hotspot/user/profile': 'hotspot-profile.upsert',
  '/ppp/secret': 'ppp-secret.upsert',
  '/ppp/profile': 'ppp-profile.upsert',
};
const REMOVE_KIND: Partial<Record<ManagedMenu, JobKind>> = {
  '/ip/hotspot/user': 'hotspot-user.remove',
  '/ip/hotspot/user/profile': 'hotspot-profile.remove',
  '/ppp/secret': 'ppp-secret.remove',
  '/ppp/profile': 'ppp-profile.remove',
};

export interface DesiredItem {
  name: string;
  attributes: Record<string, string>;
}

function checked(menu: ManagedMenu, item: DesiredItem): DesiredItem {
  const name = routerItemNameSchema.safeParse(item.name);
  const attributes = attributesSchema(menu).safeParse(item.attributes);
  if (!name.success || !attributes.success) {
    throw new AppError('VALIDATION', `Invalid desired ${menu} item.`, { name: item.name });
  }
  return { name: name.data, attributes: attributes.data };
}

/**
 * Later domains (vouchers, subscriptions) state what they want on a router here, inside their own
 * transaction. `putDesiredItems` only records it (bulk: follow with a reconcile); `setDesiredItem`
 * and `removeDesiredItem` also queue the matching job so the change reaches the router promptly.
 * Rule: the app's items on a router must be described here, because reconcile removes app-owned
 * items that are not (see docs/decisions/0005).
 */
export function putDesiredItems(db: Db, routerId: string, menu: ManagedMenu, items: DesiredItem[], now: number): void {
  for (const raw of items) writeDesired(db, routerId, menu, checked(menu, raw), now);
}

function prepareUpsert(db: Db) {
  return db
    .insert(routerDesiredItems)
    .values({
      routerId: sql.placeholder('routerId'),
      menu: sql.placeholder('menu'),
      name: sql.placeholder('name'),
      attributes: sql.placeholder('attributes'),
      updatedAt: sql.placeholder('updatedAt'),
    })
    .onConflictDoUpdate({
      target: [routerDesiredItems.routerId, routerDesiredItems.menu, routerDesiredItems.name],
      set: { attributes: sql`excluded.attributes`, updatedAt: sql`excluded.updated_at` },
    })
    .prepare();
}

/** Prepared once per handle: a billing run suspends thousands of subscribers in one go (P6). */
const upserts = new WeakMap<Db, ReturnType<typeof prepareUpsert>>();

function writeDesired(db: Db, routerId: string, menu: ManagedMenu, item: DesiredItem, now: number): void {
  let upsert = upserts.get(db);
  if (!upsert) {
    upsert = prepareUpsert(db);
    upserts.set(db, upsert);
  }
  upsert.run({ routerId, menu, name: item.name, attributes: JSON.stringify(item.attributes), updatedAt: now });
}

export function setDesiredItem(db: Db, routerId: string, menu: ManagedMenu, item: DesiredItem, now: number): void {
  // Validated once for both the desired row and its job (a billing run suspends thousands, P6).
  const checkedItem = checked(menu, item);
  writeDesired(db, routerId, menu, checkedItem, now);
  const kind = UPSERT_KIND[menu];
  if (kind) enqueueRouterJob(db, { routerId, kind, payload: checkedItem, now } as Parameters<typeof enqueueRouterJob>[1]);
}

export function removeDesiredItem(db: Db, routerId: string, menu: ManagedMenu, name: string, now: number): void {
  db.delete(routerDesiredItems)
    .where(and(eq(routerDesiredItems.routerId, routerId), eq(routerDesiredItems.menu, menu), eq(routerDesiredItems.name, name)))
    .run();
  const kind = REMOVE_KIND[menu];
  if (kind) enqueueRouterJob(db, { routerId, kind, payload: { name }, now } as Parameters<typeof enqueueRouterJob>[1]);
}

const attributesJson = z.record(z.string(), z.string());

/**
 * Desired items of one menu on one router, by name. Hotspot users also include the app's vouchers,
 * derived from their rows (voucher-users.ts); an explicit item of the same name wins.
 */
export function readDesired(db: Db, routerId: string, menu: ManagedMenu): Map<string, Record<string, string>> {
  const explicit = readExplicitDesired(db, routerId, menu);
  if (menu !== '/ip/hotspot/user') return explicit;
  const derived = voucherDesiredUsers(db, routerId);
  for (const [name, attributes] of explicit) derived.set(name, attributes);
  return derived;
}

function readExplicitDesired(db: Db, routerId: string, menu: ManagedMenu): Map<string, Record<string, string>> {
  const rows = db
    .select()
    .from(routerDesiredItems)
    .where(and(eq(routerDesiredItems.routerId, routerId), eq(routerDesiredItems.menu, menu)))
    .all();
  return new Map(rows.map((row) => [row.name, attributesJson.parse(JSON.parse(row.attributes))]));
}
