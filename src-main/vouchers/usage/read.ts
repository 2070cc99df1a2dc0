import { z } from 'zod';
import type { RouterCommandRunner } from '../../routers/client';
import { RouterReplyError } from '../../routers/items/read';
import { gmtOffsetSeconds, localSecondsToUtcMs, routerLocalSeconds, RouterTimeError } from '../expiry/router-time';

/** One hotspot user as the usage refresh needs it (counters change only at logout on RouterOS). */
export interface RouterUsageRow {
  name: string;
  comment: string;
  uptime: string;
  bytesIn: number;
  bytesOut: number;
  disabled: boolean;
}

export interface RouterUsageSnapshot {
  /** the router's clock as UTC epoch ms */
  routerNowMs: number;
  /** GMT offset of the router's clock in seconds (router-local = UTC + offset) */
  offsetSeconds: number;
  users: Map<string, RouterUsageRow>;
}

const USER_PROPS = ['name', 'comment', 'uptime', 'bytes-in', 'bytes-out', 'disabled'];
const count = z.string().regex(/^\d{1,15}$/).transform(Number);
const userRow = z.object({
  name: z.string().min(1),
  comment: z.string().default(''),
  uptime: z.string().default('0s'),
  'bytes-in': count.default(0),
  'bytes-out': count.default(0),
  disabled: z.enum(['true', 'false']).default('false'),
});
const clockRow = z.object({ date: z.string(), time: z.string(), 'gmt-offset': z.string().default('+00:00') });

/**
 * Two prints with .proplist: the router's clock (with its GMT offset, so router wall-clock times
 * become UTC) and every hotspot user. A reply of the wrong shape is a RouterReplyError: nothing is
 * written from a half-understood router.
 */
export async function readRouterUsage(runner: RouterCommandRunner): Promise<RouterUsageSnapshot> {
  const clock = await runner.command({ command: '/system/clock/print', proplist: ['date', 'time', 'gmt-offset'] });
  const parsedClock = clockRow.safeParse(clock.rows[0]);
  if (!parsedClock.success) throw new RouterReplyError('/system/clock/print returned no date and time');
  let routerNowMs: number;
  let offsetSeconds: number;
  try {
    offsetSeconds = gmtOffsetSeconds(parsedClock.data['gmt-offset']);
    routerNowMs = localSecondsToUtcMs(routerLocalSeconds(parsedClock.data.date, parsedClock.data.time), offsetSeconds);
  } catch (error) {
    if (error instanceof RouterTimeError) throw new RouterReplyError(error.message);
    throw error;
  }
  const { rows } = await runner.command({ command: '/ip/hotspot/user/print', proplist: USER_PROPS });
  const users = new Map<string, RouterUsageRow>();
  for (const raw of rows) {
    const parsed = userRow.safeParse(raw);
    if (!parsed.success) throw new RouterReplyError('/ip/hotspot/user/print returned a row without a name or with bad counters');
    const u = parsed.data;
    users.set(u.name, { name: u.name, comment: u.comment, uptime: u.uptime, bytesIn: u['bytes-in'], bytesOut: u['bytes-out'], disabled: u.disabled === 'true' });
  }
  return { routerNowMs, offsetSeconds, users };
}
