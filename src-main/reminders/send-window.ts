import { dateInZone } from '../../src-shared/domain/civil-date';
import { instantAt } from '../../src-shared/domain/zoned-time';

/**
 * Whether `now` falls in the office-local window [from, until). A window that ends before it starts
 * runs over midnight (20:00–06:00); equal ends mean any time. DST is handled by `instantAt`.
 */
export function withinSendWindow(now: number, timeZone: string, from: string, until: string): boolean {
  if (from === until) return true;
  const today = dateInZone(now, timeZone);
  const start = instantAt(today, from, timeZone);
  const end = instantAt(today, until, timeZone);
  return from < until ? now >= start && now < end : now >= start || now < end;
}
