/**
 * Shared state of one preview build: options, natural keys, and the problem / skipped lists every
 * menu builder appends to. Keeping them here means each builder only decides, per row, "preview,
 * problem or skipped", which is what the property test checks.
 */
import { checkRow, type ValidRow } from './row-schemas';
import type { ImportProblem, RouterRow, SkippedRow, SnapshotMenu } from './types';

export type KeyKind = 'hotspot-profile' | 'hotspot-user' | 'voucher-batch' | 'sale' | 'quick-print' | 'ppp-profile' | 'ppp-secret';

export class PreviewContext {
  readonly problems: ImportProblem[] = [];
  readonly skipped: SkippedRow[] = [];

  constructor(
    readonly exponent: number,
    readonly timeZone: string,
    private readonly routerId: string,
  ) {}

  /**
   * Stable across imports: app router id + item kind + router-side name (names are unique per menu
   * on a router; `.id`s are not stable across a backup/restore). The router id is URI-encoded so the
   * `:` separators stay unambiguous, and the name goes last so it may contain anything.
   */
  key(kind: KeyKind, name: string): string {
    return `mikhmon:${encodeURIComponent(this.routerId)}:${kind}:${name}`;
  }

  skip(menu: SnapshotMenu, row: ValidRow, reason: string): void {
    this.problems.push({ menu, rowId: row['.id'], name: row.name, reason, outcome: 'skipped' });
  }

  partial(menu: SnapshotMenu, row: ValidRow, reason: string): void {
    this.problems.push({ menu, rowId: row['.id'], name: row.name, reason, outcome: 'partial' });
  }

  leaveOut(menu: SnapshotMenu, row: ValidRow, reason: string): void {
    this.skipped.push({ menu, rowId: row['.id'], name: row.name, reason });
  }

  /**
   * Validates each row and drops duplicates of a name already seen in the menu (a router never has
   * them, a tampered snapshot might, and two items with one natural key would break idempotency).
   */
  validRows(menu: SnapshotMenu, rows: readonly RouterRow[] | undefined): ValidRow[] {
    const out: ValidRow[] = [];
    const seen = new Set<string>();
    for (const row of Array.isArray(rows) ? rows : []) {
      const check = checkRow(row);
      if (!check.ok) {
        this.problems.push({ menu, rowId: check.rowId, name: check.name, reason: check.reason, outcome: 'skipped' });
        continue;
      }
      if (seen.has(check.row.name)) {
        this.skip(menu, check.row, 'another row in this menu has the same name');
        continue;
      }
      seen.add(check.row.name);
      out.push(check.row);
    }
    return out;
  }

  /** RouterOS booleans print as `true`/`false` (input also takes `yes`/`no`); absent means false. */
  flag(menu: SnapshotMenu, row: ValidRow, field: string): boolean {
    const text = row[field];
    if (text === undefined || text === '' || text === 'false' || text === 'no') return false;
    if (text === 'true' || text === 'yes') return true;
    this.partial(menu, row, `${field} ${JSON.stringify(text.slice(0, 20))} is not a boolean; read as false`);
    return false;
  }
}

/** Empty strings mean "not set" on RouterOS prints. */
export function optional(text: string | undefined): string | null {
  return text === undefined || text === '' ? null : text;
}
