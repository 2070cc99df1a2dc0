import { describe, expect, it } from 'vitest';
import { onCleanup, startOfficeWithStaff } from '../support/core-harness';
import { latestYml, startFeedServer, type FeedServer } from './support/feed-server';

async function feed(): Promise<FeedServer> {
  const server = await startFeedServer();
  onCleanup(() => server.close());
  return server;
}

describe('update check against a feed (plain Node: reads latest.yml)', () => {
  it('is off by default: status says so, check now is refused, nothing is fetched', async () => {
    const server = await feed();
    const h = await startOfficeWithStaff({ appVersion: '0.1.0' });
    const status = await h.must('owner', 'updates.status', {});
    expect(status).toMatchObject({ settings: { enabled: false, feedUrl: null }, currentVersion: '0.1.0', checker: 'feed', state: 'never', availableVersion: null });
    const before = h.changes();
    expect(await h.call('owner', 'updates.check', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'updates-off' } } });
    expect(h.changes()).toBe(before);
    expect(server.requests).toEqual([]);
  });

  it('reports "update available vX" with the installer link when the feed is newer, and up to date otherwise', async () => {
    const server = await feed();
    server.serve('latest.yml', latestYml('0.2.0'));
    const h = await startOfficeWithStaff({ appVersion: '0.1.0' });
    await h.must('owner', 'updates.settings.update', { enabled: true, feedUrl: server.url });
    const available = await h.must('manager', 'updates.check', {});
    expect(available).toMatchObject({
      state: 'available',
      availableVersion: '0.2.0',
      releaseDate: '2026-11-20T08:00:00.000Z',
      downloadUrl: `${server.url}/Mikrotik-Billing-Setup-0.2.0.exe`,
      checkedAt: h.clock.now(),
      error: null,
    });
    expect(server.requests).toEqual(['/mikrotik-billing/latest.yml']);
    expect(await h.must('manager', 'updates.status', {})).toMatchObject({ state: 'available', availableVersion: '0.2.0' });

    server.serve('latest.yml', latestYml('0.1.0'));
    expect(await h.must('owner', 'updates.check', {})).toMatchObject({ state: 'up-to-date', availableVersion: null, downloadUrl: null });
    // An older feed (a rolled-back release) is not offered either.
    server.serve('latest.yml', latestYml('0.0.9'));
    expect(await h.must('owner', 'updates.check', {})).toMatchObject({ state: 'up-to-date' });
  });

  it('a feed that is down, answers 404 or serves something else is reported as failed, with the reason', async () => {
    const server = await feed();
    const h = await startOfficeWithStaff({ appVersion: '0.1.0' });
    await h.must('owner', 'updates.settings.update', { enabled: true, feedUrl: server.url });
    expect(await h.must('owner', 'updates.check', {})).toMatchObject({ state: 'failed', error: expect.stringContaining('404') });
    server.serve('latest.yml', '<html>hello</html>');
    expect(await h.must('owner', 'updates.check', {})).toMatchObject({ state: 'failed', error: expect.stringContaining('no version') });
    server.serve('latest.yml', 'version: newest\n');
    expect(await h.must('owner', 'updates.check', {})).toMatchObject({ state: 'failed', error: expect.stringContaining('not a version number') });
    await server.close();
    expect(await h.must('owner', 'updates.check', {})).toMatchObject({ state: 'failed', availableVersion: null });
  });

  it('settings: owner only, a feed is required to turn it on, bad addresses are refused and nothing is saved', async () => {
    const h = await startOfficeWithStaff();
    const before = h.changes();
    expect(await h.call('manager', 'updates.settings.update', { enabled: false, feedUrl: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.call('cashier', 'updates.status', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    for (const input of [
      { enabled: true, feedUrl: null },
      { enabled: true, feedUrl: 'ftp://127.0.0.1/feed' },
      { enabled: true, feedUrl: 'http://user:pw@127.0.0.1/feed' },
      { enabled: true, feedUrl: 'not a url' },
      { enabled: false, feedUrl: 'http://127.0.0.1/feed?x=1' },
    ]) {
      expect(await h.call('owner', 'updates.settings.update', input), JSON.stringify(input)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(h.changes()).toBe(before);
    const saved = await h.must('owner', 'updates.settings.update', { enabled: false, feedUrl: ' https://updates.example.com/mb ' });
    expect(saved.settings).toEqual({ enabled: false, feedUrl: 'https://updates.example.com/mb' });
    // Kept in the office database: a restart (or the desktop app) reads the same settings.
    const again = h.reopen();
    await again.must('owner', 'auth.login', { username: 'owner', password: 'Kopi-Susu-42' });
    expect((await again.must('owner', 'updates.status', {})).settings).toEqual({ enabled: false, feedUrl: 'https://updates.example.com/mb' });
  });

  it('with the background running: checks at start and on each interval; turned off, it stops asking', async () => {
    const server = await feed();
    server.serve('latest.yml', latestYml('1.0.0'));
    const first = await startOfficeWithStaff({ appVersion: '0.1.0' });
    await first.must('owner', 'updates.settings.update', { enabled: true, feedUrl: server.url });
    expect(server.requests).toEqual([]); // not started: no background, no request
    // A short interval stands in for "daily".
    const h = first.reopen({ updates: { intervalMs: 200 } });
    await h.must('owner', 'auth.login', { username: 'owner', password: 'Kopi-Susu-42' });
    h.core.startBackground();
    await expect.poll(() => server.requests.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(3);
    const status = await h.must('owner', 'updates.status', {});
    expect(status).toMatchObject({ state: 'available', availableVersion: '1.0.0' });
    expect(status.nextCheckAt).not.toBeNull();

    const off = await h.must('owner', 'updates.settings.update', { enabled: false, feedUrl: server.url });
    expect(off).toMatchObject({ state: 'never', nextCheckAt: null, availableVersion: null });
    const seen = server.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(server.requests.length).toBe(seen);
  });
});
