// One API command against the router state: parse the words, find the menu and verb, run it, and
// say what to answer. Session matters (login, /cancel, streams) are the connection's business.
import { addRow, removeRows, resetCounters, runScripts, setDisabled, setRows, unsetRows } from './crud';
import { queryCompare, queryNormalize } from './fields';
import { knownPrefixes, type MenuSpec } from './menus';
import { defaultCompare, matchesQuery, parseQuery, type QueryTerm, type QueryTyping } from './query';
import { Trap, rowSentence, trapSentence, type Sentence } from './replies';
import type { RouterState } from './router-state';

export interface ParsedCommand {
  command: string;
  /** `=key=value` words (a word `=key` without a second '=' has an empty value) */
  attrs: Map<string, string>;
  /** query words without the leading '?' */
  queries: string[];
  tag: string | null;
}

export function parseCommand(words: readonly string[]): ParsedCommand {
  const [command = '', ...rest] = words;
  const attrs = new Map<string, string>();
  const queries: string[] = [];
  let tag: string | null = null;
  for (const w of rest) {
    if (w.startsWith('=')) {
      const eq = w.indexOf('=', 1);
      attrs.set(eq < 0 ? w.slice(1) : w.slice(1, eq), eq < 0 ? '' : w.slice(eq + 1));
    } else if (w.startsWith('?')) {
      queries.push(w.slice(1));
    } else if (w.startsWith('.tag=')) {
      tag = w.slice(5);
    } else if (w.startsWith('.proplist=')) {
      // API attributes may also come without the leading '='
      attrs.set('.proplist', w.slice(10));
    }
    // other words carry nothing RouterOS would act on; they are ignored
  }
  return { command, attrs, queries, tag };
}

export interface StreamRequest {
  menu: string;
  proplist: string[] | null;
  query: QueryTerm[];
}

export type Outcome =
  | { kind: 'replies'; sentences: Sentence[] }
  /** first send `sentences`, then stream changes until `/cancel` (listen, print follow) */
  | { kind: 'stream'; sentences: Sentence[]; stream: StreamRequest };

const PRINT_FLAGS = new Set([
  '.proplist',
  'count-only',
  'follow',
  'follow-only',
  'detail',
  'without-paging',
  'stats',
  'terse',
  'brief',
  'value-list',
  'show-ids',
  'interval',
  'as-value',
  'where',
]);

export function typingFor(spec: MenuSpec): QueryTyping {
  const field = (name: string) => spec.fields.find((f) => f.name === name);
  return {
    normalize: (name, value) => queryNormalize(field(name), value),
    compare: (name, a, b) => queryCompare(field(name), a, b, defaultCompare),
  };
}

export function project(row: Readonly<Record<string, string>>, proplist: readonly string[] | null): Record<string, string> {
  if (proplist === null) return { ...row };
  const out: Record<string, string> = {};
  for (const name of proplist) if (Object.hasOwn(row, name)) out[name] = row[name] as string;
  return out;
}

function parseProplist(attrs: ReadonlyMap<string, string>): string[] | null {
  const raw = attrs.get('.proplist');
  return raw === undefined ? null : raw.split(',').filter((s) => s !== '');
}

/** the `!trap`s RouterOS gives for an unknown command: first names the bad segment, then the generic one */
export function unknownCommand(state: RouterState, command: string): Sentence[] {
  const segs = command.startsWith('/') ? command.split('/').filter((s) => s !== '') : [command];
  const prefixes = knownPrefixes(state.menus());
  let bad: string | null = null;
  let path = '';
  for (const seg of segs) {
    path += `/${seg}`;
    if (!prefixes.has(path)) {
      bad = seg;
      break;
    }
  }
  const out: Sentence[] = [];
  if (bad !== null) out.push(trapSentence(`no such command or directory (${bad})`, 0));
  out.push(trapSentence('no such command prefix'));
  out.push(['!done']);
  return out;
}

function print(state: RouterState, spec: MenuSpec, cmd: ParsedCommand): Outcome {
  for (const key of cmd.attrs.keys()) if (!PRINT_FLAGS.has(key)) throw new Trap(`unknown parameter ${key}`);
  const proplist = parseProplist(cmd.attrs);
  const query = parseQuery(cmd.queries);
  const typing = typingFor(spec);
  const rows = state.renderAll(spec.path).filter((r) => matchesQuery(query, r, typing));
  if (cmd.attrs.has('count-only')) return { kind: 'replies', sentences: [['!done', `=ret=${rows.length}`]] };
  const stream: StreamRequest = { menu: spec.path, proplist, query };
  if (cmd.attrs.has('follow-only')) return { kind: 'stream', sentences: [], stream };
  const sentences = rows.map((r) => rowSentence(project(r, proplist)));
  if (cmd.attrs.has('follow')) return { kind: 'stream', sentences, stream };
  if (rows.length === 0 && state.traits().emptyReply) sentences.push(['!empty']);
  sentences.push(['!done']);
  return { kind: 'replies', sentences };
}

function runVerb(state: RouterState, spec: MenuSpec, verb: string, cmd: ParsedCommand, apiUser: string): Outcome {
  const done = (extra: string[] = []): Outcome => ({ kind: 'replies', sentences: [['!done', ...extra]] });
  switch (verb) {
    case 'print':
    case 'getall':
      return print(state, spec, cmd);
    case 'listen':
      return {
        kind: 'stream',
        sentences: [],
        stream: { menu: spec.path, proplist: parseProplist(cmd.attrs), query: parseQuery(cmd.queries) },
      };
    case 'add':
      return done([`=ret=${addRow(state, spec, cmd.attrs, apiUser)}`]);
    case 'set':
      setRows(state, spec, cmd.attrs);
      return done();
    case 'unset':
      unsetRows(state, spec, cmd.attrs);
      return done();
    case 'remove':
      removeRows(state, spec, cmd.attrs);
      return done();
    case 'enable':
    case 'disable':
      setDisabled(state, spec, cmd.attrs, verb === 'disable');
      return done();
    case 'reset-counters':
      resetCounters(state, spec, cmd.attrs);
      return done();
    case 'run':
      runScripts(state, spec, cmd.attrs);
      return done();
    default:
      return { kind: 'replies', sentences: unknownCommand(state, cmd.command) };
  }
}

/** runs a menu command for a logged-in user; traps become `!trap` + `!done` */
export function executeCommand(state: RouterState, cmd: ParsedCommand, apiUser: string): Outcome {
  const slash = cmd.command.lastIndexOf('/');
  const menu = slash > 0 ? cmd.command.slice(0, slash) : '';
  const verb = cmd.command.slice(slash + 1);
  const spec = state.spec(menu);
  if (!spec || !(spec.verbs as readonly string[]).includes(verb)) {
    return { kind: 'replies', sentences: unknownCommand(state, cmd.command) };
  }
  try {
    return runVerb(state, spec, verb, cmd, apiUser);
  } catch (err) {
    if (err instanceof Trap) return { kind: 'replies', sentences: [trapSentence(err.message, err.category), ['!done']] };
    throw err;
  }
}

/** for script hooks and tests: run a command without a connection (no login, no streaming) */
export function execInProcess(state: RouterState, words: string[], apiUser: string): string[][] {
  const cmd = parseCommand(words);
  if (cmd.command === '/login' || cmd.command === '/cancel' || cmd.command === '/quit') {
    return [trapSentence(`${cmd.command} is not available in-process`, 5), ['!done']];
  }
  const out = executeCommand(state, cmd, apiUser);
  if (out.kind === 'stream') return [trapSentence('streaming commands are not available in-process', 5), ['!done']];
  return out.sentences;
}
