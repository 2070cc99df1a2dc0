import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../src-shared/ipc/result';
import type { DocumentDestination } from '../../../src-shared/ipc/schemas/billing-documents';
import type { PrinterBackend } from '../../vouchers/printing/printers';

/** File names keep letters, digits, dot, dash and underscore: document numbers are safe, names are not used. */
function safeName(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '_');
}

/** Saves the PDF under prints/ (temp file renamed into place: never a half-written PDF) and returns its path. */
export function savePdf(printsDir: string, baseName: string, bytes: Uint8Array, now: number): { file: string; fileName: string } {
  fs.mkdirSync(printsDir, { recursive: true });
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const fileName = `${safeName(baseName)}.pdf`;
  const file = path.join(printsDir, `${safeName(baseName)}-${stamp}.pdf`);
  fs.writeFileSync(`${file}.tmp`, bytes);
  fs.renameSync(`${file}.tmp`, file);
  return { file, fileName };
}

/**
 * Sends a saved PDF to the chosen printer. A refusal is a CONFLICT that names the saved file, so the
 * operator can still print it by hand; 'default' stands for the system's default printer.
 */
export async function spool(backend: PrinterBackend | null, file: string, destination: DocumentDestination, title: string): Promise<string | null> {
  if (destination.kind === 'pdf') return null;
  if (!backend) throw new AppError('CONFLICT', `No printing system was found on this computer. The PDF was saved to ${file}.`, { file });
  try {
    await backend.print(file, { ...(destination.printer ? { printer: destination.printer } : {}), copies: destination.copies, title });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError('CONFLICT', `The printer refused the job: ${message}. The PDF was saved to ${file}.`, { file });
  }
  return destination.printer ?? 'default';
}
