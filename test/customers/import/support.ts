import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { CustomerImportPreview, ImportIssue } from '../../../src-shared/ipc/schemas/customer-import';
import { startBillingHarness, type BillingHarness } from '../../billing/support';

export const FIXTURES = path.join(import.meta.dirname, 'fixtures');

export function fixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** CSV text from rows of cells, quoting where a spreadsheet would. */
export function csv(rows: ReadonlyArray<ReadonlyArray<string>>, delimiter = ',', lineEnd = '\n'): string {
  const quote = (value: string): string => (/[",;\t\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return rows.map((row) => row.map(quote).join(delimiter)).join(lineEnd) + lineEnd;
}

export interface ImportHarness extends BillingHarness {
  /** Plan "Home 10M" (PPP profile home-10) on router "Tower". */
  planId: string;
}

/** An office with staff, a simulated router "Tower" and the plan "Home 10M" on it. */
export async function startImportHarness(): Promise<ImportHarness> {
  const bh = await startBillingHarness();
  const planId = await bh.plan({ name: 'Home 10M', pppProfile: 'home-10' });
  return { ...bh, planId };
}

export async function preview(ih: ImportHarness, text: string): Promise<CustomerImportPreview> {
  return ih.h.must('manager', 'customers.import.preview', { csv: text });
}

/** `field:code` of each problem, for compact assertions. */
export function codes(issues: readonly ImportIssue[]): string[] {
  return issues.map((entry) => `${entry.field ?? 'row'}:${entry.code}`);
}

/** The error code and `details.reason` of a failed call, checking that nothing was written. */
export async function failure(ih: ImportHarness, call: () => Promise<{ ok: boolean; error?: { code: string; details?: unknown } }>): Promise<string> {
  const before = ih.h.changes();
  const result = await call();
  expect(ih.h.changes(), 'a refused import writes nothing').toBe(before);
  if (result.ok) return 'OK';
  const details = result.error?.details as { reason?: string } | undefined;
  return `${result.error?.code ?? '?'}${details?.reason ? `:${details.reason}` : ''}`;
}
