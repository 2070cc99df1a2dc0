import type { Sqlite } from '../db/connection';
import { applyPulled, type ApplyOutcome } from './apply';
import { acknowledge, backlog, pendingBatch } from './outbox';
import { startOutbox } from './outbox-start';
import { SyncError, type CentralApi, type PulledChange } from './protocol';
import { ensureJoined } from './join-check';
import { readCursor } from './state';

/**
 * Push and pull for one office (docs/decisions/0015-sync.md). Push sends the outbox in order, one batch
 * at a time, and marks a batch pushed only after central answered for it. Pull asks for changes after the
 * stored cursor and applies each page together with its new cursor. Scheduling is the runner's (runner.ts).
 */
export interface SyncServiceOptions {
  sqlite: Sqlite;
  central: CentralApi;
  now: () => number;
  batchSize?: number;
  pullLimit?: number;
  /**
   * After each applied page has committed: what it changed here. The core uses it for the rules that
   * need local action (the owner of a router commands it for changes made in other offices).
   */
  afterApply?: (changed: ApplyOutcome['changed']) => void;
}

export interface PushSummary {
  pushed: number;
  batches: number;
  rejected: number;
}

export interface PullSummary extends Omit<ApplyOutcome, 'changed'> {
  pages: number;
}

export class SyncService {
  private readonly sqlite: Sqlite;
  private readonly central: CentralApi;
  private readonly now: () => number;
  private readonly batchSize: number;
  private readonly pullLimit: number;
  /** Set once join-check.ts has let this office through. */
  private joined = false;
  private readonly afterApply: SyncServiceOptions['afterApply'];

  constructor(options: SyncServiceOptions) {
    this.sqlite = options.sqlite;
    this.central = options.central;
    this.now = options.now;
    this.batchSize = options.batchSize ?? 500;
    this.pullLimit = options.pullLimit ?? 1000;
    this.afterApply = options.afterApply;
    // From here on the office's changes are queued (its history first): an office without sync queues nothing.
    startOutbox(this.sqlite);
  }

  /** The office code this install syncs as (from the first-run wizard). */
  officeCode(): string {
    const row = this.sqlite.prepare('SELECT code FROM office LIMIT 1').get() as { code: string } | undefined;
    if (!row) throw new SyncError('SYNC_NOT_SET_UP', 'the office has not been set up yet');
    return row.code;
  }

  backlog(): number {
    return backlog(this.sqlite);
  }

  cursor(): number {
    return readCursor(this.sqlite);
  }

  async push(): Promise<PushSummary> {
    const office = this.officeCode();
    await this.checkJoined(office);
    const summary: PushSummary = { pushed: 0, batches: 0, rejected: 0 };
    for (;;) {
      const batch = pendingBatch(this.sqlite, this.batchSize);
      if (batch.length === 0) return summary;
      const result = await this.central.push(office, batch);
      acknowledge(this.sqlite, batch, result, this.now());
      summary.pushed += batch.length;
      summary.batches += 1;
      summary.rejected += result.rejected.length;
    }
  }

  async pull(): Promise<PullSummary> {
    const office = this.officeCode();
    await this.checkJoined(office);
    const summary: PullSummary = { applied: 0, unchanged: 0, conflicts: 0, cursor: this.cursor(), pages: 0 };
    let next = this.central.pull(office, summary.cursor, this.pullLimit);
    for (;;) {
      const changes = await next;
      if (changes.length === 0) return summary;
      const full = changes.length >= this.pullLimit;
      next = full ? (await this.prefetch(office, changes)).page : Promise.resolve([]);
      let page: ApplyOutcome;
      try {
        page = applyPulled(this.sqlite, changes, summary.cursor, this.now());
      } catch (error) {
        next.catch(() => undefined);
        throw error;
      }
      summary.applied += page.applied;
      summary.unchanged += page.unchanged;
      summary.conflicts += page.conflicts;
      summary.cursor = page.cursor;
      summary.pages += 1;
      this.afterApply?.(page.changed);
      if (!full) return summary;
    }
  }

  /**
   * Asks for the page after `changes` before they are applied, so central's query and the transfer overlap
   * the local apply (P7). The next page starts after the last seq received, which is the cursor the apply
   * stores if it succeeds; if it fails the prefetched page is dropped with the error.
   * Yields once so the request is on the wire before the synchronous apply holds the event loop.
   */
  private async prefetch(office: string, changes: readonly PulledChange[]): Promise<{ page: Promise<PulledChange[]> }> {
    const after = changes[changes.length - 1]?.seq ?? 0;
    const request = this.central.pull(office, after, this.pullLimit);
    request.catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    // Wrapped: an async function returning the promise itself would wait for the page.
    return { page: request };
  }

  private async checkJoined(office: string): Promise<void> {
    if (this.joined) return;
    await ensureJoined(this.sqlite, this.central, office);
    this.joined = true;
  }

  /** Push first, so our own rows come back as no-ops rather than as conflicts with unpushed edits. */
  async syncOnce(): Promise<{ push: PushSummary; pull: PullSummary }> {
    const push = await this.push();
    const pull = await this.pull();
    return { push, pull };
  }
}
