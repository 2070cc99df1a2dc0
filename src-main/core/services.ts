import type { Db, Sqlite } from '../db/connection';
import type { AuditService } from '../audit/service';
import type { AuthService } from '../auth/service';
import type { OfficeService } from '../office/service';
import type { OperatorService } from '../operators/service';
import type { Clock } from './clock';
import type { SecretBox } from '../security/secret-box';
import type { DesktopPreferences } from './preferences';
import type { RouterRegistry } from '../routers/registry/service';
import type { RouterRuntime } from '../routers/runtime';
import type { EventHub } from './event-hub';
import type { ImportService } from '../imports/service';
import type { Logger } from './logger';
import type { VoucherService } from '../vouchers/service';
import type { CustomerService } from '../customers/service';
import type { BillingService } from '../billing/service';
import type { TillService } from '../till/service';
import type { BillingRunService } from '../billing/run/service';
import type { ReminderService } from '../reminders/service';
import type { BillingDocumentPdf } from '../billing/pdf/service';
import type { ReportsService } from '../reports/service';
import type { CoreSync } from '../sync/core-sync';
import type { BackupService } from '../backups/service';
import type { UpdateService } from '../updates/service';
import type { HealthService } from '../health/service';
import type { MetricsService } from '../metrics/service';
import type { AlertService } from '../alerts/service';
import type { DiagnosticsService } from '../diagnostics/service';
import type { LogService } from '../logs/service';

/** What handlers may use: the services of every domain plus the shared plumbing. */
export interface Services {
  db: Db;
  sqlite: Sqlite;
  clock: Clock;
  dbFile: string;
  appVersion: string;
  secrets: SecretBox;
  preferences: DesktopPreferences;
  office: OfficeService;
  operators: OperatorService;
  auth: AuthService;
  audit: AuditService;
  events: EventHub;
  logger: Logger;
  routers: RouterRegistry;
  /** Connections, health and job worker; idle until core.startBackground(). */
  routerRuntime: RouterRuntime;
  /** MikHmon-aware import from a router (preview, apply). */
  imports: ImportService;
  /** Voucher plans, generation in a worker thread, batches, sales. */
  vouchers: VoucherService;
  /** Customers with account numbers and FTS5 search. */
  customers: CustomerService;
  /** Service plans, subscriptions and the insert-only customer ledger. */
  billing: BillingService;
  /** The cashier desk: shifts, sales, payments, voids, receipts, Z-reports. */
  till: TillService;
  /** Scheduled billing: daily runs, catch-up, automatic suspension and reactivation. */
  billingRuns: BillingRunService;
  /** Billing reminders: templates, the outbox and the HTTP SMS/WhatsApp gateway dispatcher. */
  reminders: ReminderService;
  /** Invoice, credit-note, receipt and statement PDFs (saved under prints/, optionally printed). */
  documentPdf: BillingDocumentPdf;
  /** Sales (from the till ledger's daily summary), voucher stock, receivables aging, churn. */
  reports: ReportsService;
  /** Multi-office sync: the background runner when a central database is configured (docs/decisions/0015). */
  sync: CoreSync;
  /** Verified online backups, retention, the second folder, restore staging (docs/decisions/0016). */
  backups: BackupService;
  /** The update check against the office's feed, off by default (src-main/updates, docs/release.md). */
  updates: UpdateService;
  /** The Health page's picture: db, backups, routers, jobs, sync, schedules (issue 8). */
  health: HealthService;
  /** The optional Prometheus endpoint on 127.0.0.1 (off by default). */
  metrics: MetricsService;
  /** In-app alerts (router down, CPU high, backups, sync stuck), evaluated while background runs. */
  alerts: AlertService;
  /** The support bundle (versions, health, settings without secrets, log tails). */
  diagnostics: DiagnosticsService;
  /** The rotating log files under <data folder>/logs, their level and the viewer's queries. */
  logs: LogService;
  transaction<T>(fn: () => T): T;
}
