import fs from 'node:fs';
import path from 'node:path';
import type { Db, Sqlite } from '../db/connection';
import type { BillingService } from '../billing/service';
import type { OfficeService } from '../office/service';
import type { Logger } from '../core/logger';
import { loadUnicodeFonts, type UnicodeFontFiles } from '../vouchers/print/fonts';
import { dateInZone } from '../../src-shared/domain/civil-date';
import type { Paper, SellItem, Shift, TenderInput, ZTotals } from '../../src-shared/ipc/schemas/till';
import { collectPayment, type CollectOutcome } from './collect';
import { PAPER, renderDocPdf } from './doc-pdf';
import { TillLedger, type EntryRow } from './ledger';
import { receiptLines, receiptNumber } from './receipt-content';
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

  sell(input: { items: readonly SellItem[]; payments: readonly TenderInput[] }, actor: TillActor): SaleOutcome & { shiftId: string } {
    const shift = this.shifts.requireOpen(actor.operatorId);
    const outcome = sellVouchers({ db: this.deps.db, ledger: this.ledger, shiftId: shift.id, ...actor }, input);
    return { ...outcome, shiftId: shift.id };
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
    const receipt = this.ledger.requireReceipt(receiptId);
    const entries = this.ledger.receiptEntries(receiptId);
    const lines = receiptLines(this.deps.db, { receipt, entries, office: this.deps.office.require(), copy });
    const number = receiptNumber(receipt.id);
    const pdf = await renderDocPdf(lines, paper, { title: `Receipt ${number}`, unicodeFonts: this.unicodeFonts() });
    return { fileName: `receipt-${number}-${paper}.pdf`, pdf, pageWidthPt: PAPER[paper].width };
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
    const office = this.deps.office.require();
    const { entries, shifts, title } = 'shiftId' in scope ? this.shiftScope(scope.shiftId) : this.dayScope(scope.date, office.timeZone);
    const totals = zTotals(entries, shifts);
    const lines = zReportLines({ title, office, totals, shifts, printedAt: now });
    const pdf = await renderDocPdf(lines, paper, { title, unicodeFonts: this.unicodeFonts() });
    const slug = 'shiftId' in scope ? `shift-${scope.shiftId.slice(-12)}` : `day-${scope.date}`;
    return { title, shifts, totals, fileName: `z-report-${slug}.pdf`, pdf, pageWidthPt: PAPER[paper].width };
  }

  private shiftScope(shiftId: string): { entries: EntryRow[]; shifts: Shift[]; title: string } {
    const shift = this.shifts.toShift(this.shifts.require(shiftId));
    return { entries: this.ledger.shiftEntries([shiftId]), shifts: [shift], title: `Z-REPORT: shift of ${shift.operatorName}` };
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
    return { entries, shifts, title: `Z-REPORT: ${date}` };
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
