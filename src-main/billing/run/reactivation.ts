import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection';
import { servicePlans, subscriptions } from '../../db/schema';
import type { IsoDate } from '../../../src-shared/domain/civil-date';
import type { SubscriptionService } from '../subscriptions';
import { arrearsOf } from './arrears';
import type { RunSnapshot } from './snapshot';

/**
 * Lifts the automatic suspensions of a customer whose arrears are paid, at once (inside the caller's
 * transaction: the payment, the enabled secret and its router job commit together). Manual
 * suspensions stay. Returns the reactivated subscription ids.
 */
export function reactivatePaidUp(
  deps: { db: Db; snapshot: RunSnapshot; subscriptions: SubscriptionService },
  customerId: string,
  today: IsoDate,
  now: number,
): string[] {
  const suspended = deps.db
    .select({ id: subscriptions.id, graceDays: servicePlans.graceDays })
    .from(subscriptions)
    .innerJoin(servicePlans, eq(servicePlans.id, subscriptions.planId))
    .where(and(eq(subscriptions.customerId, customerId), eq(subscriptions.status, 'suspended'), eq(subscriptions.suspensionKind, 'automatic')))
    .all();
  if (suspended.length === 0) return [];
  const entries = deps.snapshot.entriesOfPossiblyInArrears([customerId], today).get(customerId) ?? [];
  const arrears = arrearsOf(entries, new Map(suspended.map((sub) => [sub.id, sub.graceDays])), today);
  const paidUp = suspended.filter((sub) => !arrears.has(sub.id)).map((sub) => sub.id);
  for (const id of paidUp) deps.subscriptions.reactivate(id, now);
  return paidUp;
}
