import { describe, expect, it } from 'vitest';
import { voucherDesiredUsers } from '../../src-main/routers/desired/voucher-users';
import { startTill } from './support';

describe('voids at the till', () => {
  it('need a manager’s approval for a cashier, and restock puts the voucher back on sale', async () => {
    const t = await startTill(3);
    const { h, planId } = t;
    await h.must('cashier', 'till.shifts.open', { floats: { cash: 10_000 } });
    const sale = await h.must('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 1 }], payments: [{ method: 'cash', amountMinor: 5000 }] });
    const sold = sale.vouchers[0];
    if (!sold) throw new Error('nothing sold');
    const request = { entryId: sold.entryId, reason: 'customer changed mind', voucherDisposition: 'restock' } as const;
    const before = h.changes();
    expect(await h.call('cashier', 'till.void', request)).toMatchObject({ ok: false, error: { code: 'APPROVAL_REQUIRED' } });
    expect(h.changes()).toBe(before);
    const token = await t.approval('till.void');
    const voided = await h.call('cashier', 'till.void', request, token);
    expect(voided).toMatchObject({ ok: true, data: { amountMinor: -5000, refundMethod: 'cash' } });
    // The token is single-use.
    expect(await h.call('cashier', 'till.void', request, token)).toMatchObject({ ok: false, error: { code: 'APPROVAL_REQUIRED' } });
    const { sqlite } = h.core.services;
    expect(sqlite.prepare('SELECT status, disabled FROM vouchers WHERE id = ?').get(sold.voucherId)).toEqual({ status: 'generated', disabled: 0 });
    const reversal = sqlite.prepare('SELECT price_minor FROM voucher_sales WHERE reverses_sale_id = ?').get(sold.saleId);
    expect(reversal).toEqual({ price_minor: -5000 });
    expect((await h.must('cashier', 'till.shifts.current', {}))?.expected.cash).toBe(10_000);
    const audit = await h.must('owner', 'audit.list', { procedure: 'till.void', limit: 1 });
    expect(audit.entries[0]).toMatchObject({ operatorName: 'cashier', summary: 'voided till entry (-5000)' });
    const details = h.core.services.sqlite.prepare("SELECT details FROM audit_log WHERE procedure = 'till.void'").pluck().get() as string;
    expect(JSON.parse(details)).toMatchObject({ approvedBy: 'manager', entryId: sold.entryId });
    // Back in stock: the same card sells again; voiding the same entry twice is refused.
    const again = await h.must('cashier', 'till.sellVouchers', { items: [{ code: sold.code }], payments: [{ method: 'cash', amountMinor: 5000 }] });
    expect(again.vouchers[0]?.voucherId).toBe(sold.voucherId);
    expect(await h.call('manager', 'till.void', request)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('disable keeps the voucher sold and disables its derived router user', async () => {
    const t = await startTill(2);
    const { h, planId, routerId } = t;
    await h.must('cashier', 'till.shifts.open', {});
    const sale = await h.must('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 1 }], payments: [{ method: 'mobile_money', amountMinor: 5000, reference: 'MM-5' }] });
    const sold = sale.vouchers[0];
    if (!sold) throw new Error('nothing sold');
    const db = h.core.services.db;
    expect(voucherDesiredUsers(db, routerId, [sold.code]).get(sold.code)?.disabled).toBe('no');
    const result = await h.must('manager', 'till.void', { entryId: sold.entryId, reason: 'card leaked', voucherDisposition: 'disable' });
    expect(result.refundMethod).toBe('mobile_money');
    expect(voucherDesiredUsers(db, routerId, [sold.code]).get(sold.code)?.disabled).toBe('yes');
    const row = h.core.services.sqlite.prepare('SELECT status, disabled FROM vouchers WHERE id = ?').get(sold.voucherId);
    expect(row).toEqual({ status: 'sold', disabled: 1 });
    expect((await h.must('cashier', 'till.shifts.current', {}))?.expected).toEqual({ cash: 0, mobile_money: 0, bank_transfer: 0 });
  });

  it('refuses a voucher void without a disposition, a void of a money entry, and voids after the shift closed', async () => {
    const t = await startTill(3);
    const { h, planId } = t;
    const shift = await h.must('cashier', 'till.shifts.open', {});
    const sale = await h.must('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 2 }], payments: [{ method: 'cash', amountMinor: 10_000 }] });
    const [first, second] = sale.vouchers;
    if (!first || !second) throw new Error('nothing sold');
    const before = h.changes();
    expect(await h.call('manager', 'till.void', { entryId: first.entryId, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const tender = h.core.services.sqlite.prepare("SELECT id FROM till_entries WHERE kind = 'tender'").pluck().get() as string;
    expect(await h.call('manager', 'till.void', { entryId: tender, reason: 'x' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(h.changes()).toBe(before);
    await h.must('cashier', 'till.shifts.close', { shiftId: shift.id, counted: { cash: 10_000 } });
    const late = await h.call('manager', 'till.void', { entryId: second.entryId, reason: 'too late', voucherDisposition: 'restock' });
    expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
