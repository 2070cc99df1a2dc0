// Property types of menu rows: how an input value is checked and normalised before it is stored,
// and how a stored value is rendered (dates depend on the router version, so they are stored in one
// canonical form and rendered at print time). Every value on the wire is a string.
import { formatDate, formatDateTime, parseDateInput, parseDuration, formatDuration, parseTimeInput } from './clock';
import { Trap } from './replies';

export type FieldType =
  | { kind: 'string' }
  | { kind: 'bool' }
  /** extra: literal words also accepted, e.g. 'none' for idle-timeout */
  | { kind: 'duration'; extra?: readonly string[] }
  | { kind: 'int'; extra?: readonly string[] }
  | { kind: 'enum'; values: readonly string[] }
  /** value must name a row of another menu (e.g. a profile); extra values like 'all' also accepted */
  | { kind: 'ref'; menu: string; extra?: readonly string[] }
  | { kind: 'mac' }
  /** stored as '2026-01-15', rendered per version */
  | { kind: 'date' }
  /** 'HH:MM:SS' or 'startup' */
  | { kind: 'time' }
  /** stored as '2026-01-15 10:20:30', rendered per version */
  | { kind: 'datetime' };

export interface FieldSpec {
  name: string;
  type: FieldType;
  /** stored on add when not given; absent default + not given = property omitted from prints */
  default?: string;
  /** set by the router, not accepted in add/set */
  readOnly?: boolean;
}

export interface FieldContext {
  /** names usable as references into another menu */
  refNames(menu: string): string[];
}

export interface RenderContext {
  isoDates: boolean;
}

const str = (): FieldType => ({ kind: 'string' });
export const t = {
  str,
  bool: (): FieldType => ({ kind: 'bool' }),
  duration: (...extra: string[]): FieldType => ({ kind: 'duration', extra }),
  int: (...extra: string[]): FieldType => ({ kind: 'int', extra }),
  enumOf: (...values: string[]): FieldType => ({ kind: 'enum', values }),
  ref: (menu: string, ...extra: string[]): FieldType => ({ kind: 'ref', menu, extra }),
  mac: (): FieldType => ({ kind: 'mac' }),
  date: (): FieldType => ({ kind: 'date' }),
  time: (): FieldType => ({ kind: 'time' }),
  datetime: (): FieldType => ({ kind: 'datetime' }),
};

export function parseBool(value: string): boolean | null {
  switch (value) {
    case 'yes':
    case 'true':
      return true;
    case 'no':
    case 'false':
      return false;
    default:
      return null;
  }
}

/** RouterOS accepts an unambiguous prefix of an enumerated value and stores the full value. */
function pickValue(field: string, value: string, choices: readonly string[]): string {
  if (choices.includes(value)) return value;
  const hits = value === '' ? [] : choices.filter((c) => c.startsWith(value));
  if (hits.length === 1) return hits[0] as string;
  if (hits.length > 1) throw new Trap(`ambiguous value of ${field}, more than one possible value`, 1);
  throw new Trap(`input does not match any value of ${field}`, 1);
}

export function normalizeInput(field: FieldSpec, raw: string, ctx: FieldContext): string {
  const ty = field.type;
  switch (ty.kind) {
    case 'string':
      return raw;
    case 'bool': {
      const b = parseBool(raw);
      if (b === null) throw new Trap(`invalid value of ${field.name}, must be either yes or no`, 1);
      return b ? 'true' : 'false';
    }
    case 'duration': {
      if (ty.extra?.includes(raw)) return raw;
      const ms = parseDuration(raw);
      if (ms === null) throw new Trap(`invalid time value for argument ${field.name}`, 1);
      return formatDuration(ms);
    }
    case 'int':
      if (ty.extra?.includes(raw)) return raw;
      if (!/^\d+$/.test(raw)) throw new Trap(`invalid value for argument ${field.name}`, 1);
      return String(Number(raw));
    case 'enum':
      return pickValue(field.name, raw, ty.values);
    case 'ref':
      return pickValue(field.name, raw, [...(ty.extra ?? []), ...ctx.refNames(ty.menu)]);
    case 'mac': {
      if (!/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i.test(raw)) throw new Trap(`invalid value for argument ${field.name}`, 1);
      return raw.toUpperCase();
    }
    case 'date': {
      const d = parseDateInput(raw);
      if (d === null) throw new Trap(`invalid value for argument ${field.name}`, 1);
      return d;
    }
    case 'time': {
      const tm = parseTimeInput(raw);
      if (tm === null) throw new Trap(`invalid value for argument ${field.name}`, 1);
      return tm;
    }
    case 'datetime':
      // only the router sets these
      return raw;
  }
}

export function renderValue(field: FieldSpec, stored: string, ctx: RenderContext): string {
  if (field.type.kind === 'date') {
    const ms = Date.parse(`${stored}T00:00:00Z`);
    return Number.isNaN(ms) ? stored : formatDate(ms, ctx.isoDates);
  }
  if (field.type.kind === 'datetime') {
    const ms = Date.parse(`${stored.replace(' ', 'T')}Z`);
    return Number.isNaN(ms) ? stored : formatDateTime(ms, ctx.isoDates);
  }
  return stored;
}

/** for query comparisons: booleans accept yes/no, durations compare by length, numbers numerically */
export function queryNormalize(field: FieldSpec | undefined, value: string): string {
  if (field?.type.kind === 'bool') {
    const b = parseBool(value);
    return b === null ? value : b ? 'true' : 'false';
  }
  return value;
}

export function queryCompare(field: FieldSpec | undefined, a: string, b: string, fallback: (a: string, b: string) => number): number {
  if (field?.type.kind === 'duration') {
    const da = parseDuration(a);
    const db = parseDuration(b);
    if (da !== null && db !== null) return Math.sign(da - db);
  }
  return fallback(a, b);
}
