import { describe, expect, it } from 'vitest';
import { CSV_IMPORT_MAX_ROWS, CUSTOMER_IMPORT_TEMPLATE_HEADERS } from '../../../src-shared/ipc/schemas/customer-import';
import { columnOf } from '../../../src-main/customers/import/columns';
import { readCsv } from '../../../src-main/customers/import/read-csv';
import { codes, csv, failure, fixture, preview, startImportHarness } from './support';

describe('CSV reading', () => {
  it('reads a spreadsheet export: BOM, ; delimiter, CRLF, quotes, embedded newline, aliases, comma decimals', async () => {
    const ih = await startImportHarness();
    const before = ih.h.changes();
    const result = await preview(ih, fixture('office-sheet-semicolon-bom-crlf.csv'));
    expect(ih.h.changes(), 'a preview writes nothing').toBe(before);
    expect(result.delimiter).toBe(';');
    expect(result.unknownColumns).toEqual(['Kolom Lain']);
    expect(result.columns.map((entry) => entry.column)).toEqual([
      'name',
      'phones',
      'address',
      'latitude',
      'longitude',
      'notes',
      'plan',
      'router',
      'pppUsername',
      'pppPassword',
      'startDate',
      'status',
      null,
    ]);
    expect(result.rows.map((row) => row.row)).toEqual([2, 3, 6]);
    const [siti, budi, jose] = result.rows;
    expect(siti?.values).toMatchObject({
      name: 'Siti Aminah',
      phones: ['0812-7788-991', '0813 5555 1234'],
      address: 'Jl. Melati 4; RT 05',
      gps: { lat: -6.2, lng: 106.8 },
      notes: 'gate code "4411"',
      subscription: { plan: 'Home 10M', planId: ih.planId, router: 'Tower', routerId: ih.routerId, pppUsername: 'siti', passwordGiven: true, startDate: '2026-01-15', status: 'active' },
    });
    expect(budi?.values).toMatchObject({ address: 'Gang Mawar 12\nBogor', subscription: { router: 'Tower', status: 'suspended', passwordGiven: false } });
    expect(jose?.values).toMatchObject({ name: 'José Álvarez', subscription: null, customerStatus: 'active' });
    expect(result.rows.flatMap((row) => row.errors)).toEqual([]);
    expect(result.totals).toEqual({ rows: 3, good: 3, bad: 0, subscriptions: 2, warnings: 0 });
  });

  it('reads tab-separated files with the header names other tools export (Profile, Username, Comment)', async () => {
    const ih = await startImportHarness();
    const result = await preview(ih, fixture('tab-separated.csv'));
    expect(result.delimiter).toBe('\t');
    expect(result.rows.map((row) => [row.values.name, row.values.notes, row.values.subscription?.planId, row.values.subscription?.pppUsername])).toEqual([
      ['Andi Wijaya', 'paid cash', ih.planId, 'andi'],
      ['Dewi Lestari', '', ih.planId, 'dewi'],
    ]);
  });

  it('numbers rows by the file line they start on, skipping blank lines and rows of empty cells', () => {
    const table = readCsv('name,notes\r\n\r\nA,"two\r\nlines"\r\n,\r\n B ,x\r\n');
    expect(table.records.map((record) => [record.line, record.fields])).toEqual([
      [3, ['A', 'two\nlines']],
      [6, [' B ', 'x']],
    ]);
    expect(readCsv('name\nOne\n').delimiter).toBe(',');
    expect(readCsv('name;phone;notes\nA;1,2;x\n').records[0]?.fields).toEqual(['A', '1,2', 'x']);
  });

  it('matches every template header and common aliases case-insensitively', () => {
    for (const header of CUSTOMER_IMPORT_TEMPLATE_HEADERS) expect(columnOf(header), header).not.toBeNull();
    expect(columnOf('PHONE_NUMBER')).toBe('phones');
    expect(columnOf('Mobile')).toBe('phones');
    expect(columnOf('Phone 2')).toBe('phones');
    expect(columnOf('Address line 2')).toBe('address');
    expect(columnOf('PPPoE-User')).toBe('pppUsername');
    expect(columnOf('Start Date ')).toBe('startDate');
    expect(columnOf('Favourite colour')).toBeNull();
  });

  it('combines repeated phone columns and refuses other repeated columns', async () => {
    const ih = await startImportHarness();
    const result = await preview(ih, csv([['Name', 'Phone 1', 'Phone 2'], ['Rina', '0811-1', '0811-2; 0811-3']]));
    expect(result.rows[0]?.values.phones).toEqual(['0811-1', '0811-2', '0811-3']);
    expect(await failure(ih, () => ih.h.call('manager', 'customers.import.preview', { csv: 'name,plan,package\nA,x,y\n' }))).toBe('VALIDATION:duplicate_column');
  });

  it('refuses whole files with typed errors: no name column, empty, unclosed quote, not UTF-8, too many rows, too large', async () => {
    const ih = await startImportHarness();
    const call = (text: string) => failure(ih, () => ih.h.call('manager', 'customers.import.preview', { csv: text }));
    expect(await call('phone,address\n0811,Jl. A\n')).toBe('VALIDATION:no_name_column');
    expect(await call('name,phone\n')).toBe('VALIDATION:empty');
    expect(await call('name,phone\n\n,\n')).toBe('VALIDATION:empty');
    expect(await call('name,notes\nA,"never closed\nB,x\n')).toBe('VALIDATION:unreadable');
    expect(await call('name\nJos\uFFFD\n')).toBe('VALIDATION:not_utf8');
    const tooMany = `name\n${'x\n'.repeat(CSV_IMPORT_MAX_ROWS + 1)}`;
    expect(await call(tooMany)).toBe('VALIDATION:too_many_rows');
    expect(await failure(ih, () => ih.h.call('manager', 'customers.import.commit', { csv: tooMany, skipBadRows: true }))).toBe('VALIDATION:too_many_rows');
    // Over the size limit the input schema refuses the call before any handler runs.
    expect(await call('name\n' + 'x'.repeat(11 * 1024 * 1024))).toBe('VALIDATION');
  });

  it('reports cells beyond the header as a row error', async () => {
    const ih = await startImportHarness();
    const result = await preview(ih, 'name,phone\nA,0811-1,surprise\nB,0811-2\n');
    expect(codes(result.rows[0]?.errors ?? [])).toEqual(['row:extra_fields']);
    expect(result.rows[1]?.errors).toEqual([]);
  });
});
