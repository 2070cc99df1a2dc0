// Menu commands of a script, run as API commands against the router state (the ScriptRunContext's
// `exec`), so a script changes the router exactly the way an API client would, traps included.
import { runtimeError } from './errors';
import { toText, type Value } from './values';

export type Exec = (words: string[]) => string[][];

/** `!re` rows of a reply; a `!trap` becomes the script's runtime error (RouterOS aborts the script too) */
function rowsOf(menu: string, verb: string, replies: string[][]): Array<Record<string, string>> {
  const rows: Array<Record<string, string>> = [];
  for (const sentence of replies) {
    const [kind, ...words] = sentence;
    const attrs: Record<string, string> = {};
    for (const w of words) {
      const eq = w.indexOf('=', 1);
      if (w.startsWith('=') && eq > 0) attrs[w.slice(1, eq)] = w.slice(eq + 1);
    }
    if (kind === '!trap') throw runtimeError(`${menu} ${verb}: ${attrs.message ?? 'failure'}`);
    if (kind === '!re') rows.push(attrs);
  }
  return rows;
}

export function printAll(exec: Exec, menu: string): Array<Record<string, string>> {
  return rowsOf(menu, 'print', exec([`${menu}/print`]));
}

/** `.id` list for a command target: an id, an array of ids, or an item name */
export function targetWords(target: Value): string {
  if (target.t === 'array') {
    if (target.v.length === 0) return '';
    return target.v.map((item) => targetWords(item)).join(',');
  }
  if (target.t === 'id' || target.t === 'str') return target.v;
  throw runtimeError(`no such item (${target.t} given)`);
}

export function runVerb(exec: Exec, menu: string, verb: string, target: Value | null, params: Array<[string, Value]>): void {
  const words = [`${menu}/${verb}`];
  if (target !== null) {
    const ids = targetWords(target);
    // RouterOS: remove/disable of an empty find result does nothing
    if (ids === '') return;
    words.push(`=numbers=${ids}`);
  }
  for (const [key, value] of params) words.push(`=${key}=${toText(value)}`);
  rowsOf(menu, verb, exec(words));
}
