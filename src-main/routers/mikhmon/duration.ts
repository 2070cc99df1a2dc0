import { fail, ok, quote, type Parsed } from './result';

/**
 * RouterOS durations: unit form (`1w2d3h4m5s`, `500ms`), clock form (`00:30:00`), the mix older
 * routers print (`2d09:29:51`), and plain seconds (`3600`, which RouterOS accepts as input and
 * MikHmon users sometimes type as a validity). Units must come in RouterOS's own order, once each,
 * so a typo such as `1h1d` is reported rather than guessed at.
 */
const UNIT_FORM = /^(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
const CLOCK_FORM = /^(?:(\d+)w)?(?:(\d+)d)?(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

function num(part: string | undefined): number {
  return part === undefined ? 0 : Number(part);
}

function checked(text: string, ms: number): Parsed<number> {
  return Number.isSafeInteger(ms) ? ok(ms) : fail(`duration ${quote(text)} is too long`);
}

/** Parses a RouterOS duration to milliseconds. */
export function parseRouterDuration(text: string): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return fail('duration is empty');
  if (/^\d+$/.test(trimmed)) return checked(text, Number(trimmed) * SECOND);
  const unit = UNIT_FORM.exec(trimmed);
  if (unit) {
    const [, w, d, h, m, s, msPart] = unit;
    return checked(text, num(w) * WEEK + num(d) * DAY + num(h) * HOUR + num(m) * MINUTE + num(s) * SECOND + num(msPart));
  }
  const clock = CLOCK_FORM.exec(trimmed);
  if (clock) {
    const [, w, d, h, m, s, fraction] = clock;
    if (num(m) > 59 || num(s) > 59) return fail(`duration ${quote(text)} has minutes or seconds above 59`);
    const ms = fraction === undefined ? 0 : Number(fraction.padEnd(3, '0'));
    return checked(text, num(w) * WEEK + num(d) * DAY + num(h) * HOUR + num(m) * MINUTE + num(s) * SECOND + ms);
  }
  return fail(`${quote(text)} is not a RouterOS duration`);
}

/**
 * Optional duration fields: empty (and RouterOS's `none`) mean "not set"; anything else must parse.
 * MikHmon writes `0` for "no time limit", which parses to 0 and is turned into `null` here too.
 */
export function parseOptionalDuration(text: string | undefined): Parsed<number | null> {
  if (text === undefined) return ok(null);
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'none') return ok(null);
  const parsed = parseRouterDuration(trimmed);
  if (!parsed.ok) return parsed;
  return ok(parsed.value === 0 ? null : parsed.value);
}
