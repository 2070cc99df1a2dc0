import type { LedgerEntry } from '../../../src-shared/ipc/schemas/billing';
import type { DocumentDetails, DocumentPaper } from '../../../src-shared/ipc/schemas/billing-documents';
import type { Office } from '../../../src-shared/ipc/schemas/common';
import type { Customer } from '../../../src-shared/ipc/schemas/customers';
import { entryDescription, entryName } from './entry-names';
import { statusLabel, type DocFormat } from './format';
import { documentFoot, documentHead, pair, totalRow } from './parties';
import type { Block } from './render';
import { AGEING_BUCKETS, type AgeingBucket, type StatementPeriod } from './statement-period';

export interface StatementView {
  office: Office;
  details: DocumentDetails;
  paper: DocumentPaper;
  format: DocFormat;
  customer: Customer;
  period: StatementPeriod;
  /** Every entry of the customer by id, to name what a void reverses. */
  byId: ReadonlyMap<string, LedgerEntry>;
  printedAt: number;
}

const BUCKET_LABELS: Record<AgeingBucket, string> = {
  current: 'Not yet due',
  '1-30': '1-30 days overdue',
  '31-60': '31-60 days overdue',
  '61-90': '61-90 days overdue',
  '90+': 'Over 90 days overdue',
};

/** Debits and credits as positive amounts in their own columns; the balance keeps its sign. */
function a4Entries(view: StatementView): Block[] {
  const { format, period } = view;
  const blocks: Block[] = [
    {
      kind: 'row',
      header: true,
      cells: [
        { text: 'Date', width: 0.13 },
        { text: 'Document', width: 0.3 },
        { text: 'Details', width: 0.21 },
        { text: 'Charges', width: 0.12, align: 'right' },
        { text: 'Credits', width: 0.12, align: 'right' },
        { text: 'Balance', width: 0.12, align: 'right' },
      ],
    },
    { kind: 'row', cells: [{ text: format.date(period.from), width: 0.13 }, { text: 'Opening balance', width: 0.75 }, { text: format.money(period.openingMinor), width: 0.12, align: 'right' }] },
  ];
  for (const row of period.rows) {
    const amount = row.entry.amountMinor;
    const voided = row.entry.voidedByEntryId !== null ? ' (voided)' : '';
    blocks.push({
      kind: 'row',
      cells: [
        { text: format.date(row.date), width: 0.13 },
        { text: `${entryName(row.entry, view.byId)}${voided}`, width: 0.3 },
        { text: entryDescription(row.entry), width: 0.21 },
        { text: amount > 0 ? format.money(amount) : '', width: 0.12, align: 'right' },
        { text: amount < 0 ? format.money(-amount) : '', width: 0.12, align: 'right' },
        { text: format.money(row.balanceMinor), width: 0.12, align: 'right' },
      ],
    });
  }
  return [...blocks, { kind: 'rule' }];
}

function rollEntries(view: StatementView): Block[] {
  const { format, period } = view;
  const blocks: Block[] = [pair('Opening balance', format.money(period.openingMinor))];
  for (const row of period.rows) {
    const voided = row.entry.voidedByEntryId !== null ? ' (voided)' : '';
    blocks.push({ kind: 'gap', lines: 0.5 }, { kind: 'text', text: `${format.date(row.date)} ${entryName(row.entry, view.byId)}${voided}`, bold: true });
    const details = entryDescription(row.entry);
    if (details !== '') blocks.push({ kind: 'text', text: details });
    blocks.push(pair('Amount', format.money(row.entry.amountMinor)), pair('Balance', format.money(row.balanceMinor)));
  }
  return [...blocks, { kind: 'rule' }];
}

function openItems(view: StatementView): Block[] {
  const { format, period } = view;
  const title: Block = { kind: 'text', text: `Open items on ${format.date(period.to)}`, bold: true, scale: 1.1 };
  if (period.open.length === 0) return [{ kind: 'gap' }, title, { kind: 'text', text: 'Nothing is open.' }];
  const blocks: Block[] = [{ kind: 'gap' }, title];
  if (view.paper === 'a4') {
    blocks.push({
      kind: 'row',
      header: true,
      cells: [
        { text: 'Document', width: 0.3 },
        { text: 'Due date', width: 0.16 },
        { text: 'Days overdue', width: 0.14, align: 'right' },
        { text: 'Status', width: 0.2, align: 'right' },
        { text: 'Open amount', width: 0.2, align: 'right' },
      ],
    });
  }
  for (const item of period.open) {
    const name = entryName(item.entry, view.byId);
    const overdue = String(Math.max(item.daysOverdue, 0));
    const status = item.entry.status ? statusLabel(item.entry.status) : '';
    if (view.paper === 'a4') {
      blocks.push({
        kind: 'row',
        cells: [
          { text: name, width: 0.3 },
          { text: format.date(item.dueDate), width: 0.16 },
          { text: overdue, width: 0.14, align: 'right' },
          { text: status, width: 0.2, align: 'right' },
          { text: format.money(item.openMinor), width: 0.2, align: 'right' },
        ],
      });
    } else {
      const age = item.daysOverdue > 0 ? `${item.daysOverdue} days overdue` : 'not yet due';
      blocks.push({ kind: 'text', text: `${name} (${age})` }, pair(`due ${format.date(item.dueDate)}`, format.money(item.openMinor)));
    }
  }
  return blocks;
}

function ageing(view: StatementView): Block[] {
  const { format, period } = view;
  const row = view.paper === 'a4' ? totalRow : pair;
  const blocks: Block[] = [{ kind: 'gap' }, { kind: 'text', text: 'Ageing', bold: true, scale: 1.1 }];
  for (const bucket of AGEING_BUCKETS) blocks.push(row(BUCKET_LABELS[bucket], format.money(period.ageing[bucket])));
  const total = AGEING_BUCKETS.reduce((sum, bucket) => sum + period.ageing[bucket], 0);
  blocks.push(row('Total open', format.money(total), true));
  if (period.creditMinor > 0) blocks.push(row('Unapplied credit', format.money(period.creditMinor)));
  return blocks;
}

/** A statement of account: opening balance, every entry with a running balance, closing balance, open items and ageing. */
export function statementBlocks(view: StatementView): Block[] {
  const { format, period } = view;
  const facts: Array<[string, string]> = [
    ['Account no.', view.customer.accountNumber],
    ['Period', `${format.date(period.from)} – ${format.date(period.to)}`],
    ['Printed', format.dateTime(view.printedAt)],
  ];
  const row = view.paper === 'a4' ? totalRow : pair;
  const closing = period.closingMinor;
  return [
    ...documentHead({ ...view, title: 'STATEMENT OF ACCOUNT', facts, customerLabel: 'Customer' }),
    ...(view.paper === 'a4' ? a4Entries(view) : rollEntries(view)),
    row('Opening balance', format.money(period.openingMinor)),
    row(closing < 0 ? 'Closing balance (credit)' : 'Closing balance', format.money(closing), true),
    ...openItems(view),
    ...ageing(view),
    ...documentFoot(view.details, view.paper),
  ];
}
