import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db, Sqlite } from '../../db/connection';
import { voucherBatches, voucherPlans } from '../../db/schema';
import type { Logger } from '../../core/logger';
import type { OfficeService } from '../../office/service';
import { AppError } from '../../../src-shared/ipc/result';
import type { PrintPreview, TemplateSettings } from '../../../src-shared/ipc/schemas/voucher-print';
import { loadUnicodeFonts, previewCard, printVouchersToFile, PrintSpoolError, PrintTemplateError, type UnicodeFontFiles } from '../print';
import type { PrintCard } from '../print/types';
import { batchCards, type BatchForPrint, type PrintSelection } from './cards';
import { defaultSet } from './defaults';
import type { PrinterBackend, Printer } from './printers';
import { TemplateStore } from './templates';
import { toVoucherTemplate } from './to-template';

export interface PrintingDeps {
  db: Db;
  sqlite: Sqlite;
  office: OfficeService;
  logger: Logger;
  /** The bundled fonts (resources/fonts; packaged apps keep it under process.resourcesPath). */
  fontsDir: string;
  /** Where print runs leave their PDFs (the data folder's prints/). */
  printsDir: string;
  /** null: no spooler known on this machine yet; `lp` is tried. */
  backend: PrinterBackend | null;
}

export type PrintTarget = { kind: 'pdf' } | { kind: 'printer'; printer?: string; copies: number };

export interface PrintRun {
  cards: number;
  pages: number;
  bytes: number;
  file: string;
  printer: string | null;
  voucherIds: string[];
  warnings: string[];
}

/** Templates, preview and print runs of voucher batches (the PDF engine itself is ../print). */
export class VoucherPrinting {
  readonly templates: TemplateStore;
  private fonts: UnicodeFontFiles | undefined;

  constructor(private readonly deps: PrintingDeps) {
    this.templates = new TemplateStore(deps.db, (id, message) => deps.logger.warn('print template unreadable, skipped', { id, message }));
  }

  defaults(): ReturnType<typeof defaultSet> {
    return defaultSet(this.deps.office.require());
  }

  async preview(settings: TemplateSettings, batchId: string | undefined): Promise<PrintPreview> {
    const office = this.deps.office.require();
    const card = batchId ? this.firstCard(batchId, settings.loginUrl) : sampleCard(settings.loginUrl);
    return asValidation(() => previewCard(toVoucherTemplate(settings, office), card, this.unicodeFonts()));
  }

  async printers(): Promise<{ spooler: 'electron' | 'lp' | 'none'; printers: Printer[] }> {
    const backend = this.deps.backend;
    if (!backend) return { spooler: 'none', printers: [] };
    try {
      return { spooler: backend.kind, printers: await backend.list() };
    } catch (error) {
      this.deps.logger.warn('no printers: spooler unavailable', { error: error instanceof Error ? error.message : String(error) });
      return { spooler: 'none', printers: [] };
    }
  }

  /**
   * Renders the selection to a PDF in prints/ (atomically: temp file renamed) and, for a printer
   * target, spools it. Nothing in the db changes here: the caller marks the vouchers printed only
   * after this succeeded, so a failed render or a refused print job leaves every status as it was.
   */
  async run(input: { batchId: string; settings: TemplateSettings; selection: PrintSelection; target: PrintTarget }, now: number): Promise<PrintRun> {
    const office = this.deps.office.require();
    const batch = this.batchForPrint(input.batchId);
    const { cards, voucherIds } = batchCards(this.deps.sqlite, batch, input.selection, input.settings.loginUrl, office.locale);
    if (cards.length === 0) throw new AppError('CONFLICT', 'No vouchers of this batch match the selection: nothing to print.');
    fs.mkdirSync(this.deps.printsDir, { recursive: true });
    const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
    const file = path.join(this.deps.printsDir, `batch-${batch.id.slice(-12)}-${stamp}.pdf`);
    const rendered = await asValidation(() =>
      printVouchersToFile(toVoucherTemplate(input.settings, office), cards, file, { fontsDir: this.deps.fontsDir }),
    );
    let printer: string | null = null;
    if (input.target.kind === 'printer') printer = await this.spool(file, input.target, batch);
    return { cards: cards.length, pages: rendered.pageCount, bytes: rendered.bytes, file, printer, voucherIds, warnings: rendered.warnings };
  }

  private async spool(file: string, target: { printer?: string; copies: number }, batch: BatchForPrint): Promise<string> {
    const backend = this.deps.backend;
    if (!backend) throw new AppError('CONFLICT', 'No printing system was found on this computer: save the PDF instead.');
    try {
      await backend.print(file, { ...(target.printer ? { printer: target.printer } : {}), copies: target.copies, title: `Vouchers ${batch.planName}` });
    } catch (error) {
      const message = error instanceof PrintSpoolError || error instanceof Error ? error.message : String(error);
      throw new AppError('CONFLICT', `The printer refused the job: ${message}. The PDF was saved to ${file}.`, { file });
    }
    return target.printer ?? 'default';
  }

  private batchForPrint(batchId: string): BatchForPrint {
    const row = this.deps.db
      .select({ batch: voucherBatches, plan: voucherPlans })
      .from(voucherBatches)
      .leftJoin(voucherPlans, eq(voucherPlans.id, voucherBatches.planId))
      .where(eq(voucherBatches.id, batchId))
      .get();
    if (!row || row.batch.deletedAt !== null) throw new AppError('NOT_FOUND', 'No such batch.', { id: batchId });
    return {
      id: row.batch.id,
      note: row.batch.note,
      planName: row.plan?.name ?? '',
      priceMinor: row.plan?.priceMinor ?? 0,
      validityMs: row.plan?.validityMs ?? null,
    };
  }

  private firstCard(batchId: string, loginUrl: string): PrintCard {
    const office = this.deps.office.require();
    const { cards } = batchCards(this.deps.sqlite, this.batchForPrint(batchId), 'all', loginUrl, office.locale);
    return cards[0] ?? sampleCard(loginUrl);
  }

  private unicodeFonts(): UnicodeFontFiles {
    this.fonts ??= loadUnicodeFonts(this.deps.fontsDir);
    return this.fonts;
  }
}

/** What the editor shows before any batch exists: a plausible card. */
function sampleCard(loginUrlBase: string): PrintCard {
  return { code: 'K7PX4QMA', serial: '1', planName: 'Daily 1 GB', priceMinor: 500000, validityText: '1 day', batchLabel: 'Sample', loginUrlBase };
}

/** The engine's template errors are the operator's input problems: VALIDATION with the engine's message. */
async function asValidation<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof PrintTemplateError) throw new AppError('VALIDATION', `Cannot print with this template: ${error.message}.`);
    throw error;
  }
}
