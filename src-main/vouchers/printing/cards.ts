import type { Sqlite } from '../../db/connection';
import type { PrintCard } from '../print/types';
import { humanDuration } from './human-duration';

export type PrintSelection = 'all' | 'unprinted' | 'unsold';

/** Which rows each selection prints; removed and expired cards are never printed again. */
const SELECTION_SQL: Record<PrintSelection, string> = {
  all: `status NOT IN ('removed', 'expired')`,
  unprinted: `status IN ('generated', 'on_router')`,
  unsold: `status IN ('generated', 'on_router', 'printed')`,
};

export interface BatchForPrint {
  id: string;
  note: string;
  planName: string;
  priceMinor: number;
  validityMs: number | null;
}

export interface CardsForPrint {
  cards: PrintCard[];
  voucherIds: string[];
}

/** The batch's vouchers as printable cards, in serial order (the order they are cut and stacked). */
export function batchCards(sqlite: Sqlite, batch: BatchForPrint, selection: PrintSelection, loginUrlBase: string, locale: string): CardsForPrint {
  const rows = sqlite
    .prepare(`SELECT id, code, password, serial FROM vouchers WHERE batch_id = ? AND ${SELECTION_SQL[selection]} ORDER BY serial, code`)
    .all(batch.id) as Array<{ id: string; code: string; password: string; serial: number | null }>;
  const validityText = batch.validityMs ? humanDuration(batch.validityMs, locale) : '';
  const batchLabel = batch.note.trim() || undefined;
  const cards = rows.map((row): PrintCard => ({
    code: row.code,
    ...(row.password !== row.code ? { password: row.password } : {}),
    serial: row.serial === null ? '' : String(row.serial),
    planName: batch.planName,
    priceMinor: batch.priceMinor,
    validityText,
    ...(batchLabel ? { batchLabel } : {}),
    loginUrlBase,
  }));
  return { cards, voucherIds: rows.map((row) => row.id) };
}
