import fs from 'node:fs';
import path from 'node:path';
import type { Db, Sqlite } from '../db/connection';
import type { BillingService } from '../billing/service';
import type { OfficeService } from '../office/service';
import type { Logger } from '../core/logger';
import { loadUnicodeFonts, type UnicodeFontFiles } from '../vouchers/print/fonts';
import { dateInZone } from '../../src-shared/domain/civil-date';
import type { Paper, SellItem, Shift, TenderInput, TillPrintOutput, TillPrintTarget, ZTotals } from '../../src-shared/ipc/schemas/till';
import type { PrinterBackend } from '../vouchers/printing/printers';
import { collectPayment, type CollectOutcome } from './collect';
import { deliver, type TillDocument } from './deliver';
import { PAPER, renderDocPdf, type DocLine } from './doc-pdf';
import { TillLedger, type EntryRow } from './ledger';
import { tillLabels } from './labels';
import { receiptLines, receiptNumber } from './receipt-content';
import { generateOnTheSpot, type GeneratedBatch } from './on-the-spot';
import { sellVouchers, type SaleOutcome } from './sell';
import { ShiftService } from './shifts';
import { voidEntry, type VoidOutcome, type VoidRequest } from './void';
import { zReportLines, zTotals } from './z-report';

export interface TillDeps {
  db: Db;
  sqlite: Sqlite;
  office: OfficeService;
  billing: BillingService;
  /** Billing's reactivation of automatically suspended, now paid-up subscriptions (in the caller's transaction). */
  reactivatePaidUp(customerId: string, now: number): string[];
  logger: Logger;
  workstationId: string;
  /** Bundled fonts (DejaVu and fallbacks) for names beyond Latin-1. */
  fontsDir: string;
  /** Reprints are saved here (the data folder's receipts/). */
  receiptsDir: string;
  /** The workstation's printers (the same backend voucher cards and billing documents print through). */
  printer: PrinterBackend | null;
}

export interface TillActor {
  operatorId: string | null;
  now: number;
}

export interface RenderedDoc {
  fileName: string;
  pdf: Uint8Array;
  pageWidthPt: number;
}

const DAY_MS = 86_400_000;

/** The till: every write runs in the caller's transaction; PDFs are rendered after it commits. */
export class TillService {
  readonly shifts: ShiftService;
  readonly ledger: TillLedger;
  private fonts: UnicodeFontFiles | null | undefined;

  constructor(private readonly deps: TillDeps) {
    this.shifts = new ShiftService(deps.db, deps.workstationId);
    this.ledger = new TillLedger(deps.db);
  }

  /** `generated`: batches made on the spot in this sale, for the caller to push to their routers after commit. */
  sell(input: { items: readonly SellItem[]; payments: readonly TenderInput[] }, actor: TillActor): SaleOutcome & { shiftId: string; generated: GeneratedBatch[] } {
    const shift = this.shifts.requireOpen(actor.operatorId);
    const generated: GeneratedBatch[] = [];
    const onTheSpot = (plan: Parameters<typeof generateOnTheSpot>[1], count: number) => {
      const made = generateOnTheSpot(this.deps, plan, count, actor);
      generated.push(made.batch);
      return made.cards;
    };
    const outcome = sellVouchers({ db: this.deps.db, ledger: this.ledger, shiftId: shift.id, ...actor, onTheSpot }, input);
    return { ...outcome, shiftId: shift.id, generated };
  }

  collect(input: { customerId: string; payments: readonly TenderInput[]; memo: string }, actor: TillActor): CollectOutcome & { shiftId: string } {
    const shift = this.shifts.requireOpen(actor.operatorId);
    this.deps.billing.ledger.requireCustomer(input.customerId);
    const { billing, office, reactivatePaidUp } = this.deps;
    const outcome = collectPayment({ ledger: this.ledger, billing, office, reactivatePaidUp, shiftId: shift.id, ...actor }, input);
    return { ...outcome, shiftId: shift.id };
  }

  void(request: VoidRequest, actor: TillActor): VoidOutcome {
    return voidEntry({ db: this.deps.db, ledger: this.ledger, billing: this.deps.billing, ...actor }, request);
  }

  toShift(row: Parameters<ShiftService['toShift']>[0]): Shift {
    return this.shifts.toShift(row);
  }

  async receiptPdf(receiptId: string, paper: Paper, copy: boolean): Promise<RenderedDoc> {
    const doc = this.receiptDoc(receiptId, paper, copy);
    const pdf = await this.renderPdf(doc.lines, paper, doc.title);
    return { fileName: `${doc.baseName}.pdf`, pdf, pageWidthPt: PAPER[paper].width };
  }

  /** A receipt to this workstation's printer (PDF through the spooler, or ESC/POS). */
  printReceipt(input: { receiptId: string; paper: Paper; copy: boolean; target: TillPrintTarget }, now: number): Promise<TillPrintOutput> {
    return deliver(this.deliverDeps(), this.receiptDoc(input.receiptId, input.paper, input.copy), input.paper, input.target, now);
  }

  /** A Z-report to this workstation's printer. */
  async printZReport(scope: { shiftId: string } | { date: string }, paper: Paper, target: TillPrintTarget, now: number): Promise<TillPrintOutput & { title: string }> {
    const report = this.zReportDoc(scope, now);
    const output = await deliver(this.deliverDeps(), report, paper, target, now);
    return { ...output, title: report.title };
  }

  private receiptDoc(receiptId: string, paper: Paper, copy: boolean): TillDocument {
    const receipt = this.ledger.requireReceipt(receiptId);
    const entries = this.ledger.receiptEntries(receiptId);
    const lines = receiptLines(this.deps.db, { receipt, entries, office: this.deps.office.require(), copy });
    const number = receiptNumber(receipt.id);
    return { lines, title: `Receipt ${number}`, baseName: `receipt-${number}-${paper}` };
  }

  private deliverDeps() {
    return { backend: this.deps.printer, receiptsDir: this.deps.receiptsDir, renderPdf: (lines: DocLine[], paper: Paper, title: string) => this.renderPdf(lines, paper, title) };
  }

  private renderPdf(lines: DocLine[], paper: Paper, title: string): Promise<Uint8Array> {
    return renderDocPdf(lines, paper, { title, unicodeFonts: this.unicodeFonts() });
  }

  /** Saves a reprint under receipts/ (temp file renamed into place: never a half-written PDF). */
  saveReceipt(doc: RenderedDoc, now: number): string {
    fs.mkdirSync(this.deps.receiptsDir, { recursive: true });
    const file = path.join(this.deps.receiptsDir, doc.fileName.replace(/\.pdf$/, `-${now}.pdf`));
    fs.writeFileSync(`${file}.tmp`, doc.pdf);
    fs.renameSync(`${file}.tmp`, file);
    return file;
  }

  /** Z-report of one shift, or of one office-calendar day (every shift's entries written that day). */
  async zReport(scope: { shiftId: string } | { date: string }, paper: Paper, now: number): Promise<{ title: string; shifts: Shift[]; totals: ZTotals } & RenderedDoc> {
    const report = this.zReportDoc(scope, now);
    const pdf = await this.renderPdf(report.lines, paper, report.title);
    return { title: report.title, shifts: report.shifts, totals: report.totals, fileName: `${report.baseName}.pdf`, pdf, pageWidthPt: PAPER[paper].width };
  }

  private zReportDoc(scope: { shiftId: string } | { date: string }, now: number): TillDocument & { shifts: Shift[]; totals: ZTotals } {
    const office = this.deps.office.require();
    const { entries, shifts, title } = 'shiftId' in scope ? this.shiftScope(scope.shiftId) : this.dayScope(scope.date, office.timeZone);
    const totals = zTotals(entries, shifts);
    const lines = zReportLines({ title, office, totals, shifts, printedAt: now });
    const slug = 'shiftId' in scope ? `shift-${scope.shiftId.slice(-12)}` : `day-${scope.date}`;
    return { lines, title, shifts, totals, baseName: `z-report-${slug}` };
  }

  private shiftScope(shiftId: string): { entries: EntryRow[]; shifts: Shift[]; title: string } {
    const shift = this.shifts.toShift(this.shifts.require(shiftId));
    const title = tillLabels(this.deps.office.require()).zReportShift(shift.operatorName);
    return { entries: this.ledger.shiftEntries([shiftId]), shifts: [shift], title };
  }

  /** Entries are read in a UTC window wide enough for any zone, then kept if their office date matches. */
  private dayScope(date: string, timeZone: string): { entries: EntryRow[]; shifts: Shift[]; title: string } {
    const midnightUtc = Date.parse(`${date}T00:00:00Z`);
    const entries = this.ledger.entriesBetween(midnightUtc - DAY_MS, midnightUtc + 2 * DAY_MS).filter((entry) => dateInZone(entry.createdAt, timeZone) === date);
    const opened = this.shifts
      .list({ from: midnightUtc - DAY_MS, to: midnightUtc + 2 * DAY_MS, limit: 500 })
      .filter((row) => dateInZone(row.openedAt, timeZone) === date)
      .map((row) => row.id);
    const ids = [...new Set([...entries.map((entry) => entry.shiftId), ...opened])];
    const shifts = ids.map((id) => this.shifts.toShift(this.shifts.require(id))).sort((a, b) => a.openedAt - b.openedAt);
    return { entries, shifts, title: tillLabels(this.deps.office.require()).zReportDay(date) };
  }

  /** Loaded once; without the bundled fonts, names beyond Latin-1 print as '?' rather than failing a sale. */
  private unicodeFonts(): UnicodeFontFiles | undefined {
    if (this.fonts === undefined) {
      try {
        this.fonts = loadUnicodeFonts(this.deps.fontsDir);
      } catch (error) {
        this.deps.logger.error('receipt fonts not found', { dir: this.deps.fontsDir, error: error instanceof Error ? error.message : String(error) });
        this.fonts = null;
      }
    }
    return this.fonts ?? undefined;
  }
}
