import { newId } from '../../src-shared/domain/ids';
import type { AppAlert } from '../../src-shared/ipc/schemas/health';
import type { Condition } from './rules';

/** Closed alerts kept for the list (newest first) besides every open one. */
export const CLOSED_KEPT = 50;

export type AlertChange = { alert: AppAlert; change: 'raised' | 'cleared' | 'acknowledged' };

/**
 * The alerts list, in memory: one open alert per key (a condition that keeps holding does not raise
 * again), closed when its condition no longer holds. Conditions are re-derived from live state after
 * a restart, so nothing here needs to be stored.
 */
export class AlertStore {
  private alerts: AppAlert[] = [];

  list(): AppAlert[] {
    return [...this.alerts].sort((a, b) => Number(a.clearedAt !== null) - Number(b.clearedAt !== null) || b.raisedAt - a.raisedAt);
  }

  unacknowledged(): number {
    return this.alerts.filter((alert) => alert.clearedAt === null && alert.acknowledgedAt === null).length;
  }

  /** Opens what is new, closes what no longer holds, refreshes the text of what still does. */
  reconcile(conditions: readonly Condition[], now: number): AlertChange[] {
    const changes: AlertChange[] = [];
    const holding = new Map(conditions.map((condition) => [condition.key, condition]));
    for (const alert of this.alerts) {
      if (alert.clearedAt !== null) continue;
      const condition = holding.get(alert.key);
      if (condition) {
        alert.message = condition.message;
        holding.delete(alert.key);
      } else {
        alert.clearedAt = now;
        changes.push({ alert: { ...alert }, change: 'cleared' });
      }
    }
    for (const condition of holding.values()) {
      const alert: AppAlert = { id: newId(), ...condition, raisedAt: now, clearedAt: null, acknowledgedAt: null };
      this.alerts.push(alert);
      changes.push({ alert: { ...alert }, change: 'raised' });
    }
    this.trim();
    return changes;
  }

  /** Marks one alert (or every open one) as seen; returns what changed. Unknown id: null. */
  acknowledge(target: { id: string } | 'all', now: number): AlertChange[] | null {
    const picked = target === 'all' ? this.alerts.filter((alert) => alert.acknowledgedAt === null) : this.alerts.filter((alert) => alert.id === target.id);
    if (target !== 'all' && picked.length === 0) return null;
    return picked
      .filter((alert) => alert.acknowledgedAt === null)
      .map((alert) => {
        alert.acknowledgedAt = now;
        return { alert: { ...alert }, change: 'acknowledged' as const };
      });
  }

  private trim(): void {
    const closed = this.alerts.filter((alert) => alert.clearedAt !== null).sort((a, b) => (b.clearedAt ?? 0) - (a.clearedAt ?? 0));
    const drop = new Set(closed.slice(CLOSED_KEPT).map((alert) => alert.id));
    if (drop.size > 0) this.alerts = this.alerts.filter((alert) => !drop.has(alert.id));
  }
}
