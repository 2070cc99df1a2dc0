import type { Sqlite } from '../db/connection';
import type { OfficeService } from '../office/service';
import type { Logger } from '../core/logger';
import { addDays, dateInZone } from '../../src-shared/domain/civil-date';
import { instantAt } from '../../src-shared/domain/zoned-time';
import type { AgingReport, ChurnReport, CsvExportInput, RevenueChart, SalesGrouping, SalesReport, StockReport } from '../../src-shared/ipc/schemas/reports';
import { loadUnicodeFonts, type UnicodeFontFiles } from '../vouchers/print/fonts';
import { renderDocPdf } from '../till/doc-pdf';
import { syncSummaryZone } from './summary-zone';
import { buildSalesRows, salesSlices } from './sales';
import { voucherStock } from './stock';
import { agingReport } from './aging';
import { churnReport } from './churn';
import { revenueChart } from './revenue-chart';
import { agingCsv, churnCsv, salesCsv, stockCsv } from './csv';
import { dailySummaryLines } from './daily-summary';

export interface ReportsDeps {
  sqlite: Sqlite;
  office: OfficeService;
  logger: Logger;
  fontsDir: string;
}

/**
 * Reports over the till ledger's daily summary, the vouchers and the billing ledger. Read-only except
 * for `syncZone`, which re-keys the derived summary when the office zone is new or changed.
 * `operatorId` (a cashier's own sales) is decided by the handlers.
 */
export class ReportsService {
  private fonts: UnicodeFontFiles | null | undefined;

  constructor(private readonly deps: ReportsDeps) {}

  /** Makes the summary's days office days; cheap when nothing changed (one row read). */
  syncZone(now: number): void {
    const office = this.deps.office.get();
    if (office && syncSummaryZone(this.deps.sqlite, office.timeZone, now)) this.deps.logger.info('sales summary rebuilt for the office time zone', { timeZone: office.timeZone });
  }

  today(now: number): string {
    return dateInZone(now, this.deps.office.require().timeZone);
  }

  sales(query: { from: string; to: string; groupBy: SalesGrouping; operatorId: string | null }, now: number): SalesReport {
    const office = this.deps.office.require();
    this.syncZone(now);
    const operators = this.names('SELECT id, display_name AS name FROM operators');
    const plans = this.names('SELECT id, name FROM voucher_plans');
    const labels = { officeName: office.name, operatorName: (id: string) => operators.get(id) ?? id, planName: (id: string) => plans.get(id) ?? id };
    const { rows, totals } = buildSalesRows(salesSlices(this.deps.sqlite, query), query, labels);
    return { from: query.from, to: query.to, groupBy: query.groupBy, operatorId: query.operatorId, timeZone: office.timeZone, currency: office.currency, rows, totals };
  }

  stock(): StockReport {
    return voucherStock(this.deps.sqlite);
  }

  aging(asOf: string | undefined, now: number): AgingReport {
    const office = this.deps.office.require();
    const day = asOf ?? this.today(now);
    const endOfDay = instantAt(addDays(day, 1), '00:00', office.timeZone);
    return agingReport(this.deps.sqlite, { asOf: day, endOfDay, timeZone: office.timeZone, currency: office.currency });
  }

  churn(input: { from: string; to: string }): ChurnReport {
    return churnReport(this.deps.sqlite, { ...input, timeZone: this.deps.office.require().timeZone });
  }

  revenueChart(input: { days: number; stackBy: 'method' | 'plan' }, operatorId: string | null, now: number): RevenueChart {
    const office = this.deps.office.require();
    this.syncZone(now);
    const plans = this.names('SELECT id, name FROM voucher_plans');
    return revenueChart(this.deps.sqlite, { ...input, today: this.today(now), operatorId, currency: office.currency, planName: (id) => plans.get(id) ?? id });
  }

  csv(input: CsvExportInput, operatorId: string | null, now: number): { filename: string; content: string } {
    const office = this.deps.office.require();
    const stamp = `${office.code}`.toLowerCase();
    switch (input.report) {
      case 'sales':
        return { filename: `sales-by-${input.groupBy}-${input.from}-${input.to}-${stamp}.csv`, content: salesCsv(this.sales({ ...input, operatorId }, now)) };
      case 'stock':
        return { filename: `voucher-stock-${this.today(now)}-${stamp}.csv`, content: stockCsv(this.stock()) };
      case 'aging': {
        const report = this.aging(input.asOf, now);
        return { filename: `receivables-aging-${report.asOf}-${stamp}.csv`, content: agingCsv(report) };
      }
      case 'churn':
        return { filename: `churn-${input.from}-${input.to}-${stamp}.csv`, content: churnCsv(this.churn(input)) };
    }
  }

  async dailySummaryPdf(date: string, operatorId: string | null, now: number): Promise<{ filename: string; pdf: Uint8Array }> {
    const office = this.deps.office.require();
    const report = (groupBy: SalesGrouping): SalesReport => this.sales({ from: date, to: date, groupBy, operatorId }, now);
    const cashierName = operatorId === null ? null : (this.names('SELECT id, display_name AS name FROM operators').get(operatorId) ?? operatorId);
    const generatedAt = new Intl.DateTimeFormat(office.locale, { timeZone: office.timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(now));
    const lines = dailySummaryLines({
      officeName: office.name,
      date,
      timeZone: office.timeZone,
      locale: office.locale,
      currency: office.currency,
      cashierName,
      generatedAt,
      byPlan: report('plan'),
      byMethod: report('method'),
      byCashier: report('cashier'),
    });
    const pdf = await renderDocPdf(lines, 'a4', { title: `Daily summary ${date}`, unicodeFonts: this.unicodeFonts() });
    return { filename: `daily-summary-${date}-${office.code.toLowerCase()}.pdf`, pdf };
  }

  private names(sql: string): Map<string, string> {
    return new Map((this.deps.sqlite.prepare(sql).all() as Array<{ id: string; name: string }>).map((row) => [row.id, row.name]));
  }

  /** Loaded once; without the bundled fonts names beyond Latin-1 print as '?' rather than failing. */
  private unicodeFonts(): UnicodeFontFiles | undefined {
    if (this.fonts === undefined) {
      try {
        this.fonts = loadUnicodeFonts(this.deps.fontsDir);
      } catch (error) {
        this.deps.logger.error('report fonts not found', { dir: this.deps.fontsDir, error: error instanceof Error ? error.message : String(error) });
        this.fonts = null;
      }
    }
    return this.fonts ?? undefined;
  }
}
