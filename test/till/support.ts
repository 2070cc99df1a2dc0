import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PASSWORDS, startOfficeWithStaff, type Harness } from '../support/core-harness';
import { routerWithPlan } from '../vouchers/support';
import { makeTempDir } from '../support/temp-dir';
import type { PrinterBackend } from '../../src-main/vouchers/printing/printers';

export interface TillHarness {
  h: Harness;
  routerId: string;
  planId: string;
  batchId: string;
  /** A manager's one-time approval for a call the cashier makes. */
  approval(procedure: 'till.void', approver?: 'manager' | 'owner'): Promise<string>;
  /** Plan price of the sample plan. */
  price: number;
}

/** An office with staff, a router (never contacted), one plan and a batch of `count` vouchers. */
export async function startTill(count = 20, options: { printerBackend?: PrinterBackend } = {}): Promise<TillHarness> {
  const h = await startOfficeWithStaff({ idleLockMsOverride: 10 * 365 * 86_400_000, ...options });
  const { routerId, planId } = await routerWithPlan(h);
  const batch = await h.must('owner', 'vouchers.generate', { planId, count, length: 8, charset: 'upper-digits', userMode: 'same', note: 'till' });
  return {
    h,
    routerId,
    planId,
    batchId: batch.batchId,
    price: 5000,
    approval: async (procedure, approver = 'manager') => {
      const result = await h.must('cashier', 'auth.requestApproval', { username: approver, password: PASSWORDS[approver], procedure });
      return result.approvalToken;
    },
  };
}

/** The text of a PDF as pdftotext reads it (layout kept, so a line's label and amount stay together). */
export function pdfText(base64: string): string {
  const { dir, cleanup } = makeTempDir('mb-till-pdf-');
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, Buffer.from(base64, 'base64'));
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    cleanup();
  }
}

/** Page sizes in points, from pdfinfo. */
export function pdfPageSize(base64: string): { width: number; height: number } {
  const { dir, cleanup } = makeTempDir('mb-till-pdf-');
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, Buffer.from(base64, 'base64'));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const match = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
    if (!match) throw new Error(`no page size in pdfinfo output: ${info}`);
    return { width: Number(match[1]), height: Number(match[2]) };
  } finally {
    cleanup();
  }
}
