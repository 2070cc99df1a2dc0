import type { Currency } from '@shared/domain/money';
import { tenderInput, type TenderInput, type TillMethodName } from '@shared/ipc/schemas/till';
import { optionalMinor } from './money';

export const METHODS: readonly TillMethodName[] = ['cash', 'mobile_money', 'bank_transfer'];
export type NonCash = Exclude<TillMethodName, 'cash'>;
export const NON_CASH: readonly NonCash[] = ['mobile_money', 'bank_transfer'];

export interface TenderTexts {
  amounts: Record<TillMethodName, string>;
  references: Record<NonCash, string>;
}

/** A field the form marks invalid: an amount per method, or a non-cash method's reference. */
export type TenderField = TillMethodName | `${NonCash}.reference`;

export interface ParsedTenders {
  payments: TenderInput[];
  invalid: ReadonlySet<TenderField>;
  cashMinor: number;
  nonCashMinor: number;
}

/**
 * Typed amounts -> the call's payment lines (methods left empty or 0 are left out), checked with the
 * contract's own schema so a missing reference is named before anything is sent.
 */
export function parseTenders(texts: TenderTexts, currency: Currency, separator: '.' | ','): ParsedTenders {
  const invalid = new Set<TenderField>();
  const payments: TenderInput[] = [];
  let cashMinor = 0;
  let nonCashMinor = 0;
  for (const method of METHODS) {
    const amountMinor = optionalMinor(texts.amounts[method], currency, separator);
    if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) {
      invalid.add(method);
      continue;
    }
    if (amountMinor === 0) continue;
    const reference = method === 'cash' ? '' : texts.references[method].trim();
    const parsed = tenderInput.safeParse({ method, amountMinor, ...(reference === '' ? {} : { reference }) });
    if (!parsed.success) {
      invalid.add(method === 'cash' ? method : `${method}.reference`);
      continue;
    }
    payments.push(parsed.data);
    if (method === 'cash') cashMinor += amountMinor;
    else nonCashMinor += amountMinor;
  }
  return { payments, invalid, cashMinor, nonCashMinor };
}

export interface SaleFigures {
  paidMinor: number;
  /** Still missing before the sale can go through. */
  dueMinor: number;
  changeMinor: number;
  /** Mobile money and transfers above the total: refused (only cash gets change). */
  overpaidNonCash: boolean;
}

/** The same rules as the core's settlement, shown live while the cashier types. */
export function saleFigures(totalMinor: number, parsed: ParsedTenders): SaleFigures {
  const paidMinor = parsed.cashMinor + parsed.nonCashMinor;
  const overpaidNonCash = parsed.nonCashMinor > totalMinor;
  return {
    paidMinor,
    dueMinor: Math.max(0, totalMinor - paidMinor),
    changeMinor: overpaidNonCash ? 0 : Math.max(0, paidMinor - totalMinor),
    overpaidNonCash,
  };
}
