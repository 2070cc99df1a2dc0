// `:pick`, `:find`, `:len`, `:tonum`: the string helpers the expiry scripts need.
import { runtimeError } from './errors';
import { NIL, expectNum, num, str, type Value } from './values';

function pick(args: Value[]): Value {
  const [subject, startV, endV] = args;
  if (!subject || !startV || args.length > 3) throw runtimeError(':pick needs a value, a start and an optional end');
  const start = expectNum(startV, ':pick start');
  const end = endV === undefined ? start + 1 : expectNum(endV, ':pick end');
  if (subject.t === 'array') return end === start + 1 ? (subject.v[start] ?? NIL) : { t: 'array', v: subject.v.slice(start, end) };
  if (subject.t !== 'str') throw runtimeError(`:pick needs a string or array, got ${subject.t}`);
  return str(subject.v.slice(Math.max(0, start), Math.max(0, end)));
}

function find(args: Value[]): Value {
  const [subject, needle] = args;
  if (!subject || !needle || args.length !== 2) throw runtimeError(':find needs exactly a string and a substring here');
  if (subject.t !== 'str' || needle.t !== 'str') throw runtimeError(`:find needs strings, got ${subject.t} and ${needle.t}`);
  const index = subject.v.indexOf(needle.v);
  return index < 0 ? NIL : num(index);
}

function len(args: Value[]): Value {
  const [subject] = args;
  if (!subject || args.length !== 1) throw runtimeError(':len needs one value');
  if (subject.t === 'str') return num(subject.v.length);
  if (subject.t === 'array') return num(subject.v.length);
  throw runtimeError(`:len needs a string or array, got ${subject.t}`);
}

/**
 * Digits only. A leading zero is refused on purpose: whether RouterOS reads `08` as 8 is not
 * documented, so the app's scripts never ask it (they prefix a `1` and subtract instead).
 */
function tonum(args: Value[]): Value {
  const [subject] = args;
  if (!subject || args.length !== 1) throw runtimeError(':tonum needs one value');
  if (subject.t === 'num') return subject;
  if (subject.t !== 'str') throw runtimeError(`:tonum needs a string, got ${subject.t}`);
  if (/^-?0\d/.test(subject.v)) throw runtimeError(`:tonum of ${JSON.stringify(subject.v)}: leading zero (ambiguous on RouterOS)`);
  return /^-?\d+$/.test(subject.v) ? num(Number(subject.v)) : NIL;
}

export const BUILTIN_FUNCTIONS: Record<'pick' | 'find' | 'len' | 'tonum', (args: Value[]) => Value> = { pick, find, len, tonum };
