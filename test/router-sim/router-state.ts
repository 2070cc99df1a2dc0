// Everything one simulated router holds: menus with their rows, sessions, clock, version and API
// users. Connections share one state; changes are broadcast so `/listen` can stream them.
import { SimClock } from './clock';
import { renderValue, type FieldContext } from './fields';
import { MENUS, type MenuSpec } from './menus';
import type { ScriptRunContext, ScriptRunner } from './scripts';
import { logoutHotspot, logoutPpp, type HotspotSession, type PppSession } from './sessions';
import { Table, type StoredRow } from './table';
import { versionTraits, type VersionTraits } from './version';

export interface ChangeEvent {
  menu: string;
  id: string;
  /** the row was removed */
  dead: boolean;
}

export interface RouterStateOptions {
  version: string;
  users: Record<string, string>;
  identity: string;
  startTimeMs: number;
}

/** runs one API command in-process; provided by the command layer to avoid a module cycle */
export type InProcessExec = (state: RouterState, words: string[], user: string) => string[][];

export class RouterState implements FieldContext {
  version: string;
  readonly users: Record<string, string>;
  readonly clock: SimClock;
  readonly hotspotSessions = new Map<string, HotspotSession>();
  readonly pppSessions = new Map<string, PppSession>();
  scriptRunner: ScriptRunner | null = null;
  inProcessExec: InProcessExec | null = null;

  private readonly specs = new Map<string, MenuSpec>();
  private readonly tables = new Map<string, Table>();
  private readonly listeners = new Set<(ev: ChangeEvent) => void>();
  private addressCounter = 0;

  constructor(opts: RouterStateOptions) {
    this.version = opts.version;
    this.users = { ...opts.users };
    this.clock = new SimClock(opts.startTimeMs);
    for (const spec of MENUS) {
      this.specs.set(spec.path, spec);
      const table = new Table(1);
      for (const b of spec.builtins ?? []) table.insert(b.values, b.id);
      if (spec.single && table.size === 0) table.insert({}, '*0');
      this.tables.set(spec.path, table);
    }
    const identity = this.table('/system/identity').get('*0');
    if (identity) identity.values.name = opts.identity;
  }

  traits(): VersionTraits {
    return versionTraits(this.version);
  }

  spec(menu: string): MenuSpec | undefined {
    return this.specs.get(menu);
  }

  menus(): MenuSpec[] {
    return [...this.specs.values()];
  }

  table(menu: string): Table {
    const t = this.tables.get(menu);
    if (!t) throw new Error(`router-sim: unknown menu ${menu}`);
    return t;
  }

  /** FieldContext: names that a reference property may take */
  refNames(menu: string): string[] {
    const spec = this.specs.get(menu);
    const key = spec?.keyField;
    if (!key) return [];
    return this.table(menu)
      .all()
      .map((r) => r.values[key])
      .filter((v): v is string => v !== undefined);
  }

  /** a row as print shows it: `.id` first (not for settings menus), then properties in menu order */
  render(menu: string, row: StoredRow): Record<string, string> {
    const spec = this.specs.get(menu);
    if (!spec) throw new Error(`router-sim: unknown menu ${menu}`);
    const computed = spec.computed ? spec.computed(this, row) : {};
    const ctx = { isoDates: this.traits().isoDates };
    const out: Record<string, string> = spec.single ? {} : { '.id': row.id };
    for (const f of spec.fields) {
      const stored = row.values[f.name];
      if (stored !== undefined) out[f.name] = renderValue(f, stored, ctx);
      else if (computed[f.name] !== undefined) out[f.name] = computed[f.name] as string;
    }
    return out;
  }

  renderAll(menu: string): Array<Record<string, string>> {
    return this.table(menu)
      .all()
      .map((r) => this.render(menu, r));
  }

  onChange(listener: (ev: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emitChange(menu: string, id: string, dead: boolean): void {
    for (const l of [...this.listeners]) {
      try {
        l({ menu, id, dead });
      } catch {
        // one broken listener (a closing connection) must not stop the others
      }
    }
  }

  nextAddressIndex(): number {
    return this.addressCounter++;
  }

  /** canonical storage form of "now" for datetime properties */
  isoNow(): string {
    return new Date(this.clock.now()).toISOString().slice(0, 19).replace('T', ' ');
  }

  logoutHotspotSession(activeId: string): void {
    logoutHotspot(this, activeId);
  }

  logoutPppSession(activeId: string, reason = 'disconnected'): void {
    logoutPpp(this, activeId, reason);
  }

  /** a /log entry, the way RouterOS records events such as a failed script */
  log(topics: string, message: string): void {
    const row = this.table('/log').insert({ time: this.isoNow(), topics, message });
    this.emitChange('/log', row.id, false);
  }

  runScript(ev: Omit<ScriptRunContext, 'exec' | 'nowMs' | 'log'>): void {
    const runner = this.scriptRunner;
    if (!runner) return;
    runner({
      ...ev,
      nowMs: this.clock.now(),
      log: (topics, message) => this.log(topics, message),
      exec: (words) => {
        if (!this.inProcessExec) throw new Error('router-sim: command layer not attached');
        return this.inProcessExec(this, words, '*sys');
      },
    });
  }
}
