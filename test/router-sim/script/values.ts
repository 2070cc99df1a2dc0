// Script values. RouterOS is strictly typed at run time (a string is not a number until `:tonum`),
// and so is this interpreter: an operation on the wrong types is a runtime error, not a coercion.
import { runtimeError } from './errors';

export type Value =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  /** internal item id such as `*1A` */
  | { t: 'id'; v: string }
  | { t: 'array'; v: Value[] }
  | { t: 'nil' };

export const NIL: Value = { t: 'nil' };
export const num = (v: number): Value => ({ t: 'num', v });
export const str = (v: string): Value => ({ t: 'str', v });
export const bool = (v: boolean): Value => ({ t: 'bool', v });

/** what `.` concatenation and API words make of a value */
export function toText(value: Value): string {
  switch (value.t) {
    case 'num':
      return String(value.v);
    case 'str':
    case 'id':
      return value.v;
    case 'bool':
      return value.v ? 'true' : 'false';
    case 'array':
      return value.v.map(toText).join(';');
    case 'nil':
      return '';
  }
}

export function expectNum(value: Value, what: string): number {
  if (value.t !== 'num') throw runtimeError(`${what} needs a number, got ${value.t}`);
  return value.v;
}

export function expectStr(value: Value, what: string): string {
  if (value.t !== 'str') throw runtimeError(`${what} needs a string, got ${value.t}`);
  return value.v;
}

export function expectBool(value: Value, what: string): boolean {
  if (value.t !== 'bool') throw runtimeError(`${what} needs a boolean, got ${value.t}`);
  return value.v;
}

/** `*1A` stays an id, digits a number, anything else a string */
export function fromWord(word: string): Value {
  if (/^\*[0-9A-Fa-f]+$/.test(word)) return { t: 'id', v: word.toUpperCase() };
  if (/^-?\d+$/.test(word)) return num(Number(word));
  return str(word);
}

export function sameValue(a: Value, b: Value): boolean {
  if (a.t !== b.t) throw runtimeError(`cannot compare ${a.t} with ${b.t}`);
  if (a.t === 'array' || b.t === 'array') throw runtimeError('cannot compare arrays');
  return toText(a) === toText(b);
}
