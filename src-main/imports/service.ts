/**
 * The MikHmon-aware importer (issue 3): reads a router over its live session, shows what would be
 * imported (new / already imported / update / conflict per item) and writes the new items in one
 * transaction marked `source = 'mikhmon-import'` with their natural keys, so importing twice adds nothing.
 *
 * Imported router items stay the operator's: nothing here writes to the router or to the desired-state
 * table, and the items carry no `mb:` marker, so reconcile never removes or changes them
 * (docs/decisions/0005, 0006). Taking an imported plan or subscriber over is a later, explicit step.
 */
import { eq, sql } from 'drizzle-orm';
import { newId } from '../../src-shared/domain/ids';
import { AppError } from '../../src-shared/ipc/result';
import {
  IMPORT_KINDS,
  type AppliedCounts,
  type ImportApplyOutput,
  type ImportKind,
  type ImportPreviewOutput,
  type ImportProgress,
} from '../../src-shared/ipc/schemas/imports';
import type { Clock } from '../core/clock';
import type { EventHub } from '../core/event-hub';
import type { Logger } from '../core/logger';
import type { Db } from '../db/connection';
import {
  importedPppProfiles,
  importedPppSecrets,
  voucherBatches,
  voucherPlans,
  voucherSales,
  vouchers,
  type ExpiryMode,
  type VoucherStatus,
} from '../db/schema';
import type { OfficeService } from '../office/service';
import { RouterError } from '../routers/client';
import type { RouterConnections } from '../routers/connections/manager';
import { buildImportPreview, readMikhmonSnapshot, zonedTimeToEpochMs, type ImportPreview, type MikhmonExpiryMode, type SalePreview } from '../routers/mikhmon';
import type { RouterRegistry, RouterRow } from '../routers/registry/service';
import { diffImport, tallyStates, type ImportDiff } from './diff';
import { insertChunked, loadExisting, voucherIdsByCode, type ExistingForWrite } from './store';

export interface ImportInclude {
  profiles: boolean;
  vouchers: boolean;
  sales: boolean;
  ppp: boolean;
}

export interface ImportServiceDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  events: EventHub;
  office: OfficeService;
  routers: RouterRegistry;
  connections: RouterConnections;
  transaction<T>(fn: () => T): T;
}

/** Per print: a router with many thousands of vouchers on a slow CPU takes a while to list them. */
const READ_TIMEOUT_MS = 60_000;

const EXPIRY_BY_MODE: Record<MikhmonExpiryMode, ExpiryMode> = { rem: 'remove', remc: 'remove', ntf: 'disable', ntfc: 'disable', '0': 'none' };

/** Called with the audit summary and details inside the writing transaction (the handler's ctx.audit). */
export type AuditFn = (summary: string, details: Record<string, unknown>) => void;

interface ReadResult {
  row: RouterRow;
  preview: ImportPreview;
  readAt: number;
}

export class ImportService {
  /** Routers with an import (preview or apply) in progress: a second one is refused, not interleaved. */
  private readonly running = new Set<string>();

  constructor(private readonly deps: ImportServiceDeps) {}

  async preview(routerId: string, clientId: string): Promise<ImportPreviewOutput> {
    return this.exclusive(routerId, async () => {
      const progress = this.progress(clientId, routerId, 'preview');
      try {
        const { preview, readAt } = await this.read(routerId, progress);
        const diff = diffImport(preview, loadExisting(this.deps.db, routerId));
        progress({ phase: 'done', done: 1, total: 1 });
        return present(routerId, readAt, preview, diff);
      } catch (error) {
        progress({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
        throw error;
      }
    });
  }

  async apply(routerId: string, include: ImportInclude, clientId: string, audit: AuditFn): Promise<ImportApplyOutput> {
    return this.exclusive(routerId, async () => {
      const progress = this.progress(clientId, routerId, 'apply');
      try {
        const { row, preview } = await this.read(routerId, progress);
        const timeZone = this.deps.office.require().timeZone;
        const now = this.deps.clock.now();
        const result = this.deps.transaction(() => {
          // The diff is made inside the transaction: what it calls new is still new when written.
          const existing = loadExisting(this.deps.db, routerId);
          const diff = diffImport(preview, existing);
          const counts = writeImport(this.deps.db, { routerId, preview, diff, existing, include, now, timeZone, progress });
          const totals = sumCounts(counts);
          const output: ImportApplyOutput = { routerId, counts, totals, problems: preview.problems.length };
          audit(`imported from router ${row.name}: ${totals.imported} new, ${totals.updated} updated, ${totals.skipped} already there or in conflict`, {
            routerId,
            routerVersion: preview.router.version,
            include,
            counts,
            problems: preview.problems.length,
          });
          return output;
        });
        progress({ phase: 'done', done: result.totals.imported + result.totals.updated, total: result.totals.imported + result.totals.updated });
        return result;
      } catch (error) {
        progress({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
        throw error;
      }
    });
  }

  /** Reads the router over its live session (or a one-off connection) and builds the typed preview. */
  private async read(routerId: string, progress: ProgressFn): Promise<ReadResult> {
    const row = this.deps.routers.require(routerId);
    const office = this.deps.office.require();
    progress({ phase: 'reading' });
    let snapshot;
    try {
      snapshot = await this.deps.connections.use(row, (runner) => readMikhmonSnapshot(runner, { timeoutMs: READ_TIMEOUT_MS }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new AppError('CONFLICT', `The router could not be read: ${message}`, {
        router: message,
        routerError: error instanceof RouterError ? error.code : null,
      });
    }
    const preview = buildImportPreview(snapshot, { currencyExponent: office.currency.exponent, timeZone: office.timeZone, routerId: row.id });
    return { row, preview, readAt: this.deps.clock.now() };
  }

  private async exclusive<T>(routerId: string, work: () => Promise<T>): Promise<T> {
    if (this.running.has(routerId)) throw new AppError('CONFLICT', 'An import from this router is already running.', { routerId });
    this.running.add(routerId);
    try {
      return await work();
    } finally {
      this.running.delete(routerId);
    }
  }

  private progress(clientId: string, routerId: string, operation: ImportProgress['operation']): ProgressFn {
    return (update) =>
      this.deps.events.emitTo(clientId, 'imports.progress', {
        routerId,
        operation,
        phase: update.phase,
        kind: update.kind ?? null,
        done: update.done ?? 0,
        total: update.total ?? 0,
        message: update.message ?? null,
      });
  }
}

type ProgressFn = (update: { phase: ImportProgress['phase']; kind?: ImportKind; done?: number; total?: number; message?: string }) => void;

interface WriteInput {
  routerId: string;
  preview: ImportPreview;
  diff: ImportDiff;
  existing: ExistingForWrite;
  include: ImportInclude;
  now: number;
  timeZone: string;
  progress: ProgressFn;
}

function zeroCounts(): Record<ImportKind, AppliedCounts> {
  return Object.fromEntries(IMPORT_KINDS.map((kind) => [kind, { imported: 0, updated: 0, skipped: 0 }])) as Record<ImportKind, AppliedCounts>;
}

function sumCounts(counts: Record<ImportKind, AppliedCounts>): AppliedCounts {
  const totals = { imported: 0, updated: 0, skipped: 0 };
  for (const kind of IMPORT_KINDS) {
    totals.imported += counts[kind].imported;
    totals.updated += counts[kind].updated;
    totals.skipped += counts[kind].skipped;
  }
  return totals;
}

/**
 * Writes the new items of a diffed preview (inside the caller's transaction). Kinds not included are
 * left out entirely (all their counts stay 0). Order: plans, batches, vouchers, sales (which link to
 * the plans and vouchers), PPP.
 */
export function writeImport(db: Db, input: WriteInput): Record<ImportKind, AppliedCounts> {
  const { routerId, preview, diff, existing, include, now, timeZone, progress } = input;
  const counts = zeroCounts();
  const skip = (kind: ImportKind, n = 1): void => {
    counts[kind].skipped += n;
  };
  const planIdByProfile = new Map(existing.planIdByProfile);

  if (include.profiles) {
    const rows: Array<typeof voucherPlans.$inferInsert> = [];
    for (const { item, state } of diff.profiles) {
      if (state !== 'new') {
        skip('profiles');
        continue;
      }
      const meta = item.mikhmon;
      const id = newId();
      planIdByProfile.set(item.name, id);
      rows.push({
        id,
        routerId,
        name: item.name,
        hotspotProfile: item.name,
        priceMinor: meta?.priceMinor ?? null,
        sellingPriceMinor: meta?.sellingPriceMinor ?? null,
        validityMs: meta?.validityMs ?? null,
        expiryMode: meta ? EXPIRY_BY_MODE[meta.mode] : 'none',
        mikhmonMode: meta?.mode ?? null,
        rateLimit: item.rateLimit,
        sharedUsers: item.sharedUsers === 'unlimited' ? 0 : item.sharedUsers,
        sessionTimeoutMs: item.sessionTimeoutMs,
        macLock: meta?.macLock ?? false,
        source: 'mikhmon-import',
        naturalKey: item.naturalKey,
        createdAt: now,
        updatedAt: now,
      });
    }
    progress({ phase: 'writing', kind: 'profiles', done: 0, total: rows.length });
    insertChunked(db, voucherPlans, rows);
    counts.profiles.imported = rows.length;
  }

  // The last sale of each user: its time is the first login, its comment the batch the voucher came from.
  const lastSaleByUser = new Map<string, SalePreview>();
  for (const sale of preview.sales) {
    const seen = lastSaleByUser.get(sale.user);
    if (!seen || seen.soldAtMs < sale.soldAtMs) lastSaleByUser.set(sale.user, sale);
  }

  if (include.vouchers) {
    const batchIdByComment = new Map(existing.batchIdByComment);
    const batchRows: Array<typeof voucherBatches.$inferInsert> = [];
    const voucherRows: Array<typeof vouchers.$inferInsert> = [];
    const grown = new Map<string, number>();
    for (const batch of diff.batches) {
      const fresh = batch.vouchers.filter((v) => v.state === 'new');
      skip('unusedVouchers', batch.vouchers.length - fresh.length);
      let batchId: string;
      if (batch.state === 'new') {
        batchId = newId();
        const info = batch.item.info;
        const onlyProfile = batch.item.profiles.length === 1 ? batch.item.profiles[0] : undefined;
        batchRows.push({
          id: batchId,
          planId: onlyProfile === undefined ? null : (planIdByProfile.get(onlyProfile) ?? null),
          routerId,
          note: info?.note ?? '',
          routerComment: batch.item.comment,
          userMode: info?.userMode ?? null,
          voucherCount: fresh.length,
          source: 'mikhmon-import',
          naturalKey: batch.item.naturalKey,
          // MikHmon's generation day (in its own clock) when the comment has it, else the import time.
          createdAt: info ? zonedTimeToEpochMs({ ...info.generatedOn, hour: 0, minute: 0, second: 0 }, timeZone) : now,
          updatedAt: now,
        });
        counts.batches.imported += 1;
      } else {
        batchId = existing.batchIdByKey.get(batch.item.naturalKey) ?? '';
        skip('batches');
        if (fresh.length > 0 && batchId !== '') grown.set(batchId, fresh.length);
      }
      batchIdByComment.set(batch.item.comment, batchId);
      for (const { item } of fresh) {
        voucherRows.push({
          id: newId(),
          batchId: batchId === '' ? null : batchId,
          planId: planIdByProfile.get(item.profile) ?? null,
          routerId,
          code: item.name,
          password: item.password,
          profile: item.profile,
          status: 'on_router',
          timeLimitMs: item.limitUptimeMs,
          dataLimitBytes: item.limitBytesTotal,
          disabled: item.disabled,
          source: 'mikhmon-import',
          naturalKey: item.naturalKey,
          createdAt: now,
          updatedAt: now,
        });
      }
    }
    progress({ phase: 'writing', kind: 'batches', done: 0, total: batchRows.length });
    insertChunked(db, voucherBatches, batchRows);
    for (const [batchId, added] of grown) {
      db.update(voucherBatches)
        .set({ voucherCount: sql`${voucherBatches.voucherCount} + ${added}`, updatedAt: now })
        .where(eq(voucherBatches.id, batchId))
        .run();
    }
    progress({ phase: 'writing', kind: 'unusedVouchers', done: 0, total: voucherRows.length });
    insertChunked(db, vouchers, voucherRows);
    counts.unusedVouchers.imported = voucherRows.length;

    const validityByProfile = new Map(preview.profiles.map((p) => [p.name, p.mikhmon?.validityMs ?? null]));
    const usedRows: Array<typeof vouchers.$inferInsert> = [];
    for (const { item, state } of diff.usedVouchers) {
      if (state === 'new' || state === 'update') {
        const sale = lastSaleByUser.get(item.name);
        const validity = validityByProfile.get(item.profile) ?? null;
        const firstLoginAt = sale ? sale.soldAtMs : validity !== null ? item.expiresAtMs - validity : null;
        const status: VoucherStatus = item.expiresAtMs <= now ? 'expired' : 'used';
        const usage = {
          status,
          firstLoginAt: firstLoginAt !== null && firstLoginAt >= 0 ? firstLoginAt : null,
          expiresAt: item.expiresAtMs,
          macAddress: item.macAddress,
          uptimeMs: item.uptimeMs,
          disabled: item.disabled,
          updatedAt: now,
        };
        if (state === 'update') {
          db.update(vouchers).set(usage).where(eq(vouchers.naturalKey, item.naturalKey)).run();
          counts.usedVouchers.updated += 1;
          continue;
        }
        const batchId = sale ? batchIdByComment.get(sale.comment) : undefined;
        usedRows.push({
          id: newId(),
          batchId: batchId === undefined || batchId === '' ? null : batchId,
          planId: planIdByProfile.get(item.profile) ?? null,
          routerId,
          code: item.name,
          password: item.password,
          profile: item.profile,
          ...usage,
          source: 'mikhmon-import',
          naturalKey: item.naturalKey,
          createdAt: now,
        });
      } else {
        skip('usedVouchers');
      }
    }
    progress({ phase: 'writing', kind: 'usedVouchers', done: 0, total: usedRows.length });
    insertChunked(db, vouchers, usedRows);
    counts.usedVouchers.imported = usedRows.length;
  }

  if (include.sales) {
    const voucherIds = voucherIdsByCode(db, routerId);
    const rows: Array<typeof voucherSales.$inferInsert> = [];
    for (const { item, state } of diff.sales) {
      if (state !== 'new') {
        skip('sales');
        continue;
      }
      rows.push({
        id: newId(),
        voucherId: voucherIds.get(item.user) ?? null,
        routerId,
        planId: planIdByProfile.get(item.profile) ?? null,
        planName: item.profile,
        username: item.user,
        priceMinor: item.priceMinor,
        soldAt: item.soldAtMs,
        source: 'mikhmon-import',
        naturalKey: item.naturalKey,
        macAddress: item.macAddress || null,
        ipAddress: item.address || null,
        validityMs: item.validityMs,
        batchComment: item.comment || null,
        mikhmonOwner: item.owner || null,
        createdAt: now,
      });
    }
    progress({ phase: 'writing', kind: 'sales', done: 0, total: rows.length });
    insertChunked(db, voucherSales, rows);
    counts.sales.imported = rows.length;
  }

  if (include.ppp) {
    const profileRows = diff.pppProfiles.flatMap(({ item, state }) => {
      if (state !== 'new') return [];
      return [
        {
          id: newId(),
          routerId,
          name: item.name,
          rateLimit: item.rateLimit,
          localAddress: item.localAddress,
          remoteAddress: item.remoteAddress,
          onlyOne: item.onlyOne,
          builtin: item.builtin,
          naturalKey: item.naturalKey,
          importedAt: now,
        },
      ];
    });
    const secretRows = diff.pppSecrets.flatMap(({ item, state }) => {
      if (state !== 'new') return [];
      return [
        {
          id: newId(),
          routerId,
          name: item.name,
          service: item.service,
          profile: item.profile,
          remoteAddress: item.remoteAddress,
          disabled: item.disabled,
          comment: item.comment,
          lastLoggedOutAt: item.lastLoggedOutMs,
          naturalKey: item.naturalKey,
          importedAt: now,
        },
      ];
    });
    progress({ phase: 'writing', kind: 'pppProfiles', done: 0, total: profileRows.length });
    insertChunked(db, importedPppProfiles, profileRows);
    progress({ phase: 'writing', kind: 'pppSecrets', done: 0, total: secretRows.length });
    insertChunked(db, importedPppSecrets, secretRows);
    counts.pppProfiles = { imported: profileRows.length, updated: 0, skipped: diff.pppProfiles.length - profileRows.length };
    counts.pppSecrets = { imported: secretRows.length, updated: 0, skipped: diff.pppSecrets.length - secretRows.length };
  }
  return counts;
}

/** The preview as procedures show it: every item with its state, no voucher passwords. */
function present(routerId: string, readAt: number, preview: ImportPreview, diff: ImportDiff): ImportPreviewOutput {
  const brokenExpiry =
    preview.router.isoDates &&
    (preview.sales.some((sale) => sale.ownerFormat === 'broken-7.10') || preview.profiles.some((p) => p.mikhmon !== null && p.mikhmon.mode !== '0'));
  return {
    routerId,
    readAt,
    router: preview.router,
    counts: diff.counts,
    profiles: diff.profiles.map(({ item, state }) => ({
      naturalKey: item.naturalKey,
      state,
      name: item.name,
      rateLimit: item.rateLimit,
      sharedUsers: item.sharedUsers,
      sessionTimeoutMs: item.sessionTimeoutMs,
      mikhmon: item.mikhmon,
    })),
    voucherBatches: diff.batches.map(({ item, state, vouchers: batchVouchers }) => ({
      naturalKey: item.naturalKey,
      state,
      comment: item.comment,
      info: item.info,
      profiles: item.profiles,
      voucherCounts: tallyStates(batchVouchers.map((v) => v.state)),
      vouchers: batchVouchers.map((v) => ({ naturalKey: v.item.naturalKey, state: v.state, name: v.item.name, profile: v.item.profile, disabled: v.item.disabled })),
    })),
    usedVouchers: diff.usedVouchers.map(({ item, state }) => ({
      naturalKey: item.naturalKey,
      state,
      name: item.name,
      profile: item.profile,
      expiresAt: item.expiresAtMs,
      expiryText: item.expiryText,
      macAddress: item.macAddress,
      disabled: item.disabled,
    })),
    sales: diff.sales.map(({ item, state }) => ({
      naturalKey: item.naturalKey,
      state,
      scriptName: item.scriptName,
      soldAt: item.soldAtMs,
      soldAtText: item.soldAtText,
      user: item.user,
      priceMinor: item.priceMinor,
      profile: item.profile,
      validityText: item.validityText,
      comment: item.comment,
      ownerFormat: item.ownerFormat,
    })),
    pppProfiles: diff.pppProfiles.map(({ item, state }) => ({
      naturalKey: item.naturalKey,
      state,
      name: item.name,
      rateLimit: item.rateLimit,
      localAddress: item.localAddress,
      remoteAddress: item.remoteAddress,
      builtin: item.builtin,
    })),
    pppSecrets: diff.pppSecrets.map(({ item, state }) => ({
      naturalKey: item.naturalKey,
      state,
      name: item.name,
      service: item.service,
      profile: item.profile,
      remoteAddress: item.remoteAddress,
      disabled: item.disabled,
      comment: item.comment,
      lastLoggedOutAt: item.lastLoggedOutMs,
    })),
    otherUsers: preview.otherUsers.map((user) => ({ name: user.name, profile: user.profile, comment: user.comment })),
    quickPrintPackages: preview.quickPrintPackages.map((pkg) => ({ packageName: pkg.packageName, profile: pkg.profile, priceMinor: pkg.priceMinor })),
    skipped: preview.skipped.map((row) => ({ menu: row.menu, rowId: row.rowId, name: row.name, reason: row.reason })),
    problems: preview.problems.map((row) => ({ menu: row.menu, rowId: row.rowId, name: row.name, reason: row.reason, outcome: row.outcome })),
    warnings: brokenExpiry
      ? [
          {
            code: 'expiry-broken-7.10',
            message:
              'This router runs RouterOS 7.10 or later, where MikHmon\u2019s expiry scripts never match a date: used vouchers are not removed at expiry until the app\u2019s own expiry scripts take over.',
          },
        ]
      : [],
  };
}
