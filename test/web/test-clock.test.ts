import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MovableClock } from '../../src-main/core/clock';
import { startWebBridge, type WebBridge } from '../../src-main/web/server';
import { parseTestClockStart, TEST_CLOCK_PATH } from '../../src-main/web/test-clock';
import { waitFor } from '../routers/domain/support';
import { START_TIME, startCore, startOfficeWithStaff, type Harness } from '../support/core-harness';
import { makeTempDir } from '../support/temp-dir';

const DAY = 86_400_000;
/** Long enough that the bridge's own idle timer never runs in a test: any lock seen comes from the clock move. */
const NO_IDLE_TIMER = 3_600_000;

const open: WebBridge[] = [];
afterEach(async () => {
  while (open.length > 0) await open.pop()?.close();
});

function rendererDir(): string {
  const { dir } = makeTempDir('mb-renderer-');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
  return dir;
}

/** An office whose background (billing scheduler included) runs, behind a bridge with the clock control. */
async function startWithTestClock(): Promise<{ h: Harness; bridge: WebBridge }> {
  const h = await startOfficeWithStaff();
  h.core.startBackground();
  // Start-up catch-up bills the office's first day (10:00 in Jakarta is past the 00:15 run time).
  await waitFor(() => h.core.services.billingRuns.list(10).length === 1, 10_000, 'start-up catch-up');
  const bridge = await startWebBridge({
    core: h.core,
    rendererDir: rendererDir(),
    idleCheckMs: NO_IDLE_TIMER,
    testClock: { clock: h.clock, onMoved: () => h.core.timeChanged() },
  });
  open.push(bridge);
  return { h, bridge };
}

interface Reply {
  status: number;
  contentType: string;
  body: string;
}

function send(bridge: WebBridge, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port: bridge.port, method: options.method ?? 'GET', path: options.path ?? TEST_CLOCK_PATH, headers: options.headers ?? {} },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, contentType: String(response.headers['content-type']), body }));
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** A POST as the e2e fixture sends it: JSON, with the launch token as a bearer token. */
function move(bridge: WebBridge, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(bridge, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${bridge.token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('--test-clock start instant', () => {
  it('takes an ISO instant with its offset and refuses anything ambiguous or impossible', () => {
    expect(parseTestClockStart('2026-01-15T10:00:00+07:00')).toBe(Date.UTC(2026, 0, 15, 3));
    expect(parseTestClockStart('2026-01-15T03:00:00.250Z')).toBe(Date.UTC(2026, 0, 15, 3, 0, 0, 250));
    for (const bad of ['2026-01-15T10:00:00', '2026-01-15', '2026-02-30T00:00:00Z', 'tomorrow', '']) {
      expect(() => parseTestClockStart(bad), bad).toThrow(RangeError);
    }
  });
});

describe('movable clock', () => {
  it('runs with the system clock from its start, and moves when told', () => {
    let system = 1_000_000;
    const clock = new MovableClock(START_TIME, () => system);
    expect(clock.now()).toBe(START_TIME);
    system += 1_500;
    expect(clock.now()).toBe(START_TIME + 1_500);
    clock.advance(12 * DAY);
    expect(clock.now()).toBe(START_TIME + 1_500 + 12 * DAY);
    system += 500;
    expect(clock.now()).toBe(START_TIME + 2_000 + 12 * DAY);
    clock.set(START_TIME + 30 * DAY);
    expect(clock.now()).toBe(START_TIME + 30 * DAY);
    system += 250;
    expect(clock.now()).toBe(START_TIME + 30 * DAY + 250);
  });
});

describe('web bridge test clock control', () => {
  it('does not exist on a bridge started without a test clock', async () => {
    const h = startCore();
    const bridge = await startWebBridge({ core: h.core, rendererDir: rendererDir(), idleCheckMs: NO_IDLE_TIMER });
    open.push(bridge);
    expect((await move(bridge, { advanceMs: DAY })).status).toBe(405);
    const read = await send(bridge, { headers: { Cookie: `mb_token=${bridge.token}` } });
    expect(read.status).toBe(404);
    expect(h.clock.now()).toBe(START_TIME);
  });

  it('is guarded like the rest of the bridge and refuses bad moves without moving the clock', async () => {
    const { h, bridge } = await startWithTestClock();
    const refusals: Array<[Promise<Reply>, number]> = [
      [send(bridge, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"advanceMs":86400000}' }), 401],
      [move(bridge, { advanceMs: DAY }, { Authorization: 'Bearer wrong' }), 401],
      [send(bridge, { method: 'POST', path: `${TEST_CLOCK_PATH}?token=${bridge.token}`, headers: { 'Content-Type': 'application/json' }, body: '{"advanceMs":1}' }), 401],
      [move(bridge, { advanceMs: DAY }, { Host: `evil.example:${bridge.port}` }), 403],
      [move(bridge, { advanceMs: DAY }, { Origin: 'http://evil.example' }), 403],
      [move(bridge, { advanceMs: DAY }, { 'Content-Type': 'text/plain' }), 415],
      [move(bridge, '{"advanceMs":'), 400],
      [move(bridge, { advanceMs: -DAY }), 400],
      [move(bridge, { advanceMs: 1.5 }), 400],
      [move(bridge, { advanceMs: DAY, to: '2026-02-01T00:00:00Z' }), 400],
      [move(bridge, { to: '2026-02-01T00:00:00' }), 400],
      [move(bridge, { to: '2026-01-01T00:00:00+07:00' }), 400],
      [move(bridge, { to: 'x'.repeat(2_000) }), 413],
      [send(bridge, { method: 'PUT', headers: { Authorization: `Bearer ${bridge.token}` } }), 405],
    ];
    for (const [reply, status] of refusals) {
      const { status: got, body } = await reply;
      expect(got, body).toBe(status);
    }
    const past = JSON.parse((await move(bridge, { to: '2026-01-01T00:00:00+07:00' })).body) as { error: string };
    expect(past.error).toBe('the test clock only moves forward');
    expect(h.clock.now()).toBe(START_TIME);
    expect(h.core.services.billingRuns.list(10)).toHaveLength(1);

    const read = await send(bridge, { headers: { Cookie: `mb_token=${bridge.token}` } });
    expect(read.status).toBe(200);
    expect(read.contentType).toMatch(/^application\/json/);
    expect(JSON.parse(read.body)).toEqual({ nowMs: START_TIME, now: new Date(START_TIME).toISOString() });
  });

  it('moves the clock and answers once the core has reacted: idle desks locked, missed billing days run', async () => {
    const { h, bridge } = await startWithTestClock();
    expect((await h.call('manager', 'billing.runs.list', { limit: 10 })).ok).toBe(true);

    const reply = await move(bridge, { advanceMs: 12 * DAY });
    expect(reply.status, reply.body).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ nowMs: START_TIME + 12 * DAY });
    expect(h.clock.now()).toBe(START_TIME + 12 * DAY);
    // Already true when the reply came: every day from the 16th to the 27th ran, in order, and the
    // sessions idle for twelve days are locked (the bridge's own idle timer never ran).
    const days = h.core.services.billingRuns.list(100).map((run) => run.asOfDate).reverse();
    expect(days).toEqual(Array.from({ length: 13 }, (_, index) => `2026-01-${String(15 + index).padStart(2, '0')}`));
    const locked = await h.call('manager', 'billing.runs.list', { limit: 10 });
    expect(locked.ok ? null : locked.error.code).toBe('LOCKED');

    const to = await move(bridge, { to: '2026-02-01T09:00:00+07:00' });
    expect(to.status, to.body).toBe(200);
    expect(JSON.parse(to.body)).toEqual({ nowMs: Date.UTC(2026, 1, 1, 2), now: '2026-02-01T02:00:00.000Z' });
    expect(h.core.services.billingRuns.list(100).at(0)?.asOfDate).toBe('2026-02-01');
  });
});
