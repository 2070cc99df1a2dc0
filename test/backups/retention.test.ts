import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupsToDelete, dayKey, monthKey, weekKey, type RetentionItem, type RetentionPolicy } from '../../src-main/backups/retention';
import { BACKUP_REASONS } from '../../src-main/backups/names';

const ZONE = 'Asia/Jakarta';
const START = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;

const itemArb = fc.record({
  createdAt: fc.integer({ min: START, max: START + 500 * DAY }),
  reason: fc.constantFrom(...BACKUP_REASONS, 'daily', 'daily'),
  // Mostly good backups, some failed ones.
  good: fc.oneof({ arbitrary: fc.constant(true), weight: 5 }, { arbitrary: fc.constant(false), weight: 1 }),
});
const itemsArb = fc
  .array(itemArb, { maxLength: 120 })
  .map((items): RetentionItem[] => items.map((item, index) => ({ ...item, id: `b${index}` })));
const policyArb: fc.Arbitrary<RetentionPolicy> = fc.record({
  daily: fc.integer({ min: 1, max: 10 }),
  weekly: fc.integer({ min: 0, max: 6 }),
  monthly: fc.integer({ min: 0, max: 14 }),
  others: fc.integer({ min: 1, max: 12 }),
});

/** The `limit` most recent distinct buckets among these items. */
function recentBuckets(items: RetentionItem[], limit: number, key: (at: number, zone: string) => string): Set<string> {
  const ordered = [...items].sort((a, b) => b.createdAt - a.createdAt).map((item) => key(item.createdAt, ZONE));
  return new Set([...new Set(ordered)].slice(0, limit));
}

describe('retention (grandfather-father-son)', () => {
  it('never deletes the newest good daily backup, keeps one per recent day/week/month, and the newest N of the rest', () => {
    fc.assert(
      fc.property(itemsArb, policyArb, (items, policy) => {
        const deleted = new Set(backupsToDelete(items, policy, ZONE));
        const kept = items.filter((item) => !deleted.has(item.id));
        const daily = items.filter((item) => item.good && item.reason === 'daily');
        const newest = [...daily].sort((a, b) => b.createdAt - a.createdAt)[0];
        if (newest) expect(kept.some((item) => item.good && item.reason === 'daily' && item.createdAt === newest.createdAt)).toBe(true);
        for (const [limit, key] of [
          [policy.daily, dayKey],
          [policy.weekly, weekKey],
          [policy.monthly, monthKey],
        ] as const) {
          for (const bucket of recentBuckets(daily, limit, key)) {
            // Every bucket within the limit keeps at least one good daily backup (the only one of it is never deleted).
            expect(kept.some((item) => item.good && item.reason === 'daily' && key(item.createdAt, ZONE) === bucket)).toBe(true);
          }
        }
        const groups = new Map<string, RetentionItem[]>();
        for (const item of items.filter((entry) => !(entry.good && entry.reason === 'daily'))) {
          const group = item.good ? item.reason : 'failed';
          groups.set(group, [...(groups.get(group) ?? []), item]);
        }
        for (const group of groups.values()) {
          const keptHere = group.filter((item) => !deleted.has(item.id));
          expect(keptHere.length).toBe(Math.min(policy.others, group.length));
          const oldestKept = Math.min(...keptHere.map((item) => item.createdAt));
          expect(group.filter((item) => deleted.has(item.id)).every((item) => item.createdAt <= oldestKept)).toBe(true);
        }
        // Good daily backups beyond what the policy names are deleted: at most one per kept bucket plus the newest.
        const keptDaily = kept.filter((item) => item.good && item.reason === 'daily');
        expect(keptDaily.length).toBeLessThanOrEqual(1 + policy.daily + policy.weekly + policy.monthly);
        expect(deleted.size + kept.length).toBe(items.length);
      }),
      { numRuns: 300, seed: 20261124 },
    );
  });

  it('keeps 7 days, 4 weeks and 12 months of a year of nightly backups', () => {
    const items: RetentionItem[] = Array.from({ length: 400 }, (_, index) => ({ id: `d${index}`, createdAt: START + index * DAY + 19 * 3_600_000, reason: 'daily', good: true }));
    const deleted = new Set(backupsToDelete(items, { daily: 7, weekly: 4, monthly: 12, others: 10 }, ZONE));
    const kept = items.filter((item) => !deleted.has(item.id));
    // 7 newest days; weeks and months overlap them partly; the oldest kept is the newest of the 12th month back.
    expect(kept.length).toBeGreaterThanOrEqual(7 + 11);
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.slice(-7).map((item) => item.id)).toEqual(items.slice(-7).map((item) => item.id));
    const last = items.at(-1)?.createdAt ?? 0;
    expect(monthKey(last, ZONE)).toBe('2026-02');
    const oldest = Math.min(...kept.map((item) => item.createdAt));
    expect(monthKey(oldest, ZONE)).toBe('2025-03');
    expect(dayKey(oldest, ZONE)).toBe('2025-03-31');
  });
});
