// Generic add / set / unset / remove / enable / disable over a menu, with RouterOS's checks: unknown
// or read-only properties, value validation, duplicates and missing items. Every check runs before
// anything changes, so a trapped command leaves the router untouched.
import { normalizeInput, type FieldSpec } from './fields';
import type { MenuSpec } from './menus';
import { Trap } from './replies';
import type { RouterState } from './router-state';
import type { StoredRow } from './table';

export const MSG_NO_SUCH_ITEM = 'no such item';

function fieldOf(spec: MenuSpec, name: string): FieldSpec | undefined {
  return spec.fields.find((f) => f.name === name);
}

/** items named by `.id` / `numbers` / `number`: '*1A', a name, or a bare position, comma separated */
export function resolveItems(state: RouterState, spec: MenuSpec, attrs: ReadonlyMap<string, string>): StoredRow[] {
  const table = state.table(spec.path);
  if (spec.single) return table.all();
  const ref = attrs.get('.id') ?? attrs.get('numbers') ?? attrs.get('number');
  const tokens = (ref ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (tokens.length === 0) throw new Trap(MSG_NO_SUCH_ITEM, 0);
  const rows = table.all();
  const out: StoredRow[] = [];
  for (const token of tokens) {
    let row: StoredRow | undefined;
    if (/^\*[0-9a-f]+$/i.test(token)) {
      row = table.get(`*${Number.parseInt(token.slice(1), 16).toString(16).toUpperCase()}`);
    } else if (/^\d+$/.test(token)) {
      // A bare number is a position, not an id: `.id=4` is NOT `*4`. Clients must send ids as returned.
      row = rows[Number(token)];
    } else if (spec.keyField) {
      const key = spec.keyField;
      row = rows.find((r) => r.values[key] === token);
    }
    if (!row) throw new Trap(MSG_NO_SUCH_ITEM, 0);
    if (!out.includes(row)) out.push(row);
  }
  return out;
}

const ITEM_WORDS = new Set(['.id', 'numbers', 'number']);

function normalizeAttrs(state: RouterState, spec: MenuSpec, attrs: ReadonlyMap<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, raw] of attrs) {
    if (ITEM_WORDS.has(key)) continue;
    const field = fieldOf(spec, key);
    if (!field || field.readOnly) throw new Trap(`unknown parameter ${key}`);
    out[key] = normalizeInput(field, raw, state);
  }
  return out;
}

function checkDuplicate(state: RouterState, spec: MenuSpec, candidate: Record<string, string>, selfId: string | null): void {
  const dup = spec.duplicate;
  if (!dup) return;
  for (const r of state.table(spec.path).values()) {
    // every RouterOS uniqueness rule modelled here starts with "same name"; skip the rest cheaply
    if (r.values.name !== candidate.name || r.id === selfId) continue;
    if (dup.clash(candidate, r.values)) throw new Trap(dup.message);
  }
}

function staticDefaults(spec: MenuSpec): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of spec.fields) if (f.default !== undefined) out[f.name] = f.default;
  return out;
}

export function addRow(state: RouterState, spec: MenuSpec, attrs: ReadonlyMap<string, string>, apiUser: string): string {
  const given = normalizeAttrs(state, spec, attrs);
  const values = { ...staticDefaults(spec), ...(spec.dynamicDefaults?.(state, apiUser) ?? {}), ...given };
  checkDuplicate(state, spec, values, null);
  const row = state.table(spec.path).insert(values);
  state.emitChange(spec.path, row.id, false);
  return row.id;
}

function update(state: RouterState, spec: MenuSpec, rows: StoredRow[], change: (row: StoredRow) => Record<string, string>): void {
  const planned = rows.map((row) => ({ row, next: change(row) }));
  for (const p of planned) checkDuplicate(state, spec, p.next, p.row.id);
  for (const p of planned) {
    p.row.values = p.next;
    state.emitChange(spec.path, p.row.id, false);
  }
}

export function setRows(state: RouterState, spec: MenuSpec, attrs: ReadonlyMap<string, string>): void {
  const rows = resolveItems(state, spec, attrs);
  const changes = normalizeAttrs(state, spec, attrs);
  update(state, spec, rows, (row) => ({ ...row.values, ...changes }));
}

/** `unset =numbers=X =value-name=limit-uptime`: drops an optional property (or restores its default) */
export function unsetRows(state: RouterState, spec: MenuSpec, attrs: ReadonlyMap<string, string>): void {
  const name = attrs.get('value-name') ?? '';
  const field = fieldOf(spec, name);
  if (!field || field.readOnly) throw new Trap(`unknown parameter ${name}`);
  const rows = resolveItems(state, spec, attrs);
  update(state, spec, rows, (row) => {
    const next = { ...row.values };
    if (field.default !== undefined) next[name] = field.default;
    else delete next[name];
    return next;
  });
}

export function setDisabled(state: RouterState, spec: MenuSpec, attrs: ReadonlyMap<string, string>, disabled: boolean): void {
  const rows = resolveItems(state, spec, attrs);
  update(state, spec, rows, (row) => ({ ...row.values, disabled: disabled ? 'true' : 'false' }));
}

export function resetCounters(state: RouterState, spec: MenuSpec, attrs: ReadonlyMap<string, string>): void {
  const rows = resolveItems(state, spec, attrs);
  update(state, spec, rows, (row) => ({
    ...row.values,
    uptime: '0s',
    'bytes-in': '0',
    'bytes-out': '0',
    'packets-in': '0',
    'packets-out': '0',
  }));
}

export function removeRows(state: RouterState, spec: MenuSpec, attrs: ReadonlyMap<string, string>): void {
  const rows = resolveItems(state, spec, attrs);
  const builtinIds = new Set((spec.builtins ?? []).map((b) => b.id));
  for (const r of rows) {
    if (builtinIds.has(r.id)) throw new Trap(spec.builtinRemoveMessage ?? 'failure: can not remove built-in item');
  }
  const table = state.table(spec.path);
  for (const r of rows) {
    if (spec.remove) {
      spec.remove(state, r);
      continue;
    }
    spec.beforeRemove?.(state, r);
    if (table.delete(r.id)) state.emitChange(spec.path, r.id, true);
  }
}

/** `/system/script/run`: counts the run and hands the source to the script hook */
export function runScripts(state: RouterState, spec: MenuSpec, attrs: ReadonlyMap<string, string>): void {
  for (const row of resolveItems(state, spec, attrs)) {
    row.values['run-count'] = String(Number(row.values['run-count'] ?? '0') + 1);
    row.values['last-started'] = state.isoNow();
    state.emitChange(spec.path, row.id, false);
    state.runScript({ trigger: 'script-run', name: row.values.name ?? '', source: row.values.source ?? '' });
  }
}
