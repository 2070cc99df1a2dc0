import type { ResourceSample } from './resource';

export type AlertKind = 'cpu' | 'memory' | 'unreachable';

export interface AlertThresholds {
  /** CPU load above this percentage counts as high (default 80). */
  cpuPercent: number;
  /** Free memory below this share of total counts as low (default 0.15). */
  freeMemoryShare: number;
  /** How long a high/low reading must last before the alert is raised (default 3 min). */
  sustainMs: number;
}

export const DEFAULT_THRESHOLDS: AlertThresholds = { cpuPercent: 80, freeMemoryShare: 0.15, sustainMs: 180_000 };

/** Per-router memory of when each condition started and which alerts are up. */
export interface AlertState {
  since: Partial<Record<AlertKind, number>>;
  active: Set<AlertKind>;
}

export interface AlertChange {
  kind: AlertKind;
  active: boolean;
}

export function newAlertState(): AlertState {
  return { since: {}, active: new Set() };
}

/**
 * Feeds one poll result (a sample, or null when the router could not be reached) into the state and
 * returns the alerts raised or cleared. Short spikes do not alert: a condition must hold for
 * `sustainMs`. Unreachable is raised at the first failed poll: the desk needs to know at once that
 * changes are queuing up.
 */
export function evaluate(state: AlertState, sample: ResourceSample | null, now: number, limits: AlertThresholds): AlertChange[] {
  const conditions: Record<AlertKind, boolean> = {
    unreachable: sample === null,
    cpu: sample !== null && sample.cpuLoad > limits.cpuPercent,
    memory: sample !== null && sample.totalMemory > 0 && sample.freeMemory / sample.totalMemory < limits.freeMemoryShare,
  };
  const changes: AlertChange[] = [];
  for (const kind of ['unreachable', 'cpu', 'memory'] as const) {
    if (!conditions[kind]) {
      // While unreachable we know nothing about CPU or memory: keep those as they were.
      if (sample === null && kind !== 'unreachable') continue;
      delete state.since[kind];
      if (state.active.delete(kind)) changes.push({ kind, active: false });
      continue;
    }
    const since = state.since[kind] ?? now;
    state.since[kind] = since;
    const due = kind === 'unreachable' || now - since >= limits.sustainMs;
    if (due && !state.active.has(kind)) {
      state.active.add(kind);
      changes.push({ kind, active: true });
    }
  }
  return changes;
}
