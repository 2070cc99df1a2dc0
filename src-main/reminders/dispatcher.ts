import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { OfficeService } from '../office/service';
import { sendThroughGateway, type FetchLike, type GatewayOutcome } from './gateway';
import type { AttemptRecord, OutboxRow, OutboxStore } from './outbox';
import type { ReminderSettingsStore } from './settings';
import { withinSendWindow } from './send-window';

export interface DispatcherOptions {
  /** How often the outbox is looked at (default 15 s); enqueue, retry and settings changes also wake it. */
  pollIntervalMs?: number;
  /** Messages read per query (default 25); they are sent one after another, in order. */
  batchSize?: number;
  /** Backoff after a 5xx or a timeout: initial (default 1 min), doubling up to max (1 h). */
  retryInitialMs?: number;
  retryMaxMs?: number;
  /** Pause after the gateway could not be reached at all: initial (default 15 s), doubling up to max (5 min). */
  offlineInitialMs?: number;
  offlineMaxMs?: number;
  /** Node's fetch (undici) unless a test passes another. */
  fetch?: FetchLike;
}

export interface DispatcherDeps {
  outbox: OutboxStore;
  settings: ReminderSettingsStore;
  office: OfficeService;
  clock: Clock;
  logger: Logger;
  /** Why a message should no longer go out (paid meanwhile…), or null. */
  staleReason(row: OutboxRow, now: number, timeZone: string): string | null;
}

/**
 * Delivers queued messages through the office's gateway, one at a time in creation order, while
 * reminders are enabled and inside the send window. A gateway that cannot be reached (the office is
 * offline) pauses delivery with a growing backoff and costs messages no attempt: they stay queued and
 * go out when the connection is back. 5xx answers and timeouts retry with backoff up to the maximum
 * number of attempts; any other non-2xx answer fails the message with the gateway's answer recorded.
 */
export class ReminderDispatcher {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setInterval> | undefined;
  private closed = false;
  private offlineUntil = 0;
  private offlineDelay = 0;

  constructor(
    private readonly deps: DispatcherDeps,
    private readonly options: DispatcherOptions = {},
  ) {}

  start(): void {
    if (this.timer || this.closed) return;
    this.timer = setInterval(() => this.wake(), this.options.pollIntervalMs ?? 15_000);
    this.timer.unref();
    this.wake();
  }

  /** Stops the timer; a send in flight finishes but nothing is written after it (the db may be closing). */
  stop(): void {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /**
   * Starts a drain now (or once the running one finishes). `resume` ends an offline pause: an operator
   * who retries a message or saves new settings wants an attempt now, not after the backoff.
   */
  wake(resume = false): void {
    if (this.closed) return;
    if (resume) {
      this.offlineUntil = 0;
      this.offlineDelay = 0;
    }
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.deps.logger.error('reminder delivery failed', { error: String(error) }))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Resolves when the current drain (if any) has finished: tests wait on it. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Sends everything due now; returns when the outbox has nothing due, or delivery must wait. */
  async drain(): Promise<void> {
    for (;;) {
      const batch = this.dueBatch();
      if (batch === null || batch.rows.length === 0) return;
      for (const row of batch.rows) {
        if (this.closed) return;
        const goOn = await this.deliver(row, batch.timeZone, batch.maxAttempts);
        if (!goOn) return;
      }
    }
  }

  private dueBatch(): { rows: OutboxRow[]; timeZone: string; maxAttempts: number } | null {
    const office = this.deps.office.get();
    const settings = this.deps.settings.get();
    const now = this.deps.clock.now();
    if (this.closed || !office || !settings.enabled || now < this.offlineUntil) return null;
    if (!withinSendWindow(now, office.timeZone, settings.sendFrom, settings.sendUntil)) return null;
    return { rows: this.deps.outbox.due(now, this.options.batchSize ?? 25), timeZone: office.timeZone, maxAttempts: settings.maxAttempts };
  }

  /** One message; false when delivery must stop for now (gateway unreachable, settings gone). */
  private async deliver(row: OutboxRow, timeZone: string, maxAttempts: number): Promise<boolean> {
    const { outbox, clock } = this.deps;
    const stale = this.deps.staleReason(row, clock.now(), timeZone);
    if (stale) {
      outbox.record(row.id, { status: 'cancelled', error: stale }, clock.now());
      return true;
    }
    // Read per message: an operator who changes the address or turns reminders off is obeyed at once.
    const gateway = this.deps.settings.gateway();
    if (!gateway || !this.deps.settings.get().enabled) return false;
    const outcome = await sendThroughGateway(gateway, { to: row.recipient, message: row.body, channel: row.channel }, this.options.fetch);
    if (this.closed) return false;
    const now = clock.now();
    if (outcome.kind === 'unreachable') this.pause(now);
    else this.offlineDelay = 0;
    outbox.record(row.id, this.attemptFor(row, outcome, maxAttempts, now), now);
    return outcome.kind !== 'unreachable';
  }

  private attemptFor(row: OutboxRow, outcome: GatewayOutcome, maxAttempts: number, now: number): AttemptRecord {
    switch (outcome.kind) {
      case 'sent':
        return { status: 'sent', responseStatus: outcome.status };
      case 'rejected':
        return { status: 'failed', responseStatus: outcome.status, error: outcome.error, countAttempt: true };
      case 'unreachable':
        return { status: 'queued', responseStatus: null, error: outcome.error, countAttempt: false, nextAttemptAt: this.offlineUntil };
      case 'retry':
        if (row.attempts + 1 >= maxAttempts) {
          return { status: 'failed', responseStatus: outcome.status, error: `${outcome.error} (gave up after ${row.attempts + 1} attempts)`, countAttempt: true };
        }
        return { status: 'queued', responseStatus: outcome.status, error: outcome.error, countAttempt: true, nextAttemptAt: now + this.backoff(row.attempts) };
    }
  }

  private backoff(attempts: number): number {
    const initial = this.options.retryInitialMs ?? 60_000;
    return Math.min(this.options.retryMaxMs ?? 3_600_000, initial * 2 ** Math.min(attempts, 30));
  }

  private pause(now: number): void {
    const initial = this.options.offlineInitialMs ?? 15_000;
    this.offlineDelay = this.offlineDelay === 0 ? initial : Math.min(this.options.offlineMaxMs ?? 300_000, this.offlineDelay * 2);
    this.offlineUntil = now + this.offlineDelay;
  }
}
