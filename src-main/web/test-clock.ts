import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { AdjustableClock } from '../core/clock';
import { bearerToken, cookieToken, hostAllowed, originAllowed, SECURITY_HEADERS, tokensMatch } from './security';

/**
 * The test clock control: only served by a bridge started with `--test-clock` (npm run web, e2e), never
 * by Electron, which has no such flag. GET reads the clock; POST `{ "advanceMs": n }` or
 * `{ "to": "<ISO instant with offset>" }` moves it forward and answers once the core has reacted
 * (idle sessions locked, billing days now owed run), so a test can look at the result at once.
 */
export const TEST_CLOCK_PATH = '/__test/clock';

const MAX_BODY_BYTES = 1024;
/** Ten years: far beyond the 366 days catch-up covers, small enough to stay an exact integer. */
const MAX_ADVANCE_MS = 10 * 366 * 86_400_000;

export interface TestClockControl {
  clock: AdjustableClock;
  /** Runs after every move, before the reply: the core's `timeChanged`. */
  onMoved(): Promise<void>;
}

interface Guard {
  token: string;
  port: number;
}

const isoInstant = z.iso.datetime({ offset: true });
const moveSchema = z.union([
  z.object({ advanceMs: z.number().int().min(0).max(MAX_ADVANCE_MS) }).strict(),
  z.object({ to: isoInstant }).strict(),
]);

/** The `--test-clock` start: an ISO instant with seconds and an offset or Z; a local time would be ambiguous. */
export function parseTestClockStart(text: string): number {
  if (!isoInstant.safeParse(text).success) {
    throw new RangeError(`--test-clock needs an ISO instant with its offset, e.g. 2026-01-15T10:00:00+07:00; got ${JSON.stringify(text)}`);
  }
  return Date.parse(text);
}

export function isTestClockRequest(request: IncomingMessage): boolean {
  return new URL(request.url ?? '/', 'http://127.0.0.1').pathname === TEST_CLOCK_PATH;
}

/** Same guards as the rest of the bridge (loopback Host, own Origin, the launch token), then read or move. */
export async function serveTestClock(request: IncomingMessage, response: ServerResponse, control: TestClockControl, guard: Guard): Promise<void> {
  const reply = (status: number, body: Record<string, unknown>): void => {
    response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(body));
  };
  if (!hostAllowed(request, guard.port) || !originAllowed(request, guard.port)) return reply(403, { error: 'forbidden host or origin' });
  if (!tokensMatch(guard.token, cookieToken(request)) && !tokensMatch(guard.token, bearerToken(request))) {
    return reply(401, { error: 'missing or wrong token' });
  }
  if (request.method === 'GET') return reply(200, clockState(control.clock));
  if (request.method !== 'POST') return reply(405, { error: 'use GET or POST' });
  // JSON only: an HTML form on another page cannot send it, even if it had the cookie.
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) return reply(415, { error: 'send application/json' });
  const outcome = await moveClock(request, control);
  reply(outcome.status, outcome.body);
}

async function moveClock(request: IncomingMessage, control: TestClockControl): Promise<{ status: number; body: Record<string, unknown> }> {
  const text = await readBody(request);
  if (text === null) return { status: 413, body: { error: `body over ${MAX_BODY_BYTES} bytes` } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { status: 400, body: { error: 'body is not JSON' } };
  }
  const parsed = moveSchema.safeParse(json);
  if (!parsed.success) {
    return { status: 400, body: { error: `send {"advanceMs": 0..${MAX_ADVANCE_MS}} or {"to": "<ISO instant with offset>"}` } };
  }
  const move = parsed.data;
  // Forward only: router jobs, sessions and billing runs already stamped at a later instant would
  // otherwise wait or run out of order, which is not what a test of "time passes" means.
  if ('to' in move) {
    const target = Date.parse(move.to);
    if (target < control.clock.now()) return { status: 400, body: { error: 'the test clock only moves forward', ...clockState(control.clock) } };
    control.clock.set(target);
  } else {
    control.clock.advance(move.advanceMs);
  }
  try {
    await control.onMoved();
  } catch (error) {
    return { status: 500, body: { error: error instanceof Error ? error.message : String(error), ...clockState(control.clock) } };
  }
  return { status: 200, body: clockState(control.clock) };
}

function clockState(clock: AdjustableClock): { nowMs: number; now: string } {
  const nowMs = clock.now();
  return { nowMs, now: new Date(nowMs).toISOString() };
}

/** The body as text, or null when it is over the limit (the rest is not read). */
function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
