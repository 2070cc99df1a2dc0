import type { ManagedMenu } from '../../../src-shared/domain/router-items';

/**
 * Ownership marker: every item the app creates carries it, and the app never changes or removes an
 * item without it, so an operator's own users, secrets and profiles are safe.
 * - Menus with a `comment` (hotspot users, PPP secrets, PPP profiles): the comment starts with `mb:`;
 *   the app's own comment text (e.g. a voucher batch) follows the prefix.
 * - Hotspot user profiles have no comment on RouterOS: their `on-login` script starts with the line
 *   `# mb:` (a RouterOS script comment, so the script still runs; MikHmon's `:put` line follows it).
 */
export const OWNER_PREFIX = 'mb:';
const SCRIPT_MARKER = '# mb:\n';

export type MarkerField = 'comment' | 'on-login';

export function markerField(menu: ManagedMenu): MarkerField {
  return menu === '/ip/hotspot/user/profile' ? 'on-login' : 'comment';
}

function markerPrefix(field: MarkerField): string {
  return field === 'comment' ? OWNER_PREFIX : SCRIPT_MARKER;
}

export function isOwned(menu: ManagedMenu, row: Readonly<Record<string, string>>): boolean {
  const field = markerField(menu);
  const value = row[field] ?? '';
  return field === 'comment' ? value.startsWith(OWNER_PREFIX) : value.startsWith(SCRIPT_MARKER) || value === SCRIPT_MARKER.trimEnd();
}

/** The attributes as written to the router: the marker field always carries the marker. */
export function withMarker(menu: ManagedMenu, attributes: Readonly<Record<string, string>>): Record<string, string> {
  const field = markerField(menu);
  return { ...attributes, [field]: markerPrefix(field) + (attributes[field] ?? '') };
}

/** Reverse of `withMarker` for one row read back, so it compares with the desired attributes. */
export function withoutMarker(menu: ManagedMenu, row: Readonly<Record<string, string>>): Record<string, string> {
  const field = markerField(menu);
  const value = row[field];
  const prefix = markerPrefix(field);
  if (value === undefined || !value.startsWith(prefix)) return { ...row };
  return { ...row, [field]: value.slice(prefix.length) };
}
