// Health end to end: the Health page's cards (database, backups, routers with CPU and memory, jobs, sync,
// schedules), the on-demand database check, the Prometheus endpoint turned on and scraped, the
// diagnostics bundle downloaded without the router password, and a router-down alert in the bell.
import fs from 'node:fs';
import net from 'node:net';
import type { Page } from '@playwright/test';
import { startRouterSim, type RouterSim } from '../router-sim';
import { addRouter, createOffice, nav } from './desk';
import { expect, moveTestClock, test } from './fixtures';

const ROUTER_PASSWORD = 'Menara-Rahasia-9';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function card(page: Page, title: string) {
  return page.getByRole('region', { name: title, exact: true });
}

let sim: RouterSim;
test.beforeEach(async () => {
  sim = await startRouterSim({ users: { admin: ROUTER_PASSWORD } });
  sim.setResource({ 'cpu-load': '37', 'free-memory': '40', 'total-memory': '100' });
});
test.afterEach(async () => {
  await sim.close();
});

test('health cards, database check, metrics endpoint and diagnostics', async ({ page, app }) => {
  test.setTimeout(120_000);
  await createOffice(page, app.url);
  await addRouter(page, { name: 'Menara Utara', port: sim.port, password: ROUTER_PASSWORD });

  await nav(page, 'Health').click();
  await expect(page.getByRole('heading', { name: 'Health', exact: true })).toBeVisible();
  const database = card(page, 'Database');
  await expect(database).toContainText('mikrotik-billing.sqlite');
  await expect(database.getByRole('group', { name: 'Last integrity check' })).toContainText('Never');
  await expect(card(page, 'Backups')).toBeVisible();
  const routers = card(page, 'Routers');
  await expect(routers).toContainText('1 online, 0 offline');
  await expect(routers.getByRole('group', { name: 'Menara Utara' })).toContainText('CPU 37%', { timeout: 45_000 });
  await expect(routers.getByRole('group', { name: 'Menara Utara' })).toContainText('memory 60%');
  await expect(routers).toHaveAttribute('data-level', 'ok');
  await expect(card(page, 'Router jobs')).toBeVisible();
  await expect(card(page, 'Sync')).toContainText('off');
  await expect(card(page, 'Scheduled jobs').getByRole('group', { name: 'Next billing run' })).not.toContainText('Not scheduled');

  await page.getByRole('button', { name: 'Check database' }).click();
  await expect(page.getByText('Database checked: ok')).toBeVisible();
  await expect(database.getByRole('group', { name: 'Last integrity check' })).toContainText('OK (');

  const port = await freePort();
  const metrics = card(page, 'Prometheus endpoint');
  await expect(metrics.getByRole('status')).toHaveText('Off');
  await metrics.getByLabel('Serve metrics').check();
  await metrics.getByLabel('Port').fill(String(port));
  await metrics.getByRole('button', { name: 'Save' }).click();
  await expect(metrics.getByRole('status')).toHaveText(`Listening at http://127.0.0.1:${port}/metrics`);
  const scraped = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  expect(scraped).toContain('# TYPE mb_routers_online gauge');
  expect(scraped).toContain('mb_router_up{router="Menara Utara"} 1');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save diagnostics' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^diagnostics-\d{8}T\d{6}Z\.json$/);
  const text = fs.readFileSync(await download.path(), 'utf8');
  expect(text).not.toContain(ROUTER_PASSWORD);
  const bundle = JSON.parse(text) as { format: string; health: { routers: { online: number } }; settings: Record<string, unknown> };
  expect(bundle.format).toBe('mikrotik-billing-diagnostics');
  expect(bundle.health.routers.online).toBe(1);
  expect(bundle.settings['metrics.endpoint']).toEqual({ enabled: true, port });
});

test.describe('alerts', () => {
  test.use({ testClock: '2026-01-15T10:00:00+07:00', timezoneId: 'Asia/Jakarta' });

  test('a router down for minutes raises an alert in the bell; acknowledging clears the count', async ({ page, app }) => {
    test.setTimeout(120_000);
    await createOffice(page, app.url);
    await addRouter(page, { name: 'Menara Selatan', port: sim.port, password: ROUTER_PASSWORD });
    // One bell: the office's alerts, and under them the routers' alerts active now.
    const bell = page.getByRole('button', { name: /^Alerts: \d+ new/ });
    await expect(bell).toHaveAccessibleName('Alerts: 0 new');
    await expect(page.getByRole('button', { name: /^Router alerts:/ })).toHaveCount(0);

    await sim.close();
    const row = page.getByRole('grid', { name: 'Routers' }).getByRole('row').filter({ hasText: 'Menara Selatan' });
    await expect(row).not.toContainText('Online', { timeout: 20_000 });
    // The next health read (every 30 s) finds it unreachable: a router alert now, counted apart, while the
    // office's alert waits until it has been down for minutes.
    await expect(bell).toHaveAccessibleName('Alerts: 0 new, 1 on routers now', { timeout: 40_000 });
    await moveTestClock(app, { advanceMs: 6 * 60_000 });
    await expect(page.getByText(/^Alert: Router Menara Selatan has been offline for/)).toBeVisible({ timeout: 20_000 });
    await expect(bell).toHaveAccessibleName('Alerts: 1 new, 1 on routers now');

    await bell.click();
    const list = page.getByRole('dialog', { name: 'Alerts' });
    await expect(list).toContainText('Router down: Router Menara Selatan has been offline');
    await expect(list.getByRole('list', { name: 'Router alerts' }).getByRole('link')).toContainText('Menara Selatan');
    await list.getByRole('button', { name: 'Acknowledge', exact: true }).click();
    await expect(list).toContainText('seen');
    await page.keyboard.press('Escape');
    await expect(bell).toHaveAccessibleName('Alerts: 0 new, 1 on routers now');
  });
});
