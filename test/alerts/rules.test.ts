import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_LIMITS, evaluateRules, newRuleMemory, type RuleInput } from '../../src-main/alerts/rules';
import { AlertStore } from '../../src-main/alerts/store';
import type { HealthOutput } from '../../src-shared/ipc/schemas/health';

const T0 = Date.UTC(2026, 0, 15, 3, 0, 0);
const MIN = 60_000;

type RouterRow = HealthOutput['routers']['list'][number];

function router(change: Partial<RouterRow> = {}): RouterRow {
  return { routerId: 'r1', name: 'Tower', online: true, state: 'online', cpuPercent: 10, memoryPercent: 20, checkedAt: T0, lastError: null, ...change };
}

function input(change: { routers?: RouterRow[]; backups?: Partial<HealthOutput['backups']>; sync?: Partial<HealthOutput['sync']>; live?: boolean } = {}): RuleInput {
  const health = {
    routers: { level: 'ok', online: 0, offline: 0, list: change.routers ?? [] },
    backups: { level: 'ok', lastAt: T0, lastOk: true, lastProblem: null, lastGoodAt: T0, ...change.backups },
    sync: { level: 'ok', state: 'off', backlog: 0, lastPushAt: null, lastPullAt: null, lagMs: null, lastError: null, ...change.sync },
  } as unknown as HealthOutput;
  return { health, routersLive: change.live ?? true, officeCreatedAt: T0 - 10 * MIN };
}

const kinds = (conditions: ReturnType<typeof evaluateRules>) => conditions.map((condition) => condition.key);

describe('alert rules', () => {
  it('router down only after it stays offline longer than the limit, and only while routers are live', () => {
    const memory = newRuleMemory();
    const offline = [router({ online: false, state: 'connecting', lastError: 'ECONNREFUSED' })];
    expect(kinds(evaluateRules(input({ routers: offline, live: false }), memory, T0, DEFAULT_ALERT_LIMITS))).toEqual([]);
    expect(kinds(evaluateRules(input({ routers: offline }), memory, T0, DEFAULT_ALERT_LIMITS))).toEqual([]);
    expect(kinds(evaluateRules(input({ routers: offline }), memory, T0 + 4 * MIN, DEFAULT_ALERT_LIMITS))).toEqual([]);
    const down = evaluateRules(input({ routers: offline }), memory, T0 + 5 * MIN, DEFAULT_ALERT_LIMITS);
    expect(kinds(down)).toEqual(['router-down:r1']);
    expect(down[0]?.message).toContain('ECONNREFUSED');
    // Back online: the condition is gone and the clock restarts.
    expect(kinds(evaluateRules(input({ routers: [router()] }), memory, T0 + 6 * MIN, DEFAULT_ALERT_LIMITS))).toEqual([]);
    expect(kinds(evaluateRules(input({ routers: offline }), memory, T0 + 7 * MIN, DEFAULT_ALERT_LIMITS))).toEqual([]);
  });

  it('CPU high after N consecutive readings above the threshold; a reading counts once', () => {
    const memory = newRuleMemory();
    const hot = (at: number, cpu = 95) => input({ routers: [router({ cpuPercent: cpu, checkedAt: at })] });
    expect(kinds(evaluateRules(hot(T0), memory, T0, DEFAULT_ALERT_LIMITS))).toEqual([]);
    expect(kinds(evaluateRules(hot(T0 + 30_000), memory, T0 + 30_000, DEFAULT_ALERT_LIMITS))).toEqual([]);
    // The same reading again does not count twice.
    expect(kinds(evaluateRules(hot(T0 + 30_000), memory, T0 + 40_000, DEFAULT_ALERT_LIMITS))).toEqual([]);
    expect(kinds(evaluateRules(hot(T0 + 60_000), memory, T0 + 60_000, DEFAULT_ALERT_LIMITS))).toEqual(['router-cpu:r1']);
    expect(kinds(evaluateRules(hot(T0 + 90_000, 50), memory, T0 + 90_000, DEFAULT_ALERT_LIMITS))).toEqual([]);
  });

  it('backup failed, and no good backup for more than 36 h', () => {
    const memory = newRuleMemory();
    expect(kinds(evaluateRules(input({ backups: { lastOk: false, lastProblem: 'disk full' } }), memory, T0, DEFAULT_ALERT_LIMITS))).toEqual(['backup-failed']);
    expect(kinds(evaluateRules(input(), memory, T0 + 36 * 60 * MIN, DEFAULT_ALERT_LIMITS))).toEqual([]);
    expect(kinds(evaluateRules(input(), memory, T0 + 37 * 60 * MIN, DEFAULT_ALERT_LIMITS))).toEqual(['backup-missing']);
    // A fresh office owes no backup yet; one older than 36 h without any does.
    expect(kinds(evaluateRules(input({ backups: { lastGoodAt: null, lastAt: null, lastOk: null } }), memory, T0, DEFAULT_ALERT_LIMITS))).toEqual([]);
    expect(kinds(evaluateRules(input({ backups: { lastGoodAt: null, lastAt: null, lastOk: null } }), memory, T0 + 37 * 60 * MIN, DEFAULT_ALERT_LIMITS))).toEqual(['backup-missing']);
  });

  it('sync stuck: an error that lasts, or a backlog that does not shrink', () => {
    const memory = newRuleMemory();
    const failing = input({ sync: { state: 'error', lastError: 'connection refused', backlog: 0 } });
    expect(kinds(evaluateRules(failing, memory, T0, DEFAULT_ALERT_LIMITS))).toEqual([]);
    expect(kinds(evaluateRules(failing, memory, T0 + 15 * MIN, DEFAULT_ALERT_LIMITS))).toEqual(['sync-stuck']);
    expect(kinds(evaluateRules(input({ sync: { state: 'idle', backlog: 0 } }), memory, T0 + 16 * MIN, DEFAULT_ALERT_LIMITS))).toEqual([]);

    const stalled = (backlog: number) => input({ sync: { state: 'idle', backlog } });
    const later = T0 + 20 * MIN;
    expect(kinds(evaluateRules(stalled(10), memory, later, DEFAULT_ALERT_LIMITS))).toEqual([]);
    // Shrinking restarts the clock; growing or staying does not.
    expect(kinds(evaluateRules(stalled(8), memory, later + 10 * MIN, DEFAULT_ALERT_LIMITS))).toEqual([]);
    expect(kinds(evaluateRules(stalled(9), memory, later + 20 * MIN, DEFAULT_ALERT_LIMITS))).toEqual([]);
    expect(kinds(evaluateRules(stalled(9), memory, later + 25 * MIN, DEFAULT_ALERT_LIMITS))).toEqual(['sync-stuck']);
    expect(kinds(evaluateRules(input({ sync: { state: 'off' } }), memory, later + 26 * MIN, DEFAULT_ALERT_LIMITS))).toEqual([]);
  });
});

describe('alert store', () => {
  const condition = { kind: 'backup-failed' as const, key: 'backup-failed', subject: null, message: 'failed', level: 'error' as const };

  it('keeps one open alert per condition and closes it when the condition clears', () => {
    const store = new AlertStore();
    const raised = store.reconcile([condition], T0);
    expect(raised.map((change) => change.change)).toEqual(['raised']);
    expect(store.reconcile([{ ...condition, message: 'failed again' }], T0 + 1)).toEqual([]);
    expect(store.list()).toHaveLength(1);
    expect(store.list()[0]?.message).toBe('failed again');
    const cleared = store.reconcile([], T0 + 2);
    expect(cleared).toMatchObject([{ change: 'cleared', alert: { key: 'backup-failed', clearedAt: T0 + 2 } }]);
    // The condition holding again opens a new alert.
    const again = store.reconcile([condition], T0 + 3);
    expect(again[0]?.alert.id).not.toBe(raised[0]?.alert.id);
    expect(store.list().map((alert) => alert.clearedAt)).toEqual([null, T0 + 2]);
  });

  it('acknowledges one or all; an unknown id is null', () => {
    const store = new AlertStore();
    const [first] = store.reconcile([condition, { ...condition, key: 'sync-stuck', kind: 'sync-stuck' }], T0);
    expect(store.unacknowledged()).toBe(2);
    expect(store.acknowledge({ id: first?.alert.id ?? '' }, T0 + 1)).toHaveLength(1);
    expect(store.unacknowledged()).toBe(1);
    expect(store.acknowledge({ id: 'nope' }, T0 + 2)).toBeNull();
    expect(store.acknowledge('all', T0 + 3)).toHaveLength(1);
    expect(store.unacknowledged()).toBe(0);
  });
});
