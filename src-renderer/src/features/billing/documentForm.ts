import type { Currency } from '@shared/domain/money';
import { creditNoteCreateInput, invoiceCreateInput } from '@shared/ipc/schemas/billing';
import type { CreateCreditNoteInput, CreateInvoiceInput } from '../../api/billing';
import type { LineText } from './LinesEditor';
import { percentToBp, textToMinor } from './moneyText';

export type DocumentKind = 'invoice' | 'creditNote';

export interface DocumentFormValues {
  lines: LineText[];
  /** Invoices only: YYYY-MM-DD from a date input, empty for the office default. */
  dueDate: string;
  memo: string;
}

export interface DocumentInvalid {
  lines: ReadonlyMap<number, ReadonlySet<keyof LineText>>;
  dueDate: boolean;
  memo: boolean;
}

export type CheckedDocument =
  | { ok: true; kind: 'invoice'; input: CreateInvoiceInput }
  | { ok: true; kind: 'creditNote'; input: CreateCreditNoteInput }
  | { ok: false; invalid: DocumentInvalid };

const LINE_FIELD: Record<string, keyof LineText> = { description: 'description', netMinor: 'amount', taxRateBp: 'taxPercent' };

/** Lines as integer minor units and basis points, checked by the contract's schema of the document kind. */
export function checkDocumentForm(
  kind: DocumentKind,
  customerId: string,
  values: DocumentFormValues,
  currency: Currency,
  separator: '.' | ',',
): CheckedDocument {
  const lines = values.lines.map((line) => ({
    description: line.description,
    netMinor: textToMinor(line.amount, currency, separator),
    taxRateBp: percentToBp(line.taxPercent, separator),
  }));
  if (kind === 'invoice') {
    const parsed = invoiceCreateInput.safeParse({ customerId, lines, dueDate: values.dueDate === '' ? undefined : values.dueDate, memo: values.memo });
    return parsed.success ? { ok: true, kind, input: parsed.data } : { ok: false, invalid: invalidOf(parsed.error.issues) };
  }
  const parsed = creditNoteCreateInput.safeParse({ customerId, lines, memo: values.memo });
  return parsed.success ? { ok: true, kind, input: parsed.data } : { ok: false, invalid: invalidOf(parsed.error.issues) };
}

/** Which fields (and which line's fields) the schema refused. */
function invalidOf(issues: readonly { path: readonly PropertyKey[] }[]): DocumentInvalid {
  const lineErrors = new Map<number, Set<keyof LineText>>();
  let dueDate = false;
  let memo = false;
  for (const issue of issues) {
    const [first, index, field] = issue.path;
    if (first === 'dueDate') dueDate = true;
    else if (first === 'memo') memo = true;
    else if (first === 'lines' && typeof index === 'number') {
      const name = LINE_FIELD[String(field)] ?? 'description';
      lineErrors.set(index, (lineErrors.get(index) ?? new Set<keyof LineText>()).add(name));
    }
  }
  return { lines: lineErrors, dueDate, memo };
}
