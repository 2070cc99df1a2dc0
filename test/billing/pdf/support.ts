import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { PrinterBackend, PrintRequest } from '../../../src-main/vouchers/printing/printers';
import { startOfficeWithStaff, type Harness } from '../../support/core-harness';
import { makeTempDir } from '../../support/temp-dir';

/** The text of a PDF as pdftotext reads it, layout kept so a label and its amount stay on one line. */
export function pdfText(base64: string): string {
  const { dir, cleanup } = makeTempDir('mb-doc-pdf-');
  try {
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, Buffer.from(base64, 'base64'));
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    cleanup();
  }
}

/** Page count and page sizes (points) from pdfinfo. */
export function pdfPages(file: string): Array<{ width: number; height: number }> {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '1000', file], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/** A printer backend that records each job and keeps a copy of the file (what reached the "printer"). */
export class RecordingPrinter implements PrinterBackend {
  readonly kind = 'lp' as const;
  readonly jobs: Array<PrintRequest & { file: string; bytes: number }> = [];
  refuse: string | null = null;

  list(): Promise<Array<{ name: string; isDefault: boolean }>> {
    return Promise.resolve([{ name: 'Front-Desk', isDefault: true }]);
  }

  print(file: string, request: PrintRequest): Promise<{ jobId?: string }> {
    if (this.refuse) return Promise.reject(new Error(this.refuse));
    this.jobs.push({ ...request, file, bytes: fs.statSync(file).size });
    return Promise.resolve({ jobId: `Front-Desk-${this.jobs.length}` });
  }
}

/** An office (Warnet Jaya, WJ, IDR, Asia/Jakarta, id-ID) with staff, printing to a recording printer. */
export async function startDocuments(): Promise<{ h: Harness; printer: RecordingPrinter }> {
  const printer = new RecordingPrinter();
  const h = await startOfficeWithStaff({ printerBackend: printer, idleLockMsOverride: 10 * 365 * 86_400_000 });
  return { h, printer };
}

/** Sets the manual clock to an instant in the office zone (Asia/Jakarta, UTC+7). */
export function setJakartaTime(h: Harness, isoLocal: string): void {
  h.clock.set(Date.parse(`${isoLocal}+07:00`));
}
