import type { Office } from '../../../src-shared/ipc/schemas/common';
import type { Customer } from '../../../src-shared/ipc/schemas/customers';
import type { DocumentDetails, DocumentPaper } from '../../../src-shared/ipc/schemas/billing-documents';
import type { Block, Cell } from './render';

/** The office's lines under its name: address, phone, e-mail and tax id, as far as the settings hold them. */
export function officeDetailLines(details: DocumentDetails): string[] {
  const contact = [details.phone && `Phone: ${details.phone}`, details.email && `E-mail: ${details.email}`].filter((part) => part !== '').join(' · ');
  return [details.address, contact, details.taxId && `Tax ID: ${details.taxId}`].filter((line) => line !== '');
}

/** Who the document is for: name, account number, address and phones. */
export function customerLines(customer: Customer): string[] {
  return [
    customer.name,
    `Account no. ${customer.accountNumber}`,
    customer.address,
    customer.phones.length > 0 ? `Phone: ${customer.phones.join(', ')}` : '',
  ].filter((line) => line !== '');
}

/** A label and a value on one line, the value flush right (totals, receipt facts on a roll). */
export function pair(label: string, value: string, bold = false, valueWidth = 0.42): Block {
  return { kind: 'row', bold, cells: [{ text: label, width: 1 - valueWidth }, { text: value, width: valueWidth, align: 'right' }] };
}

/** A4 totals sit in the right half of the page, under the amounts column. */
export function totalRow(label: string, value: string, bold = false): Block {
  const cells: Cell[] = [
    { text: '', width: 0.45 },
    { text: label, width: 0.3 },
    { text: value, width: 0.25, align: 'right' },
  ];
  return { kind: 'row', bold, cells };
}

export interface HeadInput {
  office: Office;
  details: DocumentDetails;
  paper: DocumentPaper;
  /** INVOICE, CREDIT NOTE, PAYMENT RECEIPT, STATEMENT OF ACCOUNT. */
  title: string;
  /** Number, dates, status: label → value. */
  facts: ReadonlyArray<readonly [string, string]>;
  customer: Customer;
  /** "Bill to", "Received from", "Customer". */
  customerLabel: string;
}

/**
 * The top of every document. A4: the office on top, then the customer on the left and the facts
 * (number, dates) on the right. 80 mm: everything stacked and centred like a till receipt.
 */
export function documentHead(input: HeadInput): Block[] {
  const { office, details, title, facts, customer } = input;
  const detailLines = officeDetailLines(details);
  if (input.paper === '80mm') {
    return [
      { kind: 'text', text: office.name, bold: true, scale: 1.3, align: 'center' },
      ...detailLines.map((line): Block => ({ kind: 'text', text: line, align: 'center' })),
      { kind: 'rule' },
      { kind: 'text', text: title, bold: true, scale: 1.2, align: 'center' },
      ...facts.map(([label, value]) => pair(label, value, false, 0.64)),
      { kind: 'rule' },
      { kind: 'text', text: `${input.customerLabel}:`, bold: true },
      ...customerLines(customer).map((line): Block => ({ kind: 'text', text: line })),
      { kind: 'rule' },
    ];
  }
  return [
    { kind: 'text', text: office.name, bold: true, scale: 1.6 },
    ...detailLines.map((line): Block => ({ kind: 'text', text: line, muted: true })),
    { kind: 'rule' },
    { kind: 'text', text: title, bold: true, scale: 1.5 },
    { kind: 'gap' },
    {
      kind: 'row',
      cells: [
        { text: `${input.customerLabel}:\n${customerLines(customer).join('\n')}`, width: 0.5 },
        { text: facts.map(([label]) => label).join('\n'), width: 0.2, bold: true },
        { text: facts.map(([, value]) => value).join('\n'), width: 0.3, align: 'right' },
      ],
    },
    { kind: 'gap' },
  ];
}

/** The office's own footer (bank account, payment instructions), then a thank-you line. */
export function documentFoot(details: DocumentDetails, paper: DocumentPaper): Block[] {
  const align = paper === '80mm' ? 'center' : 'left';
  const blocks: Block[] = [{ kind: 'gap', lines: 2 }];
  if (details.footer !== '') blocks.push({ kind: 'text', text: details.footer, align }, { kind: 'gap' });
  blocks.push({ kind: 'text', text: 'Thank you.', align, muted: true });
  return blocks;
}
