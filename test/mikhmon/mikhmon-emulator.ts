// A stand-in for MikHmon's on-login script inside the simulator (which does not run RouterOS
// scripts): on first login of a `vc-`/`up-`/uncommented user it writes the expiry into the comment
// in the router's date style and, for the recording modes, adds the sales script. It is written
// independently of the parsers under test so the integration test does not check code against itself.
import type { ScriptRunContext } from '../router-sim';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const UNITS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 };

const pad = (n: number): string => String(n).padStart(2, '0');

/** The router clock runs in UTC in the simulator. */
export function routerDate(ms: number, iso: boolean): string {
  const d = new Date(ms);
  return iso
    ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
    : `${MONTHS[d.getUTCMonth()] ?? '???'}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`;
}

export function routerTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function simpleDuration(text: string): number {
  let total = 0;
  for (const [, n, unit] of text.matchAll(/(\d+)([wdhms])/g)) total += Number(n) * (UNITS[unit ?? 's'] ?? 0);
  return total;
}

function attrs(sentence: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const word of sentence.slice(1)) {
    const eq = word.indexOf('=', 1);
    if (word.startsWith('=') && eq > 0) out[word.slice(1, eq)] = word.slice(eq + 1);
  }
  return out;
}

function printOne(ctx: ScriptRunContext, words: string[]): Record<string, string> {
  const row = ctx.exec(words).find((s) => s[0] === '!re');
  return row ? attrs(row) : {};
}

/**
 * Owner as the script on that router would write it: upstream picks chars 0-3 and 7-11 of the date,
 * which gives `jan2026` on legacy dates and `202-15` on ISO dates (the known 7.10+ breakage).
 */
function upstreamOwner(date: string): string {
  return date.slice(0, 3) + date.slice(7, 11);
}

export function mikhmonOnLogin(iso: boolean): (ctx: ScriptRunContext) => void {
  return (ctx) => {
    if (ctx.trigger !== 'hotspot-login' || ctx.user === undefined) return;
    const put = /^:put \("([^"]*)"\)/.exec(ctx.source);
    if (!put) return;
    const [, mode = '', price = '', validity = ''] = (put[1] ?? '').split(',');
    if (mode === '') return;
    const user = printOne(ctx, ['/ip/hotspot/user/print', `?name=${ctx.user}`]);
    const comment = user.comment ?? '';
    if (!(comment === '' || comment.startsWith('vc') || comment.startsWith('up'))) return;
    const expiry = ctx.nowMs + simpleDuration(validity);
    ctx.exec(['/ip/hotspot/user/set', `=.id=${user['.id'] ?? ''}`, `=comment=${routerDate(expiry, iso)} ${routerTime(expiry)}`]);
    if (mode === 'remc' || mode === 'ntfc') {
      const active = printOne(ctx, ['/ip/hotspot/active/print', `?user=${ctx.user}`]);
      const date = routerDate(ctx.nowMs, iso);
      const name = [date, routerTime(ctx.nowMs), ctx.user, price, active.address ?? '', active['mac-address'] ?? '', validity, ctx.name, comment].join('-|-');
      ctx.exec(['/system/script/add', `=name=${name}`, `=owner=${upstreamOwner(date)}`, `=source=${date}`, '=comment=mikhmon']);
    }
  };
}
