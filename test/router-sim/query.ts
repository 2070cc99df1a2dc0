// Print query words, evaluated the way the RouterOS API manual describes: a stack of booleans that
// starts as an infinite supply of `true`; every comparison word pushes one result, `?#` words run
// stack operations, and the item matches only if no `false` is left anywhere on the stack.
import { Trap } from './replies';

export type QueryTerm =
  | { kind: 'has'; name: string }
  | { kind: 'lacks'; name: string }
  | { kind: 'eq' | 'lt' | 'gt'; name: string; value: string }
  | { kind: 'ops'; ops: string };

/** how a menu wants its values compared: normalises input (yes -> true) and orders typed values */
export interface QueryTyping {
  normalize(name: string, value: string): string;
  compare(name: string, a: string, b: string): number;
}

export const plainTyping: QueryTyping = {
  normalize: (_name, value) => value,
  compare: (_name, a, b) => defaultCompare(a, b),
};

export function defaultCompare(a: string, b: string): number {
  const numeric = /^-?\d+$/;
  if (numeric.test(a) && numeric.test(b)) return Math.sign(Number(a) - Number(b));
  return a < b ? -1 : a > b ? 1 : 0;
}

/** words are the query words without their leading '?' */
export function parseQuery(words: readonly string[]): QueryTerm[] {
  return words.map((w): QueryTerm => {
    if (w.startsWith('#')) return { kind: 'ops', ops: w.slice(1) };
    if (w.startsWith('-')) return { kind: 'lacks', name: w.slice(1) };
    const cmp = w[0] === '<' ? 'lt' : w[0] === '>' ? 'gt' : w[0] === '=' ? 'eq' : null;
    const body = cmp === null ? w : w.slice(1);
    const eq = body.indexOf('=');
    if (eq < 0) {
      if (cmp !== null) throw new Trap(`invalid query word ?${w}`, 1);
      return { kind: 'has', name: body };
    }
    return { kind: cmp ?? 'eq', name: body.slice(0, eq), value: body.slice(eq + 1) };
  });
}

class BoolStack {
  private items: boolean[] = [];
  /** the value of the infinite bottom of the stack */
  private base = true;

  push(v: boolean): void {
    this.items.push(v);
  }
  pop(): boolean {
    return this.items.length > 0 ? (this.items.pop() as boolean) : this.base;
  }
  /** index 0 is the top */
  peek(index: number): boolean {
    const i = this.items.length - 1 - index;
    return i >= 0 ? (this.items[i] as boolean) : this.base;
  }
  replaceAll(v: boolean): void {
    this.items = [];
    this.base = v;
  }
  allTrue(): boolean {
    return this.base && this.items.every(Boolean);
  }
}

function runOps(stack: BoolStack, ops: string): void {
  let i = 0;
  let afterIndex = false;
  while (i < ops.length) {
    const c = ops[i] as string;
    if (c >= '0' && c <= '9') {
      let j = i;
      while (j < ops.length && (ops[j] as string) >= '0' && (ops[j] as string) <= '9') j++;
      const index = Number(ops.slice(i, j));
      // An index at the very end of the word replaces the whole stack; elsewhere it pushes a copy.
      if (j === ops.length) stack.replaceAll(stack.peek(index));
      else stack.push(stack.peek(index));
      i = j;
      afterIndex = true;
      continue;
    }
    switch (c) {
      case '!':
        stack.push(!stack.pop());
        break;
      case '&': {
        const b = stack.pop();
        const a = stack.pop();
        stack.push(a && b);
        break;
      }
      case '|': {
        const b = stack.pop();
        const a = stack.pop();
        stack.push(a || b);
        break;
      }
      case '.':
        // '.' after an index does nothing; anywhere else it duplicates the top.
        if (!afterIndex) stack.push(stack.peek(0));
        break;
      case ' ':
        break;
      default:
        throw new Trap(`unknown query operation ${c}`, 1);
    }
    afterIndex = false;
    i++;
  }
}

export function matchesQuery(terms: readonly QueryTerm[], row: Readonly<Record<string, string>>, typing: QueryTyping): boolean {
  const stack = new BoolStack();
  for (const t of terms) {
    switch (t.kind) {
      case 'has':
        stack.push(Object.hasOwn(row, t.name));
        break;
      case 'lacks':
        stack.push(!Object.hasOwn(row, t.name));
        break;
      case 'ops':
        runOps(stack, t.ops);
        break;
      default: {
        const actual = Object.hasOwn(row, t.name) ? row[t.name] : undefined;
        if (actual === undefined) {
          stack.push(false);
          break;
        }
        const c = typing.compare(t.name, actual, typing.normalize(t.name, t.value));
        stack.push(t.kind === 'eq' ? c === 0 : t.kind === 'lt' ? c < 0 : c > 0);
      }
    }
  }
  return stack.allTrue();
}
