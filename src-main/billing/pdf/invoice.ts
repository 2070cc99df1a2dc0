import { addDays } from '../../../src-shared/domain/civil-date';
import type { LedgerEntry, LedgerLine, StatementEntry } from '../../../src-shared/ipc/schemas/billing';
import type { DocumentDetails, DocumentPaper } from '../../../src-shared/ipc/schemas/billing-documents';
import type { Office } from '../../../src-shared/ipc/schemas/common';
import type { Customer } from '../../../src-shared/ipc/schemas/customers';
import { sumMinor } from '../amounts';
import { entryReference } from './entry-names';
import { statusLabel, type DocFormat } from './format';
import { documentFoot, documentHead, pair, totalRow } from './parties';
import type { Block } from './render';

/** An allocation seen from one document: the other entry's name and the amount between them. */
export interface Applied {
  name: string;
  amountMinor: number;
}

export interface InvoiceView {
  office: Office;
  details: DocumentDetails;
  paper: DocumentPaper;
  format: DocFormat;
  customer: Customer;
  /** An invoice or credit note with its derived settlement (statement as of today). */
  entry: StatementEntry;
  /** The entry that voided it, if any (date and reason are printed). */
  voidEntry: LedgerEntry | null;
  /** Invoices: the payments and credits that paid it. Credit notes: the debits it paid. */
  applied: Applied[];
}

function periodText(line: LedgerLine, format: DocFormat): string {
  if (!line.periodStart || !line.periodEnd) return '';
  // Periods are stored end-exclusive; paper shows the last day of service.
  return `${format.date(line.periodStart)} – ${format.date(addDays(line.periodEnd, -1))}`;
}

function lineDescription(line: LedgerLine, format: DocFormat): string {
  const period = periodText(line, format);
  return period === '' ? line.description : `${line.description}\n${period}`;
}

function a4Lines(lines: readonly LedgerLine[], format: DocFormat): Block[] {
  const blocks: Block[] = [
    {
      kind: 'row',
      header: true,
      cells: [
        { text: 'Description', width: 0.4 },
        { text: 'Qty', width: 0.06, align: 'right' },
        { text: 'Unit price', width: 0.16, align: 'right' },
        { text: 'Tax', width: 0.18, align: 'right' },
        { text: 'Total', width: 0.2, align: 'right' },
      ],
    },
  ];
  for (const line of lines) {
    blocks.push({
      kind: 'row',
      cells: [
        { text: lineDescription(line, format), width: 0.4 },
        // The ledger keeps one amount per line (a plan period, a fee): every line is one unit.
        { text: '1', width: 0.06, align: 'right' },
        { text: format.money(line.netMinor), width: 0.16, align: 'right' },
        { text: line.taxRateBp > 0 ? `${format.money(line.taxMinor)} (${format.percent(line.taxRateBp)})` : '-', width: 0.18, align: 'right' },
        { text: format.money(line.totalMinor), width: 0.2, align: 'right' },
      ],
    });
  }
  return [...blocks, { kind: 'rule' }];
}

function rollLines(lines: readonly LedgerLine[], format: DocFormat): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    blocks.push({ kind: 'text', text: lineDescription(line, format) });
    blocks.push(pair(`1 x ${format.money(line.netMinor)}`, format.money(line.totalMinor)));
    if (line.taxRateBp > 0) blocks.push({ kind: 'text', text: `incl. tax ${format.percent(line.taxRateBp)}: ${format.money(line.taxMinor)}`, muted: true });
  }
  return [...blocks, { kind: 'rule' }];
}

/** Tax per rate ("Tax 11%"), so a mixed invoice shows what each rate came to. */
function taxByRate(lines: readonly LedgerLine[]): Array<{ rateBp: number; taxMinor: number }> {
  const rates = new Map<number, number[]>();
  for (const line of lines) if (line.taxRateBp > 0) rates.set(line.taxRateBp, [...(rates.get(line.taxRateBp) ?? []), line.taxMinor]);
  return [...rates].sort(([a], [b]) => a - b).map(([rateBp, taxes]) => ({ rateBp, taxMinor: sumMinor(taxes) }));
}

function totals(view: InvoiceView): Block[] {
  const { entry, format } = view;
  const row = view.paper === 'a4' ? totalRow : pair;
  const lines = entry.lines;
  const blocks: Block[] = [row('Subtotal', format.money(sumMinor(lines.map((line) => line.netMinor))))];
  for (const { rateBp, taxMinor } of taxByRate(lines)) blocks.push(row(`Tax ${format.percent(rateBp)}`, format.money(taxMinor)));
  blocks.push(row('Tax total', format.money(sumMinor(lines.map((line) => line.taxMinor)))));
  blocks.push(row(entry.kind === 'credit_note' ? 'TOTAL CREDIT' : 'TOTAL', format.money(Math.abs(entry.amountMinor)), true));
  if (entry.kind === 'invoice') {
    blocks.push(row('Amount paid', format.money(entry.settledMinor ?? 0)), row('Amount due', format.money(entry.openMinor ?? 0), true));
    if (entry.status) blocks.push(row('Status', statusLabel(entry.status), true));
  } else if (view.voidEntry === null) {
    const applied = sumMinor(view.applied.map((item) => item.amountMinor));
    blocks.push(row('Credit applied', format.money(applied)), row('Credit not yet applied', format.money(Math.abs(entry.amountMinor) - applied)));
  }
  return blocks;
}

function appliedList(view: InvoiceView): Block[] {
  if (view.applied.length === 0) return [];
  const title = view.entry.kind === 'invoice' ? 'Paid by' : 'Applied to';
  return [{ kind: 'gap' }, { kind: 'text', text: `${title}:`, bold: true }, ...view.applied.map((item) => pair(item.name, view.format.money(item.amountMinor)))];
}

function voidBlocks(view: InvoiceView): Block[] {
  if (!view.voidEntry) return [];
  const reason = view.voidEntry.memo === '' ? '' : `: ${view.voidEntry.memo}`;
  return [
    { kind: 'banner', text: 'VOID' },
    { kind: 'text', text: `Voided on ${view.format.dateOf(view.voidEntry.occurredAt)}${reason}. This document is cancelled and owes nothing.`, align: 'center' },
    { kind: 'gap' },
  ];
}

/** An invoice or a credit note: office, customer, number and dates, lines, tax, totals and what is paid. */
export function invoiceBlocks(view: InvoiceView): Block[] {
  const { entry, format } = view;
  const isInvoice = entry.kind === 'invoice';
  const facts: Array<[string, string]> = [
    [isInvoice ? 'Invoice no.' : 'Credit note no.', entryReference(entry)],
    ['Issue date', format.dateOf(entry.occurredAt)],
  ];
  if (isInvoice && entry.dueDate) facts.push(['Due date', format.date(entry.dueDate)]);
  if (isInvoice && entry.status) facts.push(['Status', statusLabel(entry.status)]);
  const head = documentHead({ ...view, title: isInvoice ? 'INVOICE' : 'CREDIT NOTE', facts, customerLabel: isInvoice ? 'Bill to' : 'Credit to' });
  const memo: Block[] = entry.memo === '' ? [] : [{ kind: 'gap' }, { kind: 'text', text: `Note: ${entry.memo}` }];
  const lines = view.paper === 'a4' ? a4Lines(entry.lines, format) : rollLines(entry.lines, format);
  return [...head, ...voidBlocks(view), ...lines, ...totals(view), ...appliedList(view), ...memo, ...documentFoot(view.details, view.paper)];
}
