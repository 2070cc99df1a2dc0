import { AppError } from '../../src-shared/ipc/result';
import type { TenderInput, TillMethodName } from '../../src-shared/ipc/schemas/till';

/** One money entry to write: what the till keeps per method after change. */
export interface Tender {
  method: TillMethodName;
  amountMinor: number;
  reference: string | null;
}

export interface Settlement {
  tenders: Tender[];
  tenderedMinor: number;
  changeMinor: number;
}

/**
 * Exact payment, or cash over the total with change. Change comes only out of cash: mobile money and
 * transfers above the total are refused (nobody can hand back part of a transfer at the desk). Cash
 * lines are merged (their sum is what was counted out); other lines keep their references.
 */
export function settle(totalMinor: number, payments: readonly TenderInput[]): Settlement {
  const cash = payments.filter((p) => p.method === 'cash').reduce((sum, p) => sum + p.amountMinor, 0);
  const others = payments.filter((p) => p.method !== 'cash' && p.amountMinor > 0);
  const nonCash = others.reduce((sum, p) => sum + p.amountMinor, 0);
  const tendered = cash + nonCash;
  if (tendered < totalMinor) {
    throw new AppError('VALIDATION', `The payments are ${totalMinor - tendered} short of the total.`, { totalMinor, tenderedMinor: tendered });
  }
  if (nonCash > totalMinor) {
    throw new AppError('VALIDATION', 'Mobile money and transfers cannot be more than the total: only cash gets change.', { totalMinor, nonCashMinor: nonCash });
  }
  const change = tendered - totalMinor;
  if (cash > 0 && change === cash) {
    throw new AppError('VALIDATION', 'The other payments already cover the total: no cash is needed.', { totalMinor });
  }
  const tenders: Tender[] = others.map((p) => ({ method: p.method, amountMinor: p.amountMinor, reference: p.reference ?? null }));
  if (cash - change > 0) tenders.unshift({ method: 'cash', amountMinor: cash - change, reference: null });
  return { tenders, tenderedMinor: tendered, changeMinor: change };
}
