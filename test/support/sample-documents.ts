import type { Harness } from './core-harness';

/** The sample customer's first invoice (from the subscription created with invoiceNow), for document PDFs. */
export async function sampleDocuments(h: Harness, customerId: string): Promise<{ invoiceId: string }> {
  const statement = await h.must('owner', 'billing.ledger.get', { customerId });
  const invoice = statement.entries.find((entry) => entry.kind === 'invoice');
  if (!invoice) throw new Error('sample customer has no invoice');
  return { invoiceId: invoice.id };
}
