import type { AppAlertKind, HealthOutput } from '../../src-shared/ipc/schemas/health';

export interface AlertLimits {
  /** A router offline longer than this raises router-down. */
  routerDownMs: number;
  cpuPercent: number;
  /** Consecutive health readings above `cpuPercent` before router-cpu is raised. */
  cpuReadings: number;
  /** With daily backups scheduled, no good backup for this long raises backup-missing. */
  backupMaxAgeMs: number;
  /** Sync failing, or its backlog not shrinking, for this long raises sync-stuck. */
  syncStuckMs: number;
}

export const DEFAULT_ALERT_LIMITS: AlertLimits = {
  routerDownMs: 5 * 60_000,
  cpuPercent: 90,
  cpuReadings: 3,
  backupMaxAgeMs: 36 * 3_600_000,
  syncStuckMs: 15 * 60_000,
};

/** A condition that holds now; the store turns it into one open alert per key. */
export interface Condition {
  kind: AppAlertKind;
  key: string;
  subject: string | null;
  message: string;
  level: 'warning' | 'error';
}

/** What the rules remember between evaluations (in memory: after a restart timers start again). */
export interface RuleMemory {
  offlineSince: Map<string, number>;
  cpu: Map<string, { checkedAt: number | null; count: number }>;
  syncErrorSince: number | null;
  syncBacklog: { value: number; since: number } | null;
}

export function newRuleMemory(): RuleMemory {
  return { offlineSince: new Map(), cpu: new Map(), syncErrorSince: null, syncBacklog: null };
}

export interface RuleInput {
  health: HealthOutput;
  /** False before background services start: routers are not connected yet, so none is "down". */
  routersLive: boolean;
  /** When the office was set up (null: not yet): no backup is owed before a day and a half has passed. */
  officeCreatedAt: number | null;
}

const minutes = (ms: number): number => Math.round(ms / 60_000);

function routerDown(input: RuleInput, memory: RuleMemory, now: number, limits: AlertLimits): Condition[] {
  const out: Condition[] = [];
  const seen = new Set<string>();
  for (const row of input.health.routers.list) {
    seen.add(row.routerId);
    if (!input.routersLive || row.online) {
      memory.offlineSince.delete(row.routerId);
      continue;
    }
    const since = memory.offlineSince.get(row.routerId) ?? now;
    memory.offlineSince.set(row.routerId, since);
    if (now - since >= limits.routerDownMs) {
      out.push({
        kind: 'router-down',
        key: `router-down:${row.routerId}`,
        subject: row.name,
        message: `Router ${row.name} has been offline for ${minutes(now - since)} min${row.lastError ? ` (${row.lastError})` : ''}.`,
        level: 'error',
      });
    }
  }
  for (const id of memory.offlineSince.keys()) if (!seen.has(id)) memory.offlineSince.delete(id);
  return out;
}

function routerCpu(input: RuleInput, memory: RuleMemory, limits: AlertLimits): Condition[] {
  const out: Condition[] = [];
  for (const row of input.health.routers.list) {
    const state = memory.cpu.get(row.routerId) ?? { checkedAt: null, count: 0 };
    // Each health reading counts once, however often the rules run.
    if (row.checkedAt !== null && row.checkedAt !== state.checkedAt) {
      state.checkedAt = row.checkedAt;
      state.count = row.online && row.cpuPercent !== null && row.cpuPercent > limits.cpuPercent ? state.count + 1 : 0;
    }
    memory.cpu.set(row.routerId, state);
    if (state.count >= limits.cpuReadings) {
      out.push({
        kind: 'router-cpu',
        key: `router-cpu:${row.routerId}`,
        subject: row.name,
        message: `Router ${row.name} CPU is at ${row.cpuPercent ?? '?'}% (above ${limits.cpuPercent}% for ${state.count} readings).`,
        level: 'warning',
      });
    }
  }
  return out;
}

function backups(input: RuleInput, now: number, limits: AlertLimits): Condition[] {
  const { backups: part } = input.health;
  const out: Condition[] = [];
  if (part.lastOk === false) {
    out.push({ kind: 'backup-failed', key: 'backup-failed', subject: null, message: `The last backup failed${part.lastProblem ? `: ${part.lastProblem}` : ''}.`, level: 'error' });
  }
  // Backups are scheduled daily once the office exists; a fresh install owes none for a day and a half.
  const reference = part.lastGoodAt ?? input.officeCreatedAt;
  if (input.officeCreatedAt !== null && reference !== null && now - reference > limits.backupMaxAgeMs) {
    const text = part.lastGoodAt === null ? 'No good backup has been made yet.' : `No good backup for ${Math.round((now - part.lastGoodAt) / 3_600_000)} h.`;
    out.push({ kind: 'backup-missing', key: 'backup-missing', subject: null, message: text, level: 'error' });
  }
  return out;
}

function syncStuck(input: RuleInput, memory: RuleMemory, now: number, limits: AlertLimits): Condition[] {
  const { sync } = input.health;
  if (sync.state === 'off') {
    memory.syncErrorSince = null;
    memory.syncBacklog = null;
    return [];
  }
  memory.syncErrorSince = sync.lastError === null ? null : (memory.syncErrorSince ?? now);
  if (sync.backlog === 0) memory.syncBacklog = null;
  else if (!memory.syncBacklog || sync.backlog < memory.syncBacklog.value) memory.syncBacklog = { value: sync.backlog, since: now };
  const failing = memory.syncErrorSince !== null && now - memory.syncErrorSince >= limits.syncStuckMs;
  const stalled = memory.syncBacklog !== null && now - memory.syncBacklog.since >= limits.syncStuckMs;
  if (!failing && !stalled) return [];
  const message = failing
    ? `Sync has been failing for ${minutes(now - (memory.syncErrorSince ?? now))} min: ${sync.lastError ?? ''}`
    : `Sync backlog (${sync.backlog} changes) has not shrunk for ${minutes(now - (memory.syncBacklog?.since ?? now))} min.`;
  return [{ kind: 'sync-stuck', key: 'sync-stuck', subject: null, message, level: failing ? 'error' : 'warning' }];
}

/** Every condition that holds now. Updates `memory` (durations and reading counts). */
export function evaluateRules(input: RuleInput, memory: RuleMemory, now: number, limits: AlertLimits): Condition[] {
  return [
    ...routerDown(input, memory, now, limits),
    ...routerCpu(input, memory, limits),
    ...backups(input, now, limits),
    ...syncStuck(input, memory, now, limits),
  ];
}
