import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../../src-main/core/create-core';
import { startRouterHarness, waitFor } from './support';

describe('router registry', () => {
  it('stores the password only sealed and never returns or logs it', async () => {
    const { h, routerId } = await startRouterHarness({ users: { admin: 'S3cret-Router-Pass' } });
    const listed = await h.must('cashier', 'routers.list', {});
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: routerId, name: 'Tower', port: expect.any(Number), transport: 'api', officeCode: 'WJ', hotspotServer: 'all' });
    expect(JSON.stringify(listed)).not.toContain('S3cret');
    await h.must('owner', 'routers.update', { id: routerId, password: 'An0ther-Pass' });
    const raw = new Database(path.join(h.dataDir, DB_FILE_NAME), { readonly: true });
    const row = raw.prepare('SELECT password_sealed FROM routers').get() as { password_sealed: string };
    const audit = raw.prepare('SELECT group_concat(summary || coalesce(details, \'\')) AS text FROM audit_log').get() as { text: string };
    raw.close();
    expect(row.password_sealed).toMatch(/^kf1:/);
    expect(row.password_sealed).not.toContain('An0ther');
    expect(audit.text).not.toContain('An0ther-Pass');
    expect(audit.text).not.toContain('S3cret');
    expect(h.core.services.secrets.decrypt(row.password_sealed)).toBe('An0ther-Pass');
  });

  it('tests a connection: identity, version, board, uptime, or the router\'s own refusal', async () => {
    const { h, routerId } = await startRouterHarness({ version: '7.18.1', identity: 'Tower-1' });
    const ok = await h.must('technician', 'routers.testConnection', { id: routerId });
    expect(ok).toMatchObject({ ok: true, identity: 'Tower-1', version: expect.stringContaining('7.18.1') });
    await h.must('owner', 'routers.update', { id: routerId, password: 'wrong' });
    const refused = await h.must('owner', 'routers.testConnection', { id: routerId });
    expect(refused).toMatchObject({ ok: false, code: 'ROUTER_LOGIN', message: expect.stringContaining('invalid user name or password') });
  });

  it('validates host and login URL, refuses duplicate names, cashiers cannot change routers', async () => {
    const { h, routerId } = await startRouterHarness();
    const base = { name: 'X', port: 8728, username: 'admin', password: 'p' };
    for (const host of ['', 'http://x', 'a b', '1.2.3.4/24', '-bad.example']) {
      const result = await h.call('owner', 'routers.create', { ...base, host });
      expect(result.ok ? 'OK' : result.error.code, host).toBe('VALIDATION');
    }
    const badUrl = await h.call('owner', 'routers.update', { id: routerId, loginUrl: 'javascript:alert(1)' });
    expect(badUrl.ok ? 'OK' : badUrl.error.code).toBe('VALIDATION');
    const dup = await h.call('owner', 'routers.create', { ...base, name: 'Tower', host: '127.0.0.1' });
    expect(dup.ok ? 'OK' : dup.error.code).toBe('CONFLICT');
    const cashier = await h.call('cashier', 'routers.create', { ...base, host: '127.0.0.1' });
    expect(cashier.ok ? 'OK' : cashier.error.code).toBe('FORBIDDEN');
    await h.must('owner', 'routers.remove', { id: routerId });
    expect(await h.must('owner', 'routers.list', {})).toHaveLength(0);
  });

  it('keeps one session per router once background starts, broadcasting status, and closes it on close()', async () => {
    const rh = await startRouterHarness();
    rh.h.core.startBackground();
    await waitFor(() => rh.sim.connectionCount() === 1, 5000, 'one connection');
    await waitFor(() => rh.events.some((e) => e.event === 'routers.status' && (e.payload as { state: string }).state === 'online'));
    const [listed] = await rh.h.must('owner', 'routers.list', {});
    expect(listed?.status.state).toBe('online');
    rh.sim.setFaults({ refuseConnections: true, resetAfterCommands: 1 });
    await rh.h.must('owner', 'routers.update', { id: rh.routerId, name: 'Tower renamed' });
    await waitFor(() => rh.events.some((e) => e.event === 'routers.status' && (e.payload as { state: string }).state === 'offline'));
    rh.sim.setFaults({ refuseConnections: false, resetAfterCommands: null });
    await waitFor(() => rh.h.core.services.routerRuntime.connections.status(rh.routerId).state === 'online');
    rh.h.core.close();
    await waitFor(() => rh.sim.connectionCount() === 0, 5000, 'connection closed');
  });
});
