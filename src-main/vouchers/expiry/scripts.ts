import { EXPIRES_MARK, FIRST_LOGIN_MARK } from '../../routers/items/script-record';

/**
 * Router-side voucher expiry (docs/decisions/0009): the text of a plan's hotspot profile on-login
 * script and of its scheduler. One text for every RouterOS version: the date format is detected at
 * run time (`jan/15/2026` before 7.10, `2026-01-15` from 7.10), so a router upgraded across 7.10
 * keeps expiring. Dates become router-local seconds since 1970 with the days-from-civil formula
 * (March-based year: no month table, leap days fall out of the year/4 - year/100 + year/400 terms).
 *
 * The scripts stay inside the subset the simulator interprets (test/router-sim/script/): every
 * mix of operators is parenthesised (RouterOS precedence is not documented well enough), and
 * two-digit fields are read as `1` + digits - 100 so `:tonum` never sees a leading zero.
 */
export interface ExpiryPlan {
  id: string;
  hotspotProfile: string;
  validityMs: number | null;
  expiryMode: 'remove' | 'disable' | 'none';
}

/** How often the scheduler scans the plan's users: an expired voucher lasts at most this much longer. */
export const SCHEDULER_INTERVAL = '2m';

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

/** `[:tonum ("1".[:pick $v a b])]-100`: a two-digit field without the leading-zero question */
const twoDigits = (v: string, from: number): string => `([:tonum ("1".[:pick $${v} ${from} ${from + 2}])]-100)`;

/** Sets `$now` to the router's local time in seconds since 1970, for either date format. */
const NOW_LINES = [
  ':local d [/system clock get date]',
  ':local t [/system clock get time]',
  ':local y 0',
  ':local m 0',
  ':local dd 0',
  ':if ([:pick $d 4 5]="-") do={',
  `  :set y [:tonum [:pick $d 0 4]]`,
  `  :set m ${twoDigits('d', 5)}`,
  `  :set dd ${twoDigits('d', 8)}`,
  '} else={',
  `  :set y [:tonum [:pick $d 7 11]]`,
  `  :set m (([:find "${MONTHS}" [:pick $d 0 3]]/3)+1)`,
  `  :set dd ${twoDigits('d', 4)}`,
  '}',
  ':if ($m<3) do={ :set y ($y-1) }',
  ':local days ((365*$y)+($y/4)-($y/100)+($y/400)+(((153*(($m+9)%12))+2)/5)+$dd-719469)',
  `:local now (($days*86400)+(${twoDigits('t', 0)}*3600)+(${twoDigits('t', 3)}*60)+${twoDigits('t', 6)})`,
];

export function expiryApplies(plan: ExpiryPlan): boolean {
  return plan.expiryMode !== 'none' && plan.validityMs !== null && plan.validityMs > 0;
}

/** RouterOS string literal: `\`, `"`, `$` and `?` are special inside quotes. */
export function routerString(text: string): string {
  return `"${text.replace(/[\\"$?]/g, (c) => `\\${c}`)}"`;
}

/**
 * The profile's on-login body (after the `# mb:plan <id>` marker line): at the first login only,
 * append `;fl=<now>` and, when the plan expires, `;ex=<now + validity>` to the user's comment. The
 * batch comment before it (with the app's `mb:` marker) stays as it was.
 */
export function onLoginBody(plan: ExpiryPlan): string {
  const validity = Math.round((plan.validityMs ?? 0) / 1000);
  const record = expiryApplies(plan) ? `($c.${routerString(FIRST_LOGIN_MARK)}.$now.${routerString(EXPIRES_MARK)}.($now+${validity}))` : `($c.${routerString(FIRST_LOGIN_MARK)}.$now)`;
  return [
    ':local u [/ip hotspot user find where name=$user]',
    ':local c [/ip hotspot user get $u comment]',
    `:if (!($c~${routerString(FIRST_LOGIN_MARK)})) do={`,
    ...NOW_LINES.map((line) => `  ${line}`),
    `  /ip hotspot user set $u comment=${record}`,
    '}',
  ].join('\n');
}

/**
 * The scheduler's script: every user of the plan's profile whose recorded expiry has passed is
 * removed or disabled (disable mode skips users already disabled), and its sessions are ended.
 */
export function schedulerScript(plan: ExpiryPlan): string {
  const disable = plan.expiryMode === 'disable';
  const where = `profile=${routerString(plan.hotspotProfile)}${disable ? ' and disabled=no' : ''} and comment~${routerString(EXPIRES_MARK)}`;
  return [
    `# mb:expiry plan ${plan.id}`,
    ...NOW_LINES,
    `:foreach i in=[/ip hotspot user find where ${where}] do={`,
    '  :local c [/ip hotspot user get $i comment]',
    `  :if ([:tonum [:pick $c ([:find $c ${routerString(EXPIRES_MARK)}]+4) [:len $c]]]<=$now) do={`,
    '    :local n [/ip hotspot user get $i name]',
    `    /ip hotspot user ${disable ? 'disable' : 'remove'} $i`,
    '    /ip hotspot active remove [/ip hotspot active find where user=$n]',
    '  }',
    '}',
  ].join('\n');
}

/** Name of a plan's scheduler: readable in Winbox, unique (one live plan per profile and router). */
export function schedulerName(plan: ExpiryPlan): string {
  const name = `mb-expiry-${plan.hotspotProfile}`;
  return name.length <= 64 ? name : `mb-expiry-${plan.id}`;
}

/** The desired `/system/scheduler` item of a plan, or null when the plan does not expire. */
export function schedulerItem(plan: ExpiryPlan): { name: string; attributes: Record<string, string> } | null {
  if (!expiryApplies(plan)) return null;
  return {
    name: schedulerName(plan),
    attributes: { 'on-event': schedulerScript(plan), interval: SCHEDULER_INTERVAL, comment: `expiry of plan ${plan.id}`, disabled: 'no' },
  };
}
