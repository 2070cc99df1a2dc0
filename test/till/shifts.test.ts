import { describe, expect, it } from 'vitest';
import { startTill } from './support';

describe('till shifts', () => {
  it('opens with floats, derives expected per method, and closes with differences and a reason', async () => {
    const { h, planId } = await startTill();
    const shift = await h.must('cashier', 'till.shifts.open', { floats: { cash: 200_000, mobile_money: 0 } });
    expect(shift).toMatchObject({ status: 'open', openingFloats: { cash: 200_000, mobile_money: 0, bank_transfer: 0 }, expected: { cash: 200_000 } });
    await h.must('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 2 }], payments: [{ method: 'cash', amountMinor: 20_000 }] });
    await h.must('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 1 }], payments: [{ method: 'mobile_money', amountMinor: 5000, reference: 'MM-1' }] });
    const current = await h.must('cashier', 'till.shifts.current', {});
    expect(current?.expected).toEqual({ cash: 210_000, mobile_money: 5000, bank_transfer: 0 });

    const noReason = await h.call('cashier', 'till.shifts.close', { shiftId: shift.id, counted: { cash: 209_000, mobile_money: 5000 } });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const closed = await h.must('cashier', 'till.shifts.close', { shiftId: shift.id, counted: { cash: 209_000, mobile_money: 5000 }, reason: 'coin missing' });
    expect(closed).toMatchObject({
      status: 'closed',
      expected: { cash: 210_000, mobile_money: 5000, bank_transfer: 0 },
      counted: { cash: 209_000, mobile_money: 5000, bank_transfer: 0 },
      differences: { cash: -1000, mobile_money: 0, bank_transfer: 0 },
      differenceMinor: -1000,
      differenceReason: 'coin missing',
    });
    expect(await h.must('cashier', 'till.shifts.current', {})).toBeNull();
    const again = await h.call('cashier', 'till.shifts.close', { shiftId: shift.id, counted: { cash: 210_000, mobile_money: 5000 } });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('a closed shift is immutable even to raw SQL, and selling needs an open shift', async () => {
    const { h, planId } = await startTill();
    const shift = await h.must('cashier', 'till.shifts.open', {});
    await h.must('cashier', 'till.shifts.close', { shiftId: shift.id, counted: {} });
    const { sqlite } = h.core.services;
    expect(() => sqlite.prepare('UPDATE till_shifts SET difference_reason = ? WHERE id = ?').run('edited', shift.id)).toThrow(/immutable/);
    expect(() => sqlite.prepare('DELETE FROM till_shifts WHERE id = ?').run(shift.id)).toThrow(/never deleted/);
    const before = h.changes();
    const sale = await h.call('cashier', 'till.sellVouchers', { items: [{ planId, quantity: 1 }], payments: [{ method: 'cash', amountMinor: 5000 }] });
    expect(sale).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'no-open-shift' } } });
    expect(h.changes()).toBe(before);
  });

  it('one open shift per cashier per workstation; another cashier opens their own', async () => {
    const { h } = await startTill();
    const first = await h.must('cashier', 'till.shifts.open', { floats: { cash: 1000 } });
    const second = await h.call('cashier', 'till.shifts.open', { floats: { cash: 1000 } });
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const { sqlite } = h.core.services;
    const raw = sqlite.prepare("INSERT INTO till_shifts (id, operator_id, workstation_id, opened_at, opening_floats) SELECT ?, operator_id, workstation_id, 1, '{}' FROM till_shifts WHERE id = ?");
    expect(() => raw.run('01900000-0000-7000-8000-000000000001', first.id)).toThrow(/UNIQUE/);
    const manager = await h.must('manager', 'till.shifts.open', {});
    expect(manager.operatorId).not.toBe(first.operatorId);
    const open = await h.must('owner', 'till.shifts.list', { status: 'open' });
    expect(open.map((s) => s.id).sort()).toEqual([first.id, manager.id].sort());
    // A cashier cannot close someone else's shift; a manager can close the cashier's.
    expect(await h.call('cashier', 'till.shifts.close', { shiftId: manager.id, counted: {} })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await h.must('manager', 'till.shifts.close', { shiftId: first.id, counted: { cash: 1000 } });
    expect(await h.must('cashier', 'till.shifts.open', {})).toMatchObject({ status: 'open' });
  });
});
