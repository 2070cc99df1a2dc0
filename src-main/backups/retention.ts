import { dateInZone, dayNumber } from '../../src-shared/domain/civil-date';
import type { BackupReason } from './names';

export interface RetentionPolicy {
  /** Distinct office-calendar days whose newest daily backup is kept. */
  daily: number;
  /** Distinct Monday-based weeks whose newest daily backup is kept. */
  weekly: number;
  /** Distinct calendar months whose newest daily backup is kept. */
  monthly: number;
  /** Newest N kept of each other kind (pre-migration, manual, pre-restore) and of failed backups. */
  others: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4, monthly: 12, others: 10 };

export interface RetentionItem {
  id: string;
  createdAt: number;
  reason: BackupReason;
  /** Verified good. Failed ones are kept for inspection in their own newest-N group, never count as good. */
  good: boolean;
}

type BucketKey = (createdAt: number, timeZone: string) => string;

const dayKey: BucketKey = (at, zone) => dateInZone(at, zone);
const monthKey: BucketKey = (at, zone) => dateInZone(at, zone).slice(0, 7);
const weekKey: BucketKey = (at, zone) => {
  const days = dayNumber(dateInZone(at, zone));
  // Day 0 (1970-01-01) was a Thursday: +3 makes Monday 0, so this is the week's Monday.
  return String(days - (((days + 3) % 7) + 7) % 7);
};

/** The newest item of each of the `limit` most recent buckets (items sorted newest first). */
function newestPerBucket(sorted: RetentionItem[], limit: number, key: BucketKey, timeZone: string): string[] {
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const item of sorted) {
    if (seen.size >= limit) break;
    const bucket = key(item.createdAt, timeZone);
    if (seen.has(bucket)) continue;
    seen.add(bucket);
    kept.push(item.id);
  }
  return kept;
}

const newestFirst = (a: RetentionItem, b: RetentionItem): number => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1);

/**
 * The backups to delete, grandfather-father-son: of the good daily backups keep the newest overall
 * plus the newest of each of the last `daily` days, `weekly` weeks and `monthly` months (office zone);
 * of every other group (each non-daily reason, and failed backups) keep the newest `others`.
 * Pure: the caller deletes.
 */
export function backupsToDelete(items: readonly RetentionItem[], policy: RetentionPolicy, timeZone: string): string[] {
  const keep = new Set<string>();
  const daily = items.filter((item) => item.good && item.reason === 'daily').sort(newestFirst);
  if (daily[0]) keep.add(daily[0].id);
  for (const id of newestPerBucket(daily, policy.daily, dayKey, timeZone)) keep.add(id);
  for (const id of newestPerBucket(daily, policy.weekly, weekKey, timeZone)) keep.add(id);
  for (const id of newestPerBucket(daily, policy.monthly, monthKey, timeZone)) keep.add(id);
  const groups = new Map<string, RetentionItem[]>();
  for (const item of items) {
    if (item.good && item.reason === 'daily') continue;
    const group = item.good ? item.reason : 'failed';
    groups.set(group, [...(groups.get(group) ?? []), item]);
  }
  for (const group of groups.values()) {
    for (const item of group.sort(newestFirst).slice(0, policy.others)) keep.add(item.id);
  }
  return items.filter((item) => !keep.has(item.id)).map((item) => item.id);
}

export { dayKey, weekKey, monthKey };
