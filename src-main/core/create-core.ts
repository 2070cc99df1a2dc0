import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contract, type Contract } from '../../src-shared/ipc/contract';
import { openSqlite, wrapDrizzle, type Db, type Sqlite } from '../db/connection';
import { runMigrations, type MigrationOutcome } from '../db/migrate';
import { AuditService } from '../audit/service';
import { ApprovalStore } from '../auth/approvals';
import { AuthService } from '../auth/service';
import { SessionStore } from '../auth/sessions';
import { LoginThrottle } from '../auth/throttle';
import { OfficeService } from '../office/service';
import { OperatorService } from '../operators/service';
import { KeyFileSecretBox, type SecretBox } from '../security/secret-box';
import { systemClock, type Clock } from './clock';
import { EventHub } from './event-hub';
import { buildHandlers } from './handlers';
import { withModule, type Logger } from './logger';
import { createFileLogger, type FileLogger } from '../logs/file-logger';
import { LogService } from '../logs/service';
import type { Registry } from './registry';
import { Admission } from '../lifecycle/admission';
import { GatedRegistry } from '../lifecycle/gated-registry';
import { acquireInstanceLock, type InstanceLock } from '../lifecycle/instance-lock';
import { DEFAULT_SHUTDOWN_GRACE_MS, gracefulShutdown } from '../lifecycle/shutdown';
import { checkpointAndClose, flushLogger } from '../lifecycle/close-db';
import type { Services } from './services';
import { JsonFilePreferences, type DesktopPreferences } from './preferences';
import { RouterRegistry } from '../routers/registry/service';
import { RouterRuntime, type RouterRuntimeOptions } from '../routers/runtime';
import { ImportService } from '../imports/service';
import { VoucherService } from '../vouchers/service';
import { UsagePoller } from '../vouchers/usage/poller';
import { LpPrinterBackend, type PrinterBackend } from '../vouchers/printing/printers';
import { CustomerService } from '../customers/service';
import { BillingService } from '../billing/service';
import { BillingSettingsService } from '../billing/settings';
import { TillService } from '../till/service';
import { BillingRunService } from '../billing/run/service';
import { BillingRunStore } from '../billing/run/store';
import { RunSnapshot } from '../billing/run/snapshot';
import { BillingScheduler } from '../billing/run/scheduler';
import { ReminderService } from '../reminders/service';
import { ReportsService } from '../reports/service';
import { CoreSync, type CoreSyncConfig } from '../sync/core-sync';
import { installOutboxTriggers } from '../sync/triggers';
import { storedSyncConfig, SyncSettingsStore } from '../sync/settings';
import type { ApplyOutcome } from '../sync/apply';
import { routerFollowUp } from '../sync/router-follow-up';
import type { DispatcherOptions } from '../reminders/dispatcher';
import { BillingDocumentPdf } from '../billing/pdf/service';
import { BackupService } from '../backups/service';
import { BackupScheduler } from '../backups/scheduler';
import { UpdateService } from '../updates/service';
import { FeedChecker, type UpdateChecker } from '../updates/checker';
import { applyStagedRestore } from '../backups/swap';
import { auditRestore } from '../backups/restore-audit';
import { createObservability } from '../health/observability';
import type { AlertOptions } from '../alerts/service';

export interface CoreOptions {
  /** Folder holding the db, backups and (on plain Node) the secret key file. */
  dataDir: string;
  clock?: Clock;
  /** Also gets every line at info and above (the console); the files in <dataDir>/logs get them always. */
  logger?: Logger;
  /** Log rotation limits (tests use tiny ones); 10 MB per file and 10 files by default. */
  logs?: { maxSizeBytes?: number; maxFiles?: number };
  /** Electron passes safeStorage; plain Node gets a 0600 key file in the data folder. */
  secretBox?: SecretBox;
  migrationsFolder?: string;
  /** better-sqlite3 binary for another ABI (Electron's). */
  nativeBinding?: string;
  appVersion?: string;
  /** Overrides the idle-lock setting (tests and demos that cannot wait minutes). */
  idleLockMsOverride?: number;
  /** Electron passes electron-store; plain Node keeps preferences.json in the data folder. */
  preferences?: DesktopPreferences;
  /** Router connection, health and job-worker settings (tests shorten intervals and backoff). */
  routers?: RouterRuntimeOptions;
  /** Bundled resources (fonts for printing); the repository's resources/ by default. */
  resourcesDir?: string;
  /** How this machine prints: Electron passes its own; plain Node uses CUPS `lp`. */
  printerBackend?: PrinterBackend;
  /** Reminder delivery timing and fetch (tests shorten backoff or pass their own fetch). */
  reminders?: DispatcherOptions;
  /** Alert thresholds and evaluation interval (tests shorten them). */
  alerts?: AlertOptions;
  /** This office's central sync database (docs/central-database.md); absent: sync is off. */
  sync?: CoreSyncConfig;
  /**
   * The update check: Electron passes electron-updater as the checker; plain Node reads the feed's
   * latest.yml. `intervalMs` (a day by default) is shortened by tests.
   */
  updates?: { checker?: UpdateChecker; intervalMs?: number };
  /**
   * A restore was staged (backups.restore/import): the host closes this core and calls createCore again
   * with the same options, which swaps the restored file in. Absent: it applies at the next start.
   */
  onRestartRequested?: () => void;
  /** How long shutdown() lets in-flight calls, router commands and a backup settle (5 s by default). */
  shutdownGraceMs?: number;
}

export interface Core {
  registry: Registry<Contract>;
  events: EventHub;
  services: Services;
  migration: MigrationOutcome;
  dataDir: string;
  /**
   * Starts the background services: one session per router, health polling, the job worker. Not
   * started by createCore, so tools and tests that only need the db open no sockets and no timers.
   */
  startBackground(): void;
  /**
   * The clock jumped (resume from sleep, a corrected clock, the web bridge's test clock): locks the
   * sessions now idle past their limit and runs the billing days now owed, without waiting for timers.
   * Settles when those runs are done.
   */
  timeChanged(): Promise<void>;
  /** Stops background services (timers cleared, sockets closed) and closes the db. */
  close(): void;
  /**
   * Graceful stop (SIGINT/SIGTERM, quitting the app): new calls get SHUTTING_DOWN, schedulers stop,
   * in-flight calls, router jobs and a running backup get up to `shutdownGraceMs`, logs are flushed, the
   * WAL is checkpointed, the db closed and the data folder's lock released. Runs once.
   */
  shutdown(): Promise<void>;
}

export const DB_FILE_NAME = 'mikrotik-billing.sqlite';

/** The repository's migrations folder, found relative to this file (source or bundled build). */
export function defaultMigrationsFolder(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '../../migrations'), path.resolve(here, '../migrations'), path.resolve('migrations')];
  const found = candidates.find((candidate) => fs.existsSync(path.join(candidate, 'meta', '_journal.json')));
  if (!found) throw new Error(`migrations folder not found (looked in ${candidates.join(', ')})`);
  return found;
}

/** The repository's resources folder (fonts), found like the migrations. */
export function defaultResourcesDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '../../resources'), path.resolve(here, '../resources'), path.resolve('resources')];
  return candidates.find((candidate) => fs.existsSync(path.join(candidate, 'fonts'))) ?? path.resolve('resources');
}

/**
 * Opens (or creates) the office database, migrates it after a backup, and wires every service and the
 * registry. Runs on plain Node: Electron only adds windows and IPC around it.
 */
export function createCore(options: CoreOptions): Core {
  // One core per data folder (issue 8): refused with ALREADY_RUNNING before anything is opened.
  fs.mkdirSync(options.dataDir, { recursive: true });
  const instanceLock = acquireInstanceLock(options.dataDir);
  try {
    return openCore(options, instanceLock);
  } catch (error) {
    instanceLock.release();
    throw error;
  }
}

function openCore(options: CoreOptions, instanceLock: InstanceLock): Core {
  const clock = options.clock ?? systemClock;
  const logger = createFileLogger({
    dir: path.join(options.dataDir, 'logs'),
    clock,
    ...(options.logger ? { echo: options.logger } : {}),
    ...options.logs,
  });
  fs.mkdirSync(options.dataDir, { recursive: true });
  const dbFile = path.join(options.dataDir, DB_FILE_NAME);
  // A restore staged by the previous core replaces the db file before anything opens it.
  const restored = applyStagedRestore(options.dataDir, dbFile);
  const sqlite = openSqlite(dbFile, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    const db = wrapDrizzle(sqlite);
    const migration = runMigrations(sqlite, {
      migrationsFolder: options.migrationsFolder ?? defaultMigrationsFolder(),
      backupDir: path.join(options.dataDir, 'backups'),
      now: clock.now(),
    });
    if (migration.applied > 0) logger.info('database migrated', { module: 'db', ...migration });
    // Generated from the schema of this version (src-main/sync/tables.ts); a no-op when unchanged.
    installOutboxTriggers(sqlite);
    const core = assemble({ options, sqlite, db, dbFile, clock, logger, migration, instanceLock });
    if (restored) auditRestore(core.services, restored);
    return core;
  } catch (error) {
    sqlite.close();
    void logger.close();
    throw error;
  }
}

interface AssembleInput {
  options: CoreOptions;
  sqlite: Sqlite;
  db: Db;
  dbFile: string;
  clock: Clock;
  logger: FileLogger;
  migration: MigrationOutcome;
  instanceLock: InstanceLock;
}

function assemble({ options, sqlite, db, dbFile, clock, logger, migration, instanceLock }: AssembleInput): Core {
  // IMMEDIATE: take the write lock at BEGIN. The voucher worker writes through its own connection; a
  // deferred transaction that read before the worker committed would fail with SQLITE_BUSY_SNAPSHOT
  // instead of waiting (busy_timeout) for the lock.
  const transaction = <T>(fn: () => T): T => sqlite.transaction(fn).immediate();
  const office = new OfficeService(db);
  const workstationId = office.workstationId(clock.now());
  const idleLockMs = (): number => options.idleLockMsOverride ?? office.idleLockMinutes() * 60_000;
  const events = new EventHub();
  const sessions = new SessionStore();
  const approvals = new ApprovalStore();
  const audit = new AuditService(db, sqlite, workstationId);
  const operators = new OperatorService(db);
  const auth = new AuthService({
    operators,
    sessions,
    approvals,
    throttle: new LoginThrottle(db),
    events,
    workstationId,
    idleLockMs,
    transaction,
  });
  const secrets = options.secretBox ?? KeyFileSecretBox.open(path.join(options.dataDir, 'secret.key'));
  const routers = new RouterRegistry(db, secrets);
  const routerRuntime = new RouterRuntime({ db, registry: routers, events, clock, logger: withModule(logger, 'routers'), transaction }, options.routers);
  const imports = new ImportService({ db, clock, logger: withModule(logger, 'imports'), events, office, routers, connections: routerRuntime.connections, transaction });
  // One printer backend for voucher print runs and billing documents.
  const printerBackend = options.printerBackend ?? new LpPrinterBackend();
  const vouchers = new VoucherService({
    db,
    sqlite,
    dbFile,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    logger: withModule(logger, 'vouchers'),
    reconcile: (routerId, menus) => routerRuntime.reconcile(routerId, menus),
    printing: {
      office,
      fontsDir: path.join(options.resourcesDir ?? defaultResourcesDir(), 'fonts'),
      printsDir: path.join(options.dataDir, 'prints'),
      backend: printerBackend,
    },
  });
  const usagePoller = new UsagePoller({ db, transaction, registry: routers, connections: routerRuntime.connections, audit, clock, logger: withModule(logger, 'vouchers') });
  const billingSettings = new BillingSettingsService(db, office);
  const customers = new CustomerService({ db, sqlite, office, billingSettings });
  const billing = new BillingService({ db, office, settings: billingSettings, customers });
  const reminders = new ReminderService({ db, sqlite, office, secrets, audit, clock, logger: withModule(logger, 'reminders'), transaction, ...(options.reminders ? { dispatcher: options.reminders } : {}) });
  const billingRuns = new BillingRunService({
    // After today's run, reminders enqueue what became due, overdue or suspended (docs/decisions/0013).
    afterRun: (asOf) => reminders.afterBillingRun(asOf),
    db,
    sqlite,
    logger: withModule(logger, 'billing'),
    clock,
    transaction,
    office,
    audit,
    settings: billingSettings,
    store: new BillingRunStore(db),
    snapshot: new RunSnapshot(sqlite),
    plans: billing.plans,
    documents: billing.documents,
    subscriptions: billing.subscriptions,
  });
  const till = new TillService({
    db,
    sqlite,
    office,
    billing,
    // Paying off arrears at the desk lifts an automatic suspension at once, by billing's own rule.
    reactivatePaidUp: (customerId, now) => billingRuns.reactivatePaidUp(customerId, now),
    logger: withModule(logger, 'till'),
    workstationId,
    fontsDir: path.join(options.resourcesDir ?? defaultResourcesDir(), 'fonts'),
    receiptsDir: path.join(options.dataDir, 'receipts'),
    printer: printerBackend,
  });
  const documentPdf = new BillingDocumentPdf({
    db,
    office,
    ledger: billing.ledger,
    customers,
    logger: withModule(logger, 'billing'),
    fontsDir: path.join(options.resourcesDir ?? defaultResourcesDir(), 'fonts'),
    printsDir: path.join(options.dataDir, 'prints'),
    backend: printerBackend,
  });
  const reports = new ReportsService({ sqlite, office, logger: withModule(logger, 'reports'), fontsDir: path.join(options.resourcesDir ?? defaultResourcesDir(), 'fonts') });
  // The sales summary's day keys follow the office zone (rebuilt once when it is new or changed).
  reports.syncZone(clock.now());
  const billingScheduler = new BillingScheduler({ runs: billingRuns, office, settings: billingSettings, clock, logger: withModule(logger, 'billing') });
  const backups = new BackupService({
    sqlite,
    db,
    dataDir: options.dataDir,
    clock,
    logger: withModule(logger, 'backups'),
    office,
    appVersion: options.appVersion ?? '0.0.0-dev',
    migrationsFolder: options.migrationsFolder ?? defaultMigrationsFolder(),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.onRestartRequested ? { requestRestart: options.onRestartRequested } : {}),
  });
  const backupScheduler = new BackupScheduler({ backups, office, clock, logger: withModule(logger, 'backups') });
  const updates = new UpdateService({ db, clock, logger, transaction, appVersion: options.appVersion ?? '0.0.0-dev', checker: options.updates?.checker ?? new FeedChecker(), ...(options.updates?.intervalMs ? { intervalMs: options.updates.intervalMs } : {}) });
  // Filled in once `services` exists (the follow-up commands routers through it).
  let afterApply: (changed: ApplyOutcome['changed']) => void = () => undefined;
  const logs = new LogService({ db, logger });
  logs.applyStoredLevel();
  // Tests pass `options.sync`; the app reads the office's stored settings (Sync page), if turned on.
  const syncConfig = options.sync ?? storedSyncConfig(new SyncSettingsStore(db, secrets), logger);
  const sync = new CoreSync({
    sqlite,
    now: () => clock.now(),
    logger: withModule(logger, 'sync'),
    afterApply: (changed) => afterApply(changed),
    onStatus: (status) => events.broadcast('sync.status', status),
    ...(syncConfig ? { config: syncConfig } : {}),
  });
  // Health page, metrics endpoint, alerts and diagnostics (src-main/health/observability.ts).
  const observability = createObservability({
    db,
    sqlite,
    dbFile,
    dataDir: options.dataDir,
    appVersion: options.appVersion ?? '0.0.0-dev',
    clock,
    logger,
    events,
    office,
    backups,
    billingSettings,
    routers,
    routerRuntime,
    sync,
    syncConfig: syncConfig ?? null,
    transaction,
    ...(options.alerts ? { alertOptions: options.alerts } : {}),
  });
  const services: Services = {
    db,
    sqlite,
    clock,
    dbFile,
    appVersion: options.appVersion ?? '0.0.0-dev',
    preferences: options.preferences ?? new JsonFilePreferences(path.join(options.dataDir, 'preferences.json')),
    secrets,
    office,
    operators,
    auth,
    audit,
    events,
    logger,
    routers,
    routerRuntime,
    imports,
    vouchers,
    customers,
    billing,
    billingRuns,
    reminders,
    documentPdf,
    till,
    reports,
    backups,
    updates,
    sync,
    health: observability.health,
    metrics: observability.metrics,
    alerts: observability.alerts,
    diagnostics: observability.diagnostics,
    logs,
    transaction,
  };
  afterApply = routerFollowUp(services, logger);
  // Shutdown closes this door first: new calls get SHUTTING_DOWN, running ones are waited for.
  const admission = new Admission();
  const registry = new GatedRegistry(contract, buildHandlers(services), {
    sessions,
    approvals,
    audit,
    clock,
    events,
    logger,
    idleLockMs,
    transaction,
  }, admission);
  let closed = false;
  const shutdown = gracefulShutdown({
    admission,
    logger,
    graceMs: options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS,
    stopScheduling: () => {
      billingScheduler.stop();
      backupScheduler.stop();
      updates.stop();
      reminders.stop();
      sync.close();
      usagePoller.stop();
      // The worker finishes the batch on the wire and takes no new one; sessions stay open for it.
      routerRuntime.worker.stop();
      routerRuntime.health.stop();
    },
    inFlight: () => [
      backups.idle(),
      sync.idle(),
      ...vouchers.pending(),
      ...routers.listLive().map((row) => routerRuntime.worker.idle(row.id)),
    ],
    flush: () => flushLogger(logger),
    close: () => core.close(),
  });
  const core: Core = {
    registry,
    events,
    services,
    migration,
    dataDir: options.dataDir,
    startBackground: () => {
      routerRuntime.start();
      vouchers.startBackground();
      usagePoller.start();
      void billingScheduler.start();
      reminders.start();
      sync.start();
      observability.start();
      updates.start();
      // The pre-migration backup (made before services existed) gets its manifest; then the daily schedule.
      void backups.verifyUnverified().then(() => backupScheduler.start());
    },
    timeChanged: () => {
      registry.lockIdleSessions();
      return Promise.all([billingScheduler.recheck(), backupScheduler.recheck()]).then(() => observability.alerts.recheck());
    },
    shutdown,
    close: () => {
      if (closed) return;
      closed = true;
      admission.close();
      billingScheduler.stop();
      backupScheduler.stop();
      updates.stop();
      reminders.stop();
      sync.close();
      vouchers.close();
      usagePoller.stop();
      observability.stop();
      void routerRuntime.stop();
      checkpointAndClose(sqlite, logger);
      instanceLock.release();
      void logger.close();
    },
  };
  return core;
}
