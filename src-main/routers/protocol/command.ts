import { RouterEncodingError } from './errors';

/** A command in structured form; every value is a string (RouterOS has no other type). */
export interface CommandSpec {
  /** Command path, e.g. `/ip/hotspot/user/add`. */
  command: string;
  /** `=key=value` attributes; `undefined` values are left out, empty strings are sent. */
  attributes?: Readonly<Record<string, string | undefined>>;
  /** Query words for print, in order, each starting with `?` (e.g. `?name=v1`, `?#|`). */
  queries?: readonly string[];
  /** Properties to return (`=.proplist=a,b`). */
  proplist?: readonly string[];
}

/** Turns a `CommandSpec` into API words, validating the shape (not the text encoding). */
export function commandWords(spec: CommandSpec): string[] {
  if (!spec.command.startsWith('/')) {
    throw new RouterEncodingError(`command must start with "/": ${JSON.stringify(spec.command.slice(0, 60))}`);
  }
  const words = [spec.command];
  for (const [key, value] of Object.entries(spec.attributes ?? {})) {
    if (value === undefined) continue;
    if (typeof value !== 'string') throw new RouterEncodingError(`attribute ${key} is not a string`);
    if (key.length === 0 || key.includes('=')) throw new RouterEncodingError(`invalid attribute name ${JSON.stringify(key)}`);
    words.push(`=${key}=${value}`);
  }
  if (spec.proplist !== undefined && spec.proplist.length > 0) {
    for (const name of spec.proplist) {
      if (name.length === 0 || name.includes(',') || name.includes('=')) {
        throw new RouterEncodingError(`invalid proplist entry ${JSON.stringify(name)}`);
      }
    }
    words.push(`=.proplist=${spec.proplist.join(',')}`);
  }
  for (const query of spec.queries ?? []) {
    if (!query.startsWith('?') || query.length < 2) throw new RouterEncodingError(`invalid query word ${JSON.stringify(query)}`);
    words.push(query);
  }
  return words;
}
