import http from 'node:http';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { onCleanup, startOfficeWithStaff, type Harness } from '../support/core-harness';
import { startRouterHarness, waitFor } from '../routers/domain/support';
import { SAMPLE_PLAN } from '../support/sample-inputs';
import { parseExposition, valueOf } from './parse-exposition';

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function scrape(port: number, path = '/metrics'): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}${path}`);
}

/** A raw GET with a chosen Host header (fetch does not let a caller set Host). */
function scrapeWithHost(port: number, host: string): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/metrics', headers: { host } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0 });
    });
    req.on('error', reject);
  });
}

function closeMetrics(h: Harness): void {
  onCleanup(() => h.core.services.metrics.close());
}

describe('Prometheus endpoint', () => {
  it('is off by default', async () => {
    const h = await startOfficeWithStaff();
    expect(await h.must('owner', 'health.metrics.get', {})).toEqual({ settings: { enabled: false, port: 9464 }, url: null });
  });

  it('serves /metrics on 127.0.0.1 with process, db, router, queue, sync, backup and business figures', async () => {
    const rh = await startRouterHarness();
    const h = rh.h;
    closeMetrics(h);
    await h.must('owner', 'backups.create', {});
    const plan = await h.must('owner', 'vouchers.plans.create', { ...SAMPLE_PLAN, routerId: rh.routerId, name: 'Metrics 1h', hotspotProfile: 'metrics' });
    await h.must('owner', 'vouchers.generate', { planId: plan.id, count: 4, length: 8, charset: 'upper-digits', userMode: 'same', note: 'm' });
    await h.must('owner', 'till.shifts.open', { floats: { cash: 0 } });
    await h.must('owner', 'till.sellVouchers', { items: [{ planId: plan.id, quantity: 3 }], payments: [{ method: 'cash', amountMinor: 3 * SAMPLE_PLAN.priceMinor }] });

    const port = await freePort();
    const status = await h.must('manager', 'health.metrics.update', { enabled: true, port });
    expect(status).toEqual({ settings: { enabled: true, port }, url: `http://127.0.0.1:${port}/metrics` });
    const response = await scrape(port);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const parsed = parseExposition(await response.text());
    expect(valueOf(parsed, 'mb_process_uptime_seconds')).toBeGreaterThanOrEqual(0);
    expect(valueOf(parsed, 'mb_db_size_bytes')).toBe((await h.must('owner', 'health.get', {})).db.sizeBytes);
    expect(valueOf(parsed, 'mb_routers_offline')).toBe(1);
    expect(valueOf(parsed, 'mb_router_up', { router: 'Tower' })).toBe(0);
    expect(valueOf(parsed, 'mb_router_jobs_failed')).toBe(0);
    expect(valueOf(parsed, 'mb_router_jobs', { status: 'pending' })).toBeGreaterThan(0);
    expect(valueOf(parsed, 'mb_sync_backlog')).toBeGreaterThanOrEqual(0);
    expect(valueOf(parsed, 'mb_backup_last_success_timestamp_seconds')).toBeGreaterThan(0);
    expect(valueOf(parsed, 'mb_vouchers_sold_today')).toBe(3);
    expect(valueOf(parsed, 'mb_revenue_today_minor', { method: 'cash' })).toBe(3 * SAMPLE_PLAN.priceMinor);
    expect(valueOf(parsed, 'mb_revenue_today_minor', { method: 'mobile_money' })).toBe(0);
    expect(parsed.type.get('mb_revenue_today_minor')).toBe('gauge');

    expect((await scrape(port, '/')).status).toBe(404);
    expect((await scrapeWithHost(port, 'evil.example')).status).toBe(421);
    expect((await scrapeWithHost(port, `localhost:${port}`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/metrics`, { method: 'POST' })).status).toBe(405);
  });

  it('moving the port restarts it there; turning it off stops it', async () => {
    const h = await startOfficeWithStaff();
    closeMetrics(h);
    const first = await freePort();
    await h.must('owner', 'health.metrics.update', { enabled: true, port: first });
    expect((await scrape(first)).status).toBe(200);
    const second = await freePort();
    await h.must('owner', 'health.metrics.update', { enabled: true, port: second });
    expect((await scrape(second)).status).toBe(200);
    await expect(scrape(first)).rejects.toThrow();
    const off = await h.must('owner', 'health.metrics.update', { enabled: false, port: second });
    expect(off.url).toBeNull();
    await expect(scrape(second)).rejects.toThrow();
  });

  it('a port in use is a typed CONFLICT that changes nothing', async () => {
    const h = await startOfficeWithStaff();
    closeMetrics(h);
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    onCleanup(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    const { port } = blocker.address() as net.AddressInfo;
    const before = h.changes();
    const result = await h.call('owner', 'health.metrics.update', { enabled: true, port });
    expect(result.ok ? 'OK' : result.error.code).toBe('CONFLICT');
    expect(h.changes()).toBe(before);
    expect(await h.must('owner', 'health.metrics.get', {})).toEqual({ settings: { enabled: false, port: 9464 }, url: null });
  });

  it('a stored enabled endpoint starts with the background services', async () => {
    const h = await startOfficeWithStaff();
    const port = await freePort();
    await h.must('owner', 'health.metrics.update', { enabled: true, port });
    const reopened = h.reopen();
    await expect(scrape(port)).rejects.toThrow();
    closeMetrics(reopened);
    reopened.core.startBackground();
    await waitFor(() => scrape(port).then((response) => response.status === 200, () => false), 5_000, 'metrics endpoint');
    expect(reopened.core.services.metrics.status().url).toBe(`http://127.0.0.1:${port}/metrics`);
  });

  it('refuses ports outside 1024..65535', async () => {
    const h = await startOfficeWithStaff();
    for (const port of [80, 1023, 65536]) {
      const result = await h.call('owner', 'health.metrics.update', { enabled: true, port });
      expect(result.ok ? 'OK' : result.error.code).toBe('VALIDATION');
    }
  });
});
