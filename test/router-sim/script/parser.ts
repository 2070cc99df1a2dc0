// Parser for the script subset (see ast.ts). The whole text is parsed before anything runs, as
// RouterOS does, so a script with an unknown command or construct changes nothing.
import { MENUS, knownPrefixes, type MenuSpec, type Verb } from '../menus';
import type { BinaryOp, Builtin, Command, Expr, MenuVerb, Program, Statement, WhereTerm } from './ast';
import { Scanner } from './scanner';

const PREFIXES = knownPrefixes(MENUS);
const BUILTINS: readonly Builtin[] = ['pick', 'find', 'len', 'tonum'];
/** script verb -> the API verb the menu must offer */
const MENU_VERBS: Record<MenuVerb, Verb> = { find: 'print', get: 'print', set: 'set', remove: 'remove', enable: 'enable', disable: 'disable' };

/** Operators of one precedence class; a parenthesised group may not mix classes (see operatorClass). */
const OPERATORS: ReadonlyArray<BinaryOp> = ['&&', '||', '<=', '>=', '!=', '=', '<', '>', '+', '-', '*', '/', '%', '.', '~'];

/**
 * RouterOS's operator precedence is not documented well enough to rely on, so the scripts the app
 * writes parenthesise every mix of operators, and this parser refuses an unparenthesised mix (an
 * error here is a script bug that a real router might have evaluated differently).
 */
function operatorClass(op: BinaryOp): string {
  if (op === '+' || op === '-') return 'additive';
  if (op === '*' || op === '/' || op === '%') return 'multiplicative';
  if (op === '&&' || op === '||') return op;
  if (op === '.') return 'concat';
  return 'comparison';
}

export function parseScript(source: string): Program {
  const s = new Scanner(source);
  const program = statements(s, false);
  if (!s.atEnd()) throw s.error(`unexpected ${JSON.stringify(s.peek())}`);
  return program;
}

function statements(s: Scanner, inBlock: boolean): Statement[] {
  const out: Statement[] = [];
  for (;;) {
    s.skipSeparators();
    if (s.atEnd() || (inBlock && s.peek() === '}')) return out;
    out.push(statement(s));
    if (!s.atStatementEnd() || s.peek() === ']') throw s.error(`unexpected ${JSON.stringify(s.peek())} after a command`);
  }
}

function statement(s: Scanner): Statement {
  const at = s.pos;
  if (s.peek() === '/') return { k: 'command', cmd: menuCommand(s) };
  if (s.peek() !== ':') throw s.error('expected a command');
  const word = s.word();
  switch (word) {
    case ':local': {
      const name = s.name();
      return s.atStatementEnd() ? { k: 'local', name, at } : { k: 'local', name, value: value(s), at };
    }
    case ':set':
      return { k: 'set', name: s.name(), value: value(s), at };
    case ':if': {
      const cond = paren(s);
      keyword(s, 'do=');
      const then = block(s);
      s.skipSpaces();
      if (!s.startsWith('else=')) return { k: 'if', cond, then, at };
      keyword(s, 'else=');
      return { k: 'if', cond, then, else: block(s), at };
    }
    case ':foreach': {
      const name = s.name();
      keyword(s, 'in=');
      const list = value(s);
      keyword(s, 'do=');
      return { k: 'foreach', name, list, body: block(s), at };
    }
    default:
      throw s.error(`bad command name ${word}`, at);
  }
}

function keyword(s: Scanner, text: string): void {
  s.expect(text);
}

function block(s: Scanner): Statement[] {
  s.expect('{');
  const body = statements(s, true);
  s.expect('}');
  return body;
}

/** A command argument: string, variable, [command], (expression) or a bare word. */
function value(s: Scanner): Expr {
  s.skipSpaces();
  const c = s.peek();
  if (c === '"') return { k: 'str', v: s.string() };
  if (c === '$') return variable(s);
  if (c === '[') return { k: 'cmd', cmd: bracket(s) };
  if (c === '(') return paren(s);
  const at = s.pos;
  const word = s.word();
  if (word === '') throw s.error('expected a value', at);
  return /^\d+$/.test(word) ? { k: 'num', v: Number(word) } : { k: 'word', v: word };
}

function variable(s: Scanner): Expr {
  const at = s.pos;
  s.pos++;
  if (s.peek() === '"') return { k: 'var', name: s.string(), at };
  const start = s.pos;
  while (/[A-Za-z0-9_]/.test(s.peek())) s.pos++;
  if (s.pos === start) throw s.error('expected a variable name', at);
  return { k: 'var', name: s.src.slice(start, s.pos), at };
}

function bracket(s: Scanner): Command {
  s.expect('[');
  s.skipSpaces();
  const at = s.pos;
  let cmd: Command;
  if (s.peek() === '/') {
    cmd = menuCommand(s);
  } else if (s.peek() === ':') {
    const name = s.word().slice(1);
    if (!(BUILTINS as readonly string[]).includes(name)) throw s.error(`bad command name :${name}`, at);
    const args: Expr[] = [];
    while (!s.atStatementEnd()) args.push(value(s));
    cmd = { k: 'builtin', name: name as Builtin, args, at };
  } else {
    throw s.error('expected a command inside [ ] (relative menu commands are not supported: give the full path)');
  }
  s.expect(']');
  return cmd;
}

/** `/ip hotspot user find where ...`, `/ip/hotspot/user set $i comment=...`, `/system clock get date` */
function menuCommand(s: Scanner): Command {
  const at = s.pos;
  let path = '';
  for (const seg of s.word().split('/').filter((x) => x !== '')) {
    path += `/${seg}`;
    if (!PREFIXES.has(path)) throw s.error(`bad command name ${seg}`, at);
  }
  for (;;) {
    const save = s.pos;
    const next = s.word();
    if (next !== '' && PREFIXES.has(`${path}/${next}`)) {
      path += `/${next}`;
      continue;
    }
    s.pos = save;
    break;
  }
  const spec = MENUS.find((m) => m.path === path);
  s.skipSpaces();
  const verbAt = s.pos;
  const verb = s.word();
  if (!spec || !(verb in MENU_VERBS) || !spec.verbs.includes(MENU_VERBS[verb as MenuVerb])) throw s.error(`bad command name ${verb || path}`, verbAt);
  return menuArgs(s, spec, verb as MenuVerb, at);
}

function menuArgs(s: Scanner, spec: MenuSpec, verb: MenuVerb, at: number): Command {
  const cmd: Command = { k: 'menu', menu: spec.path, verb, params: [], where: [], at };
  if (verb === 'find') {
    if (!s.atStatementEnd()) {
      keyword(s, 'where');
      cmd.where = whereTerms(s);
    }
    return cmd;
  }
  if (!spec.single) cmd.target = value(s);
  if (verb === 'get') cmd.prop = s.name();
  if (verb === 'set') {
    while (!s.atStatementEnd()) {
      const key = s.name();
      s.expect('=');
      cmd.params.push([key, value(s)]);
    }
    if (cmd.params.length === 0) throw s.error('set needs at least one property=value');
  }
  return cmd;
}

/** `prop=value`, `prop!=value`, `prop~"regex"`, joined by `and` */
function whereTerms(s: Scanner): WhereTerm[] {
  const terms: WhereTerm[] = [];
  for (;;) {
    const prop = s.name();
    const op = s.startsWith('!=') ? '!=' : s.peek() === '=' || s.peek() === '~' ? (s.peek() as '=' | '~') : null;
    if (op === null) throw s.error(`expected =, != or ~ after ${prop}`);
    s.pos += op.length;
    terms.push({ prop, op, value: value(s) });
    if (s.atStatementEnd()) return terms;
    const save = s.pos;
    if (s.word() !== 'and') {
      s.pos = save;
      throw s.error('expected "and" between where conditions');
    }
  }
}

/** `( operand (op operand)* )` with one operator class per group; `!` negates one operand */
function paren(s: Scanner): Expr {
  s.expect('(');
  let left = operand(s);
  let cls: string | null = null;
  for (;;) {
    s.skipSpaces();
    if (s.peek() === ')') {
      s.pos++;
      return left;
    }
    const at = s.pos;
    const op = OPERATORS.find((o) => s.startsWith(o));
    if (!op) throw s.error(`expected an operator or ")"`);
    if (cls !== null && cls !== operatorClass(op)) throw s.error(`mixed operators without parentheses (${op})`, at);
    if (cls === 'comparison') throw s.error('chained comparison: parenthesise', at);
    cls = operatorClass(op);
    s.pos += op.length;
    left = { k: 'bin', op, left, right: operand(s), at };
  }
}

function operand(s: Scanner): Expr {
  s.skipSpaces();
  const c = s.peek();
  const at = s.pos;
  if (c === '(') return paren(s);
  if (c === '"') return { k: 'str', v: s.string() };
  if (c === '$') return variable(s);
  if (c === '[') return { k: 'cmd', cmd: bracket(s) };
  if (c === '!') {
    s.pos++;
    return { k: 'not', e: operand(s), at };
  }
  const num = /^-?\d+/.exec(s.src.slice(s.pos));
  if (num) {
    s.pos += num[0].length;
    return { k: 'num', v: Number(num[0]) };
  }
  throw s.error('expected a value');
}
