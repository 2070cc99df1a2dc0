import { describe, expect, it } from 'vitest';
import { importedPppSecrets } from '../../../src-main/db/schema';
import { newId } from '../../../src-shared/domain/ids';
import { codes, csv, preview, startImportHarness } from './support';

const HEADER = ['name', 'phone', 'address', 'latitude', 'longitude', 'account number', 'plan', 'router', 'pppoe username', 'pppoe password', 'start date', 'status'];

/** One data row from the named cells (others blank). */
function row(cells: Partial<Record<(typeof HEADER)[number], string>>): string[] {
  return HEADER.map((column) => cells[column] ?? '');
}

describe('per-row errors in the preview', () => {
  it('names the field and the problem of each bad cell, with the app’s own validation rules', async () => {
    const ih = await startImportHarness();
    const result = await preview(
      ih,
      csv([
        HEADER,
        row({ name: '', phone: '0811-1' }),
        row({ name: 'Bad Phone', phone: 'call me' }),
        row({ name: 'Excel Phone', phone: '6.28123E+11' }),
        row({ name: 'Half GPS', latitude: '-6.2' }),
        row({ name: 'Far GPS', latitude: '95', longitude: '106.8' }),
        row({ name: 'Word GPS', latitude: 'north', longitude: 'east' }),
        row({ name: 'Bad Account', 'account number': 'WJ 0001' }),
        row({ name: 'Unknown Plan', plan: 'Gold 1G' }),
        row({ name: 'Unknown Router', plan: 'Home 10M', router: 'Moon Base' }),
        row({ name: 'Bad Date', plan: 'Home 10M', 'start date': '15/01/2026' }),
        row({ name: 'Bad Status', plan: 'Home 10M', status: 'cancelled' }),
        row({ name: 'Bad User', plan: 'Home 10M', 'pppoe username': 'josé' }),
        row({ name: 'Short Password', plan: 'Home 10M', 'pppoe password': 'abc' }),
        row({ name: 'No Plan', 'pppoe username': 'orphan' }),
        row({ name: 'Good One', phone: '0811-2', plan: 'home-10' }),
      ]),
    );
    expect(result.rows.map((entry) => [entry.row, codes(entry.errors)])).toEqual([
      [2, ['name:required']],
      [3, ['phones:invalid']],
      [4, ['phones:invalid']],
      [5, ['gps:invalid']],
      [6, ['gps:invalid']],
      [7, ['gps:invalid']],
      [8, ['accountNumber:invalid']],
      [9, ['plan:unknown']],
      [10, ['router:unknown']],
      [11, ['startDate:invalid']],
      [12, ['status:invalid']],
      [13, ['pppUsername:invalid']],
      [14, ['pppPassword:invalid']],
      [15, ['plan:needs_plan']],
      [16, []],
    ]);
    const messages = result.rows.flatMap((entry) => entry.errors.map((error) => error.message));
    expect(messages.find((message) => message.startsWith('call me'))).toMatch(/digits, spaces/);
    expect(messages.find((message) => message.startsWith('6.28123E+11'))).toMatch(/format the column as text/);
    expect(messages.some((message) => message.includes('abc')), 'passwords are never echoed').toBe(false);
    expect(result.totals).toEqual({ rows: 15, good: 1, bad: 14, subscriptions: 1, warnings: 0 });
  });

  it('finds duplicates in the file and in the database: account numbers, PPPoE names per router, same customer', async () => {
    const ih = await startImportHarness();
    const { h, planId } = ih;
    const existing = await h.must('manager', 'customers.create', { name: 'Rudi Hartono', phones: ['0812-9'], address: 'Jl. Kenari 3' });
    await h.must('manager', 'billing.subscriptions.create', { customerId: existing.id, planId, pppUsername: 'rudi', invoiceNow: false });
    const result = await preview(
      ih,
      csv([
        HEADER,
        row({ name: 'A', 'account number': existing.accountNumber }),
        row({ name: 'B', 'account number': 'OLD-17' }),
        row({ name: 'C', 'account number': 'OLD-17' }),
        row({ name: 'D', plan: 'Home 10M', 'pppoe username': 'rudi' }),
        row({ name: 'E', plan: 'Home 10M', 'pppoe username': 'eko' }),
        row({ name: 'F', plan: 'Home 10M', 'pppoe username': 'eko' }),
        row({ name: 'rudi  hartono', phone: '0812 9', address: 'jl. kenari 3' }),
        row({ name: 'Twin', phone: '0813-1' }),
        row({ name: 'Twin', phone: '0813-1' }),
        row({ name: 'Twin', phone: '0813-2' }),
      ]),
    );
    expect(result.rows.map((entry) => codes(entry.errors))).toEqual([
      ['accountNumber:exists'],
      [],
      ['accountNumber:duplicate'],
      ['pppUsername:exists'],
      [],
      ['pppUsername:duplicate'],
      ['name:exists'],
      [],
      ['name:duplicate'],
      [],
    ]);
    expect(result.rows[2]?.errors[0]?.ref).toBe('3');
    expect(result.rows[6]?.errors[0]).toMatchObject({ ref: existing.accountNumber, message: expect.stringContaining('already exists') });
  });

  it('resolves plans by name or PPP profile, needs the router column for a name on two routers, and refuses a plan not on the router', async () => {
    const ih = await startImportHarness();
    const second = await ih.h.must('owner', 'routers.create', { name: 'Hill', host: '127.0.0.1', port: ih.sim.port, username: 'admin', password: 'admin' });
    const onHill = { routerId: second.id, priceMinor: 90_000, cycle: { kind: 'monthly', billingDay: 1 } } as const;
    await ih.h.must('manager', 'billing.plans.create', { ...onHill, name: 'Home 10M', pppProfile: 'hill-home-10' });
    // A plan whose name exists only on Hill.
    const hillOnly = await ih.h.must('manager', 'billing.plans.create', { ...onHill, name: 'Hill 5M', pppProfile: 'hill-5' });
    const result = await preview(
      ih,
      csv([
        HEADER,
        row({ name: 'A', plan: 'Home 10M' }),
        row({ name: 'B', plan: 'home 10m', router: 'tower' }),
        row({ name: 'C', plan: 'Home 10M', router: 'Hill' }),
        row({ name: 'D', plan: 'Hill 5M', router: 'Tower' }),
        row({ name: 'E', plan: 'HILL-5' }),
      ]),
    );
    expect(result.rows.map((entry) => codes(entry.errors))).toEqual([['plan:ambiguous'], [], [], ['plan:mismatch'], []]);
    expect(result.rows.map((entry) => entry.values.subscription?.routerId ?? null)).toEqual([null, ih.routerId, second.id, ih.routerId, second.id]);
    expect(result.rows[4]?.values.subscription).toMatchObject({ planId: hillOnly.id, router: 'Hill' });
  });

  it('warns (without blocking) about past start dates and secrets the router already has from another tool', async () => {
    const ih = await startImportHarness();
    ih.h.core.services.db
      .insert(importedPppSecrets)
      .values({
        id: newId(),
        routerId: ih.routerId,
        name: 'legacy',
        service: 'pppoe',
        profile: 'default',
        remoteAddress: null,
        disabled: false,
        comment: '',
        lastLoggedOutAt: null,
        naturalKey: `ppp-secret:${ih.routerId}:legacy`,
        importedAt: ih.h.clock.now(),
      })
      .run();
    const result = await preview(
      ih,
      csv([HEADER, row({ name: 'Old Timer', plan: 'Home 10M', 'start date': '2025-06-01' }), row({ name: 'Legacy', plan: 'Home 10M', 'pppoe username': 'legacy' })]),
    );
    expect(result.rows.map((entry) => [codes(entry.errors), codes(entry.warnings)])).toEqual([
      [[], ['startDate:past_start']],
      [[], ['pppUsername:secret_on_router']],
    ]);
    expect(result.totals).toMatchObject({ good: 2, bad: 0, warnings: 2 });
  });

  it('treats a plain status column as the customer status when the row has no plan', async () => {
    const ih = await startImportHarness();
    const result = await preview(ih, csv([['name', 'status'], ['Lama', 'inactive'], ['Tutup', 'closed'], ['Aneh', 'sleeping']]));
    expect(result.rows.map((entry) => [entry.values.customerStatus, codes(entry.errors)])).toEqual([
      ['inactive', []],
      ['closed', []],
      ['active', ['customerStatus:invalid']],
    ]);
  });
});
