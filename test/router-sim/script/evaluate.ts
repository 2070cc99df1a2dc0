// Runs a parsed script against the router: variables in nested scopes (`:local` in a `do={}` block
// is local to it, `:set` finds the nearest), menu commands through the API (menu-api.ts).
import type { BinaryOp, Command, Expr, Program, Statement, WhereTerm } from './ast';
import { BUILTIN_FUNCTIONS } from './builtins';
import { runtimeError } from './errors';
import { printAll, runVerb, type Exec } from './menu-api';
import { NIL, bool, expectBool, expectNum, expectStr, fromWord, num, sameValue, str, toText, type Value } from './values';

type Scope = Map<string, Value>;

export class Evaluator {
  private readonly scopes: Scope[];

  constructor(
    private readonly exec: Exec,
    globals: Record<string, string>,
  ) {
    this.scopes = [new Map(Object.entries(globals).map(([k, v]) => [k, str(v)]))];
  }

  run(program: Program): void {
    this.block(program);
  }

  private block(statements: Statement[]): void {
    this.scopes.push(new Map());
    try {
      for (const st of statements) this.statement(st);
    } finally {
      this.scopes.pop();
    }
  }

  private statement(st: Statement): void {
    switch (st.k) {
      case 'local':
        this.scopes.at(-1)?.set(st.name, st.value ? this.expr(st.value) : NIL);
        return;
      case 'set': {
        const scope = [...this.scopes].reverse().find((s) => s.has(st.name));
        if (!scope) throw runtimeError(`:set of undeclared variable ${st.name}`);
        scope.set(st.name, this.expr(st.value));
        return;
      }
      case 'if':
        if (expectBool(this.expr(st.cond), ':if condition')) this.block(st.then);
        else if (st.else) this.block(st.else);
        return;
      case 'foreach': {
        const list = this.expr(st.list);
        const items = list.t === 'array' ? list.v : list.t === 'nil' ? [] : [list];
        for (const item of items) {
          this.scopes.push(new Map([[st.name, item]]));
          try {
            this.block(st.body);
          } finally {
            this.scopes.pop();
          }
        }
        return;
      }
      case 'command':
        this.command(st.cmd);
        return;
    }
  }

  private lookup(name: string): Value {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const v = this.scopes[i]?.get(name);
      if (v !== undefined) return v;
    }
    throw runtimeError(`undeclared variable ${name}`);
  }

  private expr(e: Expr): Value {
    switch (e.k) {
      case 'num':
        return num(e.v);
      case 'str':
        return str(e.v);
      case 'word':
        return fromWord(e.v);
      case 'var':
        return this.lookup(e.name);
      case 'cmd':
        return this.command(e.cmd);
      case 'not':
        return bool(!expectBool(this.expr(e.e), '!'));
      case 'bin':
        return binary(e.op, this.expr(e.left), this.expr(e.right));
    }
  }

  private command(cmd: Command): Value {
    if (cmd.k === 'builtin') return BUILTIN_FUNCTIONS[cmd.name](cmd.args.map((a) => this.expr(a)));
    const target = cmd.target ? this.expr(cmd.target) : null;
    switch (cmd.verb) {
      case 'find':
        return this.find(cmd.menu, cmd.where);
      case 'get':
        return this.get(cmd.menu, target, cmd.prop ?? '');
      default:
        runVerb(this.exec, cmd.menu, cmd.verb, target, cmd.params.map(([k, v]) => [k, this.expr(v)]));
        return NIL;
    }
  }

  private find(menu: string, where: WhereTerm[]): Value {
    const terms = where.map((t) => ({ ...t, value: this.expr(t.value) }));
    const rows = printAll(this.exec, menu).filter((row) => terms.every((t) => whereMatch(row[t.prop] ?? '', t.op, t.value)));
    return { t: 'array', v: rows.map((row) => ({ t: 'id', v: row['.id'] ?? '' })) };
  }

  private get(menu: string, target: Value | null, prop: string): Value {
    const rows = printAll(this.exec, menu);
    let row: Record<string, string> | undefined;
    if (target === null) row = rows[0];
    else {
      const id = target.t === 'array' && target.v.length === 1 ? target.v[0] : target;
      if (!id || (id.t !== 'id' && id.t !== 'str')) throw runtimeError('no such item');
      row = rows.find((r) => r['.id'] === id.v || r.name === id.v);
    }
    if (!row) throw runtimeError('no such item');
    const v = row[prop];
    return v === undefined ? NIL : str(v);
  }
}

/** RouterOS uses POSIX extended regular expressions; the scripts only match plain text, where they agree */
function regex(pattern: string): RegExp {
  try {
    return new RegExp(pattern);
  } catch {
    throw runtimeError(`invalid regular expression ${JSON.stringify(pattern)}`);
  }
}

const BOOL_WORDS: Record<string, string> = { yes: 'true', true: 'true', no: 'false', false: 'false' };

function whereMatch(actual: string, op: WhereTerm['op'], wanted: Value): boolean {
  const text = toText(wanted);
  if (op === '~') return regex(text).test(actual);
  const equal = actual === text || (BOOL_WORDS[actual] !== undefined && BOOL_WORDS[actual] === BOOL_WORDS[text]);
  return op === '=' ? equal : !equal;
}

function binary(op: BinaryOp, a: Value, b: Value): Value {
  switch (op) {
    case '.':
      return str(toText(a) + toText(b));
    case '=':
      return bool(sameValue(a, b));
    case '!=':
      return bool(!sameValue(a, b));
    case '~':
      return bool(regex(expectStr(b, '~ pattern')).test(expectStr(a, '~')));
    case '&&':
      return bool(expectBool(a, '&&') && expectBool(b, '&&'));
    case '||':
      return bool(expectBool(a, '||') || expectBool(b, '||'));
    default:
      return arithmetic(op, expectNum(a, op), expectNum(b, op));
  }
}

function arithmetic(op: BinaryOp, x: number, y: number): Value {
  switch (op) {
    case '+':
      return num(x + y);
    case '-':
      return num(x - y);
    case '*':
      return num(x * y);
    case '/':
    case '%':
      if (y === 0) throw runtimeError('division by zero');
      return num(op === '/' ? Math.trunc(x / y) : x % y);
    case '<':
      return bool(x < y);
    case '>':
      return bool(x > y);
    case '<=':
      return bool(x <= y);
    case '>=':
      return bool(x >= y);
    default:
      throw runtimeError(`unknown operator ${op}`);
  }
}
