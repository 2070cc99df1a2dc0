import { describe, expect, it } from 'vitest';
import { backupLevel, dbLevel, jobLevel, routerLevel, syncLevel } from '../../src-main/health/levels';

const NOW = Date.UTC(2026, 0, 15, 3, 0, 0);
const HOUR = 3_600_000;

describe('health card levels', () => {
  it('database: a failed integrity check is a problem', () => {
    const base = { path: 'x', sizeBytes: 1, walBytes: 0 };
    expect(dbLevel({ ...base, lastIntegrityCheck: null })).toBe('ok');
    expect(dbLevel({ ...base, lastIntegrityCheck: { at: NOW, ok: false, result: 'row 3 missing', durationMs: 1 } })).toBe('error');
  });

  it('backups: failed is a problem, none younger than 36 h a warning', () => {
    const good = { lastAt: NOW - HOUR, lastOk: true, lastProblem: null, lastGoodAt: NOW - HOUR };
    expect(backupLevel(good, NOW)).toBe('ok');
    expect(backupLevel({ ...good, lastGoodAt: NOW - 37 * HOUR }, NOW)).toBe('warning');
    expect(backupLevel({ ...good, lastOk: false }, NOW)).toBe('error');
    expect(backupLevel({ lastAt: null, lastOk: null, lastProblem: null, lastGoodAt: null }, NOW)).toBe('warning');
  });

  it('routers: all offline is a problem, some offline or a hot CPU a warning', () => {
    const row = { routerId: 'a', name: 'A', online: true, state: 'online', cpuPercent: 20, memoryPercent: 30, checkedAt: NOW, lastError: null };
    expect(routerLevel({ online: 0, offline: 0, list: [] })).toBe('ok');
    expect(routerLevel({ online: 1, offline: 0, list: [row] })).toBe('ok');
    expect(routerLevel({ online: 1, offline: 0, list: [{ ...row, cpuPercent: 95 }] })).toBe('warning');
    expect(routerLevel({ online: 1, offline: 1, list: [row, { ...row, routerId: 'b', online: false }] })).toBe('warning');
    expect(routerLevel({ online: 0, offline: 1, list: [{ ...row, online: false }] })).toBe('error');
  });

  it('jobs and sync', () => {
    expect(jobLevel({ pending: 3, running: 0, failed: 0, oldestFailure: null })).toBe('ok');
    expect(jobLevel({ pending: 0, running: 0, failed: 1, oldestFailure: null })).toBe('warning');
    const sync = { state: 'idle', backlog: 0, lastPushAt: NOW, lastPullAt: NOW, lagMs: 60_000, lastError: null };
    expect(syncLevel({ ...sync, state: 'off', lagMs: null })).toBe('ok');
    expect(syncLevel(sync)).toBe('ok');
    expect(syncLevel({ ...sync, lagMs: 20 * 60_000 })).toBe('warning');
    expect(syncLevel({ ...sync, state: 'error', lastError: 'refused' })).toBe('error');
  });
});
