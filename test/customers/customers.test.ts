import { describe, expect, it } from 'vitest';
import { startOfficeWithStaff, type Harness } from '../support/core-harness';
import { ftsPrefixQuery } from '../../src-main/customers/search';

async function seed(h: Harness): Promise<Record<string, string>> {
  const people = [
    { name: 'Siti Aminah', phones: ['0812-7788-991'], address: 'Jl. Melati 4, Bogor', tags: ['vip', 'tower-north'], notes: 'gate code 4411' },
    { name: 'Budi Santoso', phones: ['+62 813 5555 1234'], address: 'Gang Mawar 12', tags: ['business'] },
    { name: 'José Álvarez', phones: ['(021) 998-877'], address: 'Perumahan Griya Asri', tags: [] },
    { name: 'Sitorus Hutapea', phones: [], address: 'Jl. Kenanga 9, Bogor', tags: ['tower-south'] },
  ];
  const ids: Record<string, string> = {};
  for (const person of people) ids[person.name] = (await h.must('manager', 'customers.create', person)).id;
  return ids;
}

async function names(h: Harness, query: string): Promise<string[]> {
  return (await h.must('cashier', 'customers.search', { query })).map((customer) => customer.name).sort();
}

describe('customers', () => {
  it('numbers accounts from the office sequence with the configured format', async () => {
    const h = await startOfficeWithStaff();
    const first = await h.must('manager', 'customers.create', { name: 'A' });
    const second = await h.must('manager', 'customers.create', { name: 'B' });
    expect([first.accountNumber, second.accountNumber]).toEqual(['WJ-000001', 'WJ-000002']);
    await h.must('owner', 'billing.settings.update', { accountNumberFormat: 'C{OFFICE}/{YYYY}/{SEQ:4}' });
    expect((await h.must('manager', 'customers.create', { name: 'C' })).accountNumber).toBe('CWJ/2026/0003');
    const bad = await h.call('owner', 'billing.settings.update', { accountNumberFormat: '{OFFICE}-{SEQ}-{SEQ}' });
    expect(bad.ok ? 'OK' : bad.error.code).toBe('VALIDATION');
    const noSeq = await h.call('owner', 'billing.settings.update', { accountNumberFormat: '{OFFICE}-{YYYY}' });
    expect(noSeq.ok ? 'OK' : noSeq.error.code).toBe('VALIDATION');
  });

  it('stores every field, updates them and refuses unknown ids without writing', async () => {
    const h = await startOfficeWithStaff();
    const created = await h.must('manager', 'customers.create', {
      name: 'Dewi',
      phones: ['0811-1'],
      address: 'Jl. A',
      gps: { lat: -6.2, lng: 106.8 },
      notes: 'n',
      tags: ['x', 'X', 'y'],
    });
    expect(created).toMatchObject({ phones: ['0811-1'], gps: { lat: -6.2, lng: 106.8 }, tags: ['x', 'y'], status: 'active' });
    h.clock.advance(1000);
    const updated = await h.must('owner', 'customers.update', { id: created.id, gps: null, status: 'inactive', name: 'Dewi Lestari' });
    expect(updated).toMatchObject({ name: 'Dewi Lestari', gps: null, status: 'inactive', accountNumber: created.accountNumber, updatedAt: h.clock.now() });
    expect(await h.must('cashier', 'customers.get', { id: created.id })).toEqual(updated);
    const before = h.changes();
    const missing = await h.call('owner', 'customers.update', { id: '01940000-0000-7000-8000-000000000000', name: 'x' });
    expect(missing.ok ? 'OK' : missing.error.code).toBe('NOT_FOUND');
    expect(h.changes()).toBe(before);
    const list = await h.must('cashier', 'customers.list', { status: 'inactive' });
    expect(list).toMatchObject({ total: 1, customers: [{ id: created.id }] });
  });

  it('type-ahead finds prefixes of name, phone, account number, address, tags and notes', async () => {
    const h = await startOfficeWithStaff();
    await seed(h);
    expect(await names(h, 'sit')).toEqual(['Siti Aminah', 'Sitorus Hutapea']);
    expect(await names(h, 'siti a')).toEqual(['Siti Aminah']);
    expect(await names(h, 'SITI')).toEqual(['Siti Aminah']);
    expect(await names(h, 'jose alv')).toEqual(['José Álvarez']);
    // Phones: as typed with separators, as digits only, and an international prefix.
    expect(await names(h, '0812-77')).toEqual(['Siti Aminah']);
    expect(await names(h, '08127788')).toEqual(['Siti Aminah']);
    expect(await names(h, '6281355')).toEqual(['Budi Santoso']);
    expect(await names(h, '021998')).toEqual(['José Álvarez']);
    expect(await names(h, '(021) 998-877')).toEqual(['José Álvarez']);
    // Account numbers: full, without the dash, the number alone.
    expect(await names(h, 'WJ-000002')).toEqual(['Budi Santoso']);
    expect(await names(h, 'wj00000')).toHaveLength(4);
    expect(await names(h, '000004')).toEqual(['Sitorus Hutapea']);
    expect(await names(h, 'bogor')).toEqual(['Siti Aminah', 'Sitorus Hutapea']);
    expect(await names(h, 'tower-sou')).toEqual(['Sitorus Hutapea']);
    expect(await names(h, 'busi')).toEqual(['Budi Santoso']);
    expect(await names(h, 'budy')).toEqual([]);
    expect(await names(h, 'gate 441')).toEqual(['Siti Aminah']);
  });

  it('follows updates and is safe against FTS syntax in the query', async () => {
    const h = await startOfficeWithStaff();
    const ids = await seed(h);
    await h.must('manager', 'customers.update', { id: ids['Budi Santoso']!, name: 'Bambang Wijaya', tags: [] });
    expect(await names(h, 'budi')).toEqual([]);
    expect(await names(h, 'bamb')).toEqual(['Bambang Wijaya']);
    expect(await names(h, 'business')).toEqual([]);
    for (const query of ['"', '*', 'siti OR budi', 'NEAR(siti', 'siti"*', '-', '', '   ', 'a:b', '^sit']) {
      const result = await h.call('cashier', 'customers.search', { query });
      expect(result.ok, query).toBe(true);
    }
    expect(await names(h, 'siti"*')).toEqual(['Siti Aminah']);
    // A code matches joined (as indexed without separators) or by its selective parts; the office code alone is too broad.
    expect(ftsPrefixQuery('  WJ-0001 ')).toBe('("wj0001"* OR "0001"*)');
    expect(ftsPrefixQuery('Blok A-12')).toBe('"blok"* AND ("a12"* OR "12"*)');
    expect(ftsPrefixQuery('tower-sou')).toBe('"tower"* AND "sou"*');
    expect(ftsPrefixQuery('"; DROP')).toBe('"drop"*');
    expect(ftsPrefixQuery('--')).toBeNull();
  });

  it('ranks and limits results', async () => {
    const h = await startOfficeWithStaff();
    for (let i = 0; i < 30; i += 1) await h.must('manager', 'customers.create', { name: `Agus ${i}` });
    expect(await h.must('cashier', 'customers.search', { query: 'agus', limit: 5 })).toHaveLength(5);
    expect(await h.must('cashier', 'customers.search', { query: 'agus' })).toHaveLength(20);
  });
});
