// One menu's rows. Ids are '*' + uppercase hex, handed out in increasing order and never reused in a
// session, so after removes the id space is sparse - clients must use ids exactly as returned.

export interface StoredRow {
  readonly id: string;
  /** stored property values (canonical form); read-only live values are computed at render time */
  values: Record<string, string>;
}

export function formatId(n: number): string {
  return `*${n.toString(16).toUpperCase()}`;
}

export function idNumber(id: string): number {
  return Number.parseInt(id.slice(1), 16);
}

export class Table {
  private readonly rows = new Map<string, StoredRow>();
  private nextId: number;
  /** id-ordered view, rebuilt only after an insert or delete (prints and lookups are far more frequent) */
  private ordered: StoredRow[] | null = null;

  constructor(firstId = 1) {
    this.nextId = firstId;
  }

  /** `id` is only for built-in rows (`*0`, `*FFFFFFFE`); they do not move the id counter */
  insert(values: Record<string, string>, id?: string): StoredRow {
    const rowId = id ?? formatId(this.nextId++);
    const row: StoredRow = { id: rowId, values: { ...values } };
    this.rows.set(rowId, row);
    const last = this.ordered?.at(-1);
    // new rows get the highest id, so the ordered view usually just grows at the end
    if (this.ordered && (last === undefined || idNumber(last.id) < idNumber(rowId))) this.ordered.push(row);
    else this.ordered = null;
    return row;
  }

  get(id: string): StoredRow | undefined {
    return this.rows.get(id);
  }

  delete(id: string): boolean {
    const existed = this.rows.delete(id);
    if (existed && this.ordered) {
      const i = this.ordered.findIndex((r) => r.id === id);
      if (i >= 0) this.ordered.splice(i, 1);
    }
    return existed;
  }

  /** rows in id order, which is what print shows (so built-in `*FFFFFFFE` comes last) */
  all(): StoredRow[] {
    this.ordered ??= [...this.rows.values()].sort((a, b) => idNumber(a.id) - idNumber(b.id));
    return this.ordered.slice();
  }

  /** rows in no particular order, without copying (for scans that do not change the table) */
  values(): IterableIterator<StoredRow> {
    return this.rows.values();
  }

  get size(): number {
    return this.rows.size;
  }
}
