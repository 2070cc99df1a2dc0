import { describe, expect, it } from 'vitest';
import { SAMPLE_PLAN, SAMPLE_SERVICE_PLAN } from '../support/sample-inputs';
import { startTill, type TillHarness } from './support';

async function cards(t: TillHarness): Promise<Array<{ id: string; code: string; serial: number | null }>> {
  const { rows } = await t.h.must('owner', 'vouchers.list', { batchId: t.batchId, limit: 100 });
  return rows.map((row) => ({ id: row.id, code: row.code, serial: row.serial }));
}

describe('what the till screen reads', () => {
  it('lists priced plans with the cards still for sale, and the count follows sales, voids and disabling', async () => {
    const t = await startTill(5);
    const { h, planId, routerId } = t;
    // Every live priced plan gets a button, sorted by name; one without cards shows 0 left.
    await h.must('owner', 'vouchers.plans.create', { ...SAMPLE_PLAN, routerId, name: 'Free wifi', hotspotProfile: 'free', priceMinor: 0 });
    const before = await h.must('cashier', 'till.plans.list', {});
    expect(before).toEqual([
      { id: planId, name: 'Daily 1h', priceMinor: 5000, available: 5, onTheSpot: false },
      { id: expect.any(String) as string, name: 'Free wifi', priceMinor: 0, available: 0, onTheSpot: false },
    ]);
    await h.must('cashier', 'till.shifts.open', {});
    const sale = await h.must('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 2 }], payments: [{ method: 'cash', amountMinor: 10_000 }] });
    expect((await h.must('cashier', 'till.plans.list', {}))[0]?.available).toBe(3);
    const [first, second] = sale.vouchers;
    if (!first || !second) throw new Error('nothing sold');
    await h.must('manager', 'till.void', { entryId: first.entryId, reason: 'wrong plan', voucherDisposition: 'restock' });
    await h.must('manager', 'till.void', { entryId: second.entryId, reason: 'lost card', voucherDisposition: 'disable' });
    // The restocked card is back on sale; the disabled one is not.
    expect((await h.must('cashier', 'till.plans.list', {}))[0]?.available).toBe(4);
  });

  it('scans a card by code or by the serial printed on it, with its plan and price; refuses sold and unknown ones', async () => {
    const t = await startTill(3);
    const { h, planId } = t;
    const [a, b] = await cards(t);
    if (!a || !b || b.serial === null) throw new Error('batch too small');
    const before = h.changes();
    expect(await h.must('cashier', 'till.scan', { text: a.code })).toEqual({
      voucherId: a.id,
      code: a.code,
      serial: a.serial,
      batchId: t.batchId,
      planId,
      planName: 'Daily 1h',
      priceMinor: 5000,
    });
    expect(await h.must('cashier', 'till.scan', { text: String(b.serial) })).toMatchObject({ voucherId: b.id, code: b.code });
    // Scanning reserves nothing and writes nothing.
    expect(h.changes()).toBe(before);
    expect(await h.call('cashier', 'till.scan', { text: 'NO-SUCH-CARD' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('NO-SUCH-CARD') as string } });
    expect(await h.call('cashier', 'till.scan', { text: '999' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await h.must('cashier', 'till.shifts.open', {});
    await h.must('cashier', 'till.sellVouchers', { items: [{ code: a.code }], payments: [{ method: 'cash', amountMinor: 5000 }] });
    expect(await h.call('cashier', 'till.scan', { text: a.code })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('sold') as string } });
    expect(await h.call('cashier', 'till.scan', { text: '  ' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('finds customers by name, phone, account number and PPPoE username (literally, not as a pattern)', async () => {
    const { h, routerId } = await startTill(1);
    const siti = await h.must('manager', 'customers.create', { name: 'Siti Aminah', phones: ['0812-7777-1234'] });
    const budi = await h.must('manager', 'customers.create', { name: 'Budi Hartono', phones: ['0857-1111-2222'] });
    const plan = await h.must('manager', 'billing.plans.create', { ...SAMPLE_SERVICE_PLAN, routerId, pppProfile: 'home-find' });
    await h.must('manager', 'billing.subscriptions.create', { customerId: budi.id, planId: plan.id, pppUsername: 'rumah_budi', invoiceNow: false });
    await h.must('manager', 'billing.subscriptions.create', { customerId: siti.id, planId: plan.id, pppUsername: 'rumahXbudi', invoiceNow: false });

    const names = async (query: string): Promise<string[]> => (await h.must('cashier', 'till.customers.find', { query })).map((m) => m.customer.name);
    expect(await names('siti')).toEqual(['Siti Aminah']);
    expect(await names('0857')).toEqual(['Budi Hartono']);
    expect(await names(budi.accountNumber)).toEqual(['Budi Hartono']);
    // `_` is a LIKE wildcard: typed, it only matches an underscore.
    expect(await names('rumah_')).toEqual(['Budi Hartono']);
    expect((await names('rumah')).sort()).toEqual(['Budi Hartono', 'Siti Aminah']);
    const [match] = await h.must('cashier', 'till.customers.find', { query: 'rumah_budi' });
    expect(match).toMatchObject({ customer: { id: budi.id }, pppUsernames: ['rumah_budi'] });
    expect(await names('nobody')).toEqual([]);
    expect(await h.call('cashier', 'till.customers.find', { query: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('history: the shift’s receipts newest first, with items, money, numbers and which items a void reversed', async () => {
    const t = await startTill(4);
    const { h, planId } = t;
    const customer = await h.must('manager', 'customers.create', { name: 'Siti Aminah' });
    const shift = await h.must('cashier', 'till.shifts.open', { floats: { cash: 20_000 } });
    expect(await h.must('cashier', 'till.receipts.history', { shiftId: shift.id })).toEqual([]);
    const sale = await h.must('cashier', 'till.sellVouchers', {
      items: [{ planId, quantity: 2 }],
      payments: [
        { method: 'mobile_money', amountMinor: 3000, reference: 'MM-1' },
        { method: 'cash', amountMinor: 10_000 },
      ],
    });
    h.clock.advance(1000);
    const paid = await h.must('cashier', 'till.collectPayment', { customerId: customer.id, payments: [{ method: 'cash', amountMinor: 7000 }] });
    h.clock.advance(1000);
    const [first, second] = sale.vouchers;
    if (!first || !second) throw new Error('nothing sold');
    const voided = await h.must('manager', 'till.void', { entryId: first.entryId, reason: 'typo', voucherDisposition: 'restock' });

    const history = await h.must('cashier', 'till.receipts.history', { shiftId: shift.id });
    expect(history.map((r) => [r.kind, r.id])).toEqual([
      ['void', voided.receiptId],
      ['payment', paid.receiptId],
      ['sale', sale.receiptId],
    ]);
    const [voidReceipt, payment, sold] = history;
    expect(sold).toMatchObject({
      number: expect.stringMatching(/^R-[0-9A-F]{10}$/) as string,
      totalMinor: 10_000,
      tenderedMinor: 13_000,
      changeMinor: 3000,
      operatorName: 'Cashier Person',
      customerName: null,
      money: [
        { kind: 'tender', method: 'cash', amountMinor: 7000, reference: null },
        { kind: 'tender', method: 'mobile_money', amountMinor: 3000, reference: 'MM-1' },
      ],
    });
    expect(sold?.items).toEqual([
      { entryId: first.entryId, kind: 'sale', description: `Daily 1h ${first.code}`, amountMinor: 5000, voucherCode: first.code, planName: 'Daily 1h', voidedByEntryId: voided.voidEntryId },
      { entryId: second.entryId, kind: 'sale', description: `Daily 1h ${second.code}`, amountMinor: 5000, voucherCode: second.code, planName: 'Daily 1h', voidedByEntryId: null },
    ]);
    expect(payment).toMatchObject({ customerId: customer.id, customerName: 'Siti Aminah', note: expect.stringContaining('Balance after payment') as string });
    expect(payment?.items).toMatchObject([{ kind: 'payment', amountMinor: 7000, voidedByEntryId: null }]);
    expect(voidReceipt).toMatchObject({ totalMinor: -5000, note: 'typo', money: [{ kind: 'refund', method: 'cash', amountMinor: -5000 }] });
    expect(voidReceipt?.items).toMatchObject([{ entryId: voided.voidEntryId, kind: 'void', amountMinor: -5000, voidedByEntryId: null }]);

    expect((await h.must('cashier', 'till.receipts.history', { shiftId: shift.id, limit: 1 })).map((r) => r.id)).toEqual([voided.receiptId]);
    expect(await h.call('cashier', 'till.receipts.history', { shiftId: '01890a5d-ac96-774b-bcce-b302099a8057' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
