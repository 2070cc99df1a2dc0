import type { ManagedMenu } from '../../../src-shared/domain/router-items';
import { withoutMarker } from './ownership';

/**
 * The app's on-login script (src-main/vouchers/expiry/scripts.ts) appends a usage record to a
 * hotspot user's comment at first login: `mb:b-<batch>;fl=<first login>;ex=<expiry>` (router-local
 * seconds since 1970, see docs/decisions/0009). The record is the router's to write: comparing
 * desired and actual comments ignores it, so reconcile and jobs never erase it.
 */
export const FIRST_LOGIN_MARK = ';fl=';
export const EXPIRES_MARK = ';ex=';

const USER_MENU: ManagedMenu = '/ip/hotspot/user';

export function withoutUsageRecord(comment: string): string {
  const at = comment.indexOf(FIRST_LOGIN_MARK);
  return at < 0 ? comment : comment.slice(0, at);
}

/** A row read back, without marker and (hotspot users) without the usage record: what desired attributes compare to. */
export function comparableRow(menu: ManagedMenu, row: Readonly<Record<string, string>>): Record<string, string> {
  const plain = withoutMarker(menu, row);
  if (menu !== USER_MENU || plain.comment === undefined) return plain;
  return { ...plain, comment: withoutUsageRecord(plain.comment) };
}

export interface UsageRecord {
  /** router-local seconds since 1970 */
  firstLogin: number;
  expires: number | null;
}

/** The record in a hotspot user's comment, or null when there is none (never logged in) or it is malformed. */
export function parseUsageRecord(comment: string): UsageRecord | null {
  const match = /;fl=(\d{1,12})(?:;ex=(\d{1,12}))?$/.exec(comment);
  if (!match) return null;
  return { firstLogin: Number(match[1]), expires: match[2] === undefined ? null : Number(match[2]) };
}
