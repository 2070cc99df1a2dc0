import type { Harness } from './core-harness';
import { SAMPLE_PLAN } from './sample-inputs';

export interface SampleTill {
  planId: string;
  shiftId: string;
  saleEntryId: string;
  receiptId: string;
  /** A card of the plan no sample sells (plan picks take the oldest first). */
  unsoldCode: string;
}

/**
 * The owner's open shift with one voucher sale and one customer payment, on a plan of its own (the
 * voucher samples sell and disable the other plan's cards).
 */
export async function sampleTill(h: Harness, routerId: string, customerId: string): Promise<SampleTill> {
  const plan = await h.must('owner', 'vouchers.plans.create', { ...SAMPLE_PLAN, routerId, name: 'Till 2h', hotspotProfile: 'sample-till' });
  const batch = await h.must('owner', 'vouchers.generate', { planId: plan.id, count: 8, length: 8, charset: 'upper-digits', userMode: 'same', note: 'till' });
  const cards = await h.must('owner', 'vouchers.list', { batchId: batch.batchId, limit: 100 });
  const last = cards.rows.reduce((a, b) => ((b.serial ?? 0) > (a.serial ?? 0) ? b : a));
  const shift = await h.must('owner', 'till.shifts.open', { floats: { cash: 100_000 } });
  const sale = await h.must('owner', 'till.sellVouchers', { items: [{ planId: plan.id, quantity: 2 }], payments: [{ method: 'cash', amountMinor: 2 * SAMPLE_PLAN.priceMinor }] });
  await h.must('owner', 'till.collectPayment', { customerId, payments: [{ method: 'cash', amountMinor: 10_000 }] });
  const first = sale.vouchers[0];
  if (!first) throw new Error('sample sale sold nothing');
  return { planId: plan.id, shiftId: shift.id, saleEntryId: first.entryId, receiptId: sale.receiptId, unsoldCode: last.code };
}
