import type { ManagedMenu } from '../../../src-shared/domain/router-items';
import type { RouterCommandRunner } from '../client';
import { isOwned, withMarker } from './ownership';
import { comparableRow } from './script-record';
import { readItems, type ItemRow } from './read';
import { changedAttributes } from './values';

/** The item exists on the router but was not created by the app: it is the operator's, hands off. */
export class NotOwnedError extends Error {
  constructor(menu: string, name: string) {
    super(`${menu} "${name}" exists on the router but was not created by this app (no mb: marker); it was left untouched`);
    this.name = 'NotOwnedError';
  }
}

export class MissingItemError extends Error {
  constructor(menu: string, name: string) {
    super(`${menu} "${name}" does not exist on the router`);
    this.name = 'MissingItemError';
  }
}

export type UpsertOutcome = 'added' | 'updated' | 'unchanged';

/**
 * Makes `name` exist with `attributes`. Always re-reads by name first, so retrying after a lost reply
 * (the add may or may not have happened) neither duplicates nor fails.
 */
export async function upsertItem(
  runner: RouterCommandRunner,
  menu: ManagedMenu,
  name: string,
  attributes: Readonly<Record<string, string>>,
): Promise<UpsertOutcome> {
  const rows = await readItems(runner, menu, name);
  const owned = ownedOrThrow(menu, name, rows);
  const [first, ...extra] = owned;
  if (!first) {
    await runner.command({ command: `${menu}/add`, attributes: { name, ...withMarker(menu, attributes) } });
    return 'added';
  }
  // Two app-owned items with one name can only come from an outside edit: keep one.
  for (const row of extra) await runner.command({ command: `${menu}/remove`, attributes: { '.id': row['.id'] } });
  const change = changedAttributes(attributes, comparableRow(menu, first));
  if (Object.keys(change).length === 0) return extra.length > 0 ? 'updated' : 'unchanged';
  const marked = withMarker(menu, attributes);
  const toWrite = Object.fromEntries(Object.keys(change).map((key) => [key, marked[key] ?? change[key]]));
  await runner.command({ command: `${menu}/set`, attributes: { '.id': first['.id'], ...toWrite } });
  return 'updated';
}

/** Removes the app's item named `name`; an item already gone is success (idempotent). */
export async function removeItem(runner: RouterCommandRunner, menu: ManagedMenu, name: string): Promise<'removed' | 'absent'> {
  const owned = ownedOrThrow(menu, name, await readItems(runner, menu, name));
  if (owned.length === 0) return 'absent';
  await runner.command({ command: `${menu}/remove`, attributes: { '.id': owned.map((row) => row['.id']).join(',') } });
  return 'removed';
}

/** Enables or disables the app's item; the item must exist (an earlier job for it creates it). */
export async function setItemDisabled(
  runner: RouterCommandRunner,
  menu: ManagedMenu,
  name: string,
  disabled: boolean,
): Promise<UpsertOutcome> {
  const [first] = ownedOrThrow(menu, name, await readItems(runner, menu, name));
  if (!first) throw new MissingItemError(menu, name);
  if ((first.disabled === 'true') === disabled) return 'unchanged';
  await runner.command({ command: `${menu}/set`, attributes: { '.id': first['.id'], disabled: disabled ? 'yes' : 'no' } });
  return 'updated';
}

function ownedOrThrow(menu: ManagedMenu, name: string, rows: ItemRow[]): ItemRow[] {
  const mine = rows.filter((row) => row.name === name);
  if (mine.some((row) => !isOwned(menu, row))) throw new NotOwnedError(menu, name);
  return mine;
}
