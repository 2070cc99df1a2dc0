// The simulator's default script hook: scheduler runs, `/system/script/run` and hotspot / ppp events
// execute the real script text. Errors go to the router's log (topics `script,error`), as RouterOS
// reports a failed script; the router itself carries on.
import type { ScriptRunContext, ScriptRunner } from '../scripts';
import type { Program } from './ast';
import { ScriptError } from './errors';
import { Evaluator } from './evaluate';
import { parseScript } from './parser';

const cache = new Map<string, Program | ScriptError>();
const CACHE_LIMIT = 256;

/** Parsing is pure, and a scheduler runs the same text thousands of times in a long clock advance. */
function parsed(source: string): Program {
  let entry = cache.get(source);
  if (entry === undefined) {
    try {
      entry = parseScript(source);
    } catch (error) {
      if (!(error instanceof ScriptError)) throw error;
      entry = error;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(source, entry);
  }
  if (entry instanceof ScriptError) throw entry;
  return entry;
}

/** Variables RouterOS gives a hotspot on-login / on-logout script (`$user`, `$"mac-address"` ...). */
function globalsOf(ctx: ScriptRunContext): Record<string, string> {
  const vars: Record<string, string> = { ...(ctx.variables ?? {}) };
  if (ctx.user !== undefined) {
    vars.user = ctx.user;
    vars.username = ctx.user;
  }
  return vars;
}

export const interpretScript: ScriptRunner = (ctx) => {
  try {
    new Evaluator(ctx.exec, globalsOf(ctx)).run(parsed(ctx.source));
  } catch (error) {
    if (!(error instanceof ScriptError)) throw error;
    ctx.log?.('script,error', `${ctx.trigger} ${ctx.name}: ${error.message}`);
  }
};
