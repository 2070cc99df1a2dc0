import { eq, inArray } from 'drizzle-orm';
import { loginThrottle } from '../db/schema';
import type { Db } from '../db/connection';

const MINUTE = 60_000;

/** After 5 failures 1 minute, after 10 five minutes, after 15 fifteen minutes (every further failure re-arms it). */
export function lockoutMsAfter(failures: number): number {
  if (failures >= 15) return 15 * MINUTE;
  if (failures >= 10) return 5 * MINUTE;
  if (failures >= 5) return MINUTE;
  return 0;
}

export function throttleKeys(usernameKey: string, workstationId: string): string[] {
  return [`user:${usernameKey}`, `ws:${workstationId}`];
}

/** Failed-login counters per username and per workstation, persisted so a restart does not reset them. */
export class LoginThrottle {
  constructor(private readonly db: Db) {}

  /** Milliseconds until any of the keys may try again; 0 when none is locked. */
  retryAfterMs(keys: string[], now: number): number {
    const rows = this.db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys)).all();
    return Math.max(0, ...rows.map((row) => row.lockedUntil - now));
  }

  /** Records a failure on every key; returns the resulting wait (0 when not locked yet). */
  recordFailure(keys: string[], now: number): number {
    let wait = 0;
    for (const key of keys) {
      const row = this.db.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
      const failures = (row?.failures ?? 0) + 1;
      const lockMs = lockoutMsAfter(failures);
      const lockedUntil = lockMs > 0 ? now + lockMs : 0;
      this.db
        .insert(loginThrottle)
        .values({ key, failures, lastFailureAt: now, lockedUntil })
        .onConflictDoUpdate({ target: loginThrottle.key, set: { failures, lastFailureAt: now, lockedUntil } })
        .run();
      wait = Math.max(wait, lockMs);
    }
    return wait;
  }

  reset(keys: string[]): void {
    this.db.delete(loginThrottle).where(inArray(loginThrottle.key, keys)).run();
  }
}
