import type { ManagedMenu } from '../../../src-shared/domain/router-items';
import { isOwned } from '../items/ownership';
import { comparableRow } from '../items/script-record';
import type { ItemRow } from '../items/read';
import { changedAttributes } from '../items/values';

export interface ReconcilePlan {
  menu: ManagedMenu;
  add: Array<{ name: string; attributes: Record<string, string> }>;
  set: Array<{ id: string; name: string; attributes: Record<string, string> }>;
  remove: Array<{ id: string; name: string }>;
  /** Desired names held by an item the app does not own: reported, never touched. */
  conflicts: string[];
}

/**
 * The difference between desired items and the router's items of one menu. Pure: no I/O.
 * Only app-owned items are ever set or removed; an owned item listed twice keeps its first copy.
 */
export function planMenu(menu: ManagedMenu, desired: ReadonlyMap<string, Record<string, string>>, actual: readonly ItemRow[]): ReconcilePlan {
  const plan: ReconcilePlan = { menu, add: [], set: [], remove: [], conflicts: [] };
  const byName = new Map<string, ItemRow[]>();
  for (const row of actual) byName.set(row.name, [...(byName.get(row.name) ?? []), row]);

  for (const [name, attributes] of desired) {
    const rows = byName.get(name) ?? [];
    if (rows.length === 0) {
      plan.add.push({ name, attributes });
      continue;
    }
    if (rows.some((row) => !isOwned(menu, row))) {
      plan.conflicts.push(name);
      continue;
    }
    const [first, ...extra] = rows;
    if (!first) continue;
    for (const row of extra) plan.remove.push({ id: row['.id'], name });
    const change = changedAttributes(attributes, comparableRow(menu, first));
    if (Object.keys(change).length > 0) plan.set.push({ id: first['.id'], name, attributes: change });
  }
  for (const [name, rows] of byName) {
    if (desired.has(name)) continue;
    for (const row of rows) if (isOwned(menu, row)) plan.remove.push({ id: row['.id'], name });
  }
  return plan;
}

export function planSize(plan: ReconcilePlan): number {
  return plan.add.length + plan.set.length + plan.remove.length;
}
