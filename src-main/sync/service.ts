import type { Sqlite } from '../db/connection';
import { applyPulled, type ApplyOutcome } from './apply';
import { acknowledge, backlog, pendingBatch } from './outbox';
import { startOutbox } from './outbox-start';
import { SyncError, type CentralApi } from './protocol';
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
    const summary: PullSummary = { applied: 0, unchanged: 0, conflicts: 0, cursor: this.cursor(), pages: 0 };
    for (;;) {
      const changes = await this.central.pull(office, summary.cursor, this.pullLimit);
      if (changes.length === 0) return summary;
      const page = applyPulled(this.sqlite, changes, summary.cursor, this.now());
      summary.applied += page.applied;
      summary.unchanged += page.unchanged;
      summary.conflicts += page.conflicts;
      summary.cursor = page.cursor;
      summary.pages += 1;
      this.afterApply?.(page.changed);
      if (changes.length < this.pullLimit) return summary;
    }
  }

  /** Push first, so our own rows come back as no-ops rather than as conflicts with unpushed edits. */
  async syncOnce(): Promise<{ push: PushSummary; pull: PullSummary }> {
    const push = await this.push();
    const pull = await this.pull();
    return { push, pull };
  }
}
