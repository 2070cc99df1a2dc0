import fs from 'node:fs';
import path from 'node:path';
import type { Paper, TillPrintOutput, TillPrintTarget } from '../../src-shared/ipc/schemas/till';
import type { PrinterBackend } from '../vouchers/printing/printers';
import type { DocLine } from './doc-pdf';
import { encodeEscPos } from './escpos';
import { sendRawQueue, spoolPdf, writeDevice } from './print-out';

export interface DeliverDeps {
  backend: PrinterBackend | null;
  /** Printed PDFs are kept here (receipts/); ESC/POS jobs pass through a temp file below it. */
  receiptsDir: string;
  renderPdf(lines: DocLine[], paper: Paper, title: string): Promise<Uint8Array>;
}

export interface TillDocument {
  lines: DocLine[];
  title: string;
  /** File name without extension, e.g. receipt-R-1A2B-80mm. */
  baseName: string;
}

/** Saves the PDF (temp file renamed into place: never a half-written PDF) and returns its path. */
function savePdf(dir: string, baseName: string, pdf: Uint8Array, now: number): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${baseName}-${now}.pdf`);
  fs.writeFileSync(`${file}.tmp`, pdf);
  fs.renameSync(`${file}.tmp`, file);
  return file;
}

/** One till document to the workstation's printer: as a PDF through the spooler, or as ESC/POS bytes. */
export async function deliver(deps: DeliverDeps, doc: TillDocument, paper: Paper, target: TillPrintTarget, now: number): Promise<TillPrintOutput> {
  if (target.kind === 'printer') {
    const pdf = await deps.renderPdf(doc.lines, paper, doc.title);
    const file = savePdf(deps.receiptsDir, doc.baseName, pdf, now);
    const job = await spoolPdf(deps.backend, file, { printer: target.printer, copies: target.copies, title: doc.title });
    return { fileName: `${doc.baseName}.pdf`, file, ...job };
  }
  // The input schema refuses ESC/POS on A4; this keeps the type narrow.
  const roll = paper === 'a4' ? '80mm' : paper;
  const bytes = encodeEscPos(doc.lines, { roll });
  if (target.kind === 'escposDevice') {
    await writeDevice(target.device, bytes, target.copies);
    return { fileName: `${doc.baseName}.bin`, file: null, destination: target.device };
  }
  const job = await sendRawQueue({ queue: target.queue, bytes, copies: target.copies, title: doc.title, tempDir: path.join(deps.receiptsDir, '.escpos') });
  return { fileName: `${doc.baseName}.bin`, file: null, destination: target.queue, ...job };
}
