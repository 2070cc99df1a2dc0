import { SyncError, type SyncErrorCode } from './protocol';
import type { SyncService } from './service';

/**
 * Background sync for one office: push then pull every `intervalMs`, never two rounds at once, and a
 * status the UI can show (last push/pull, backlog, last error). Sync failing never reaches the desk: an
 * unreachable or slow central database only shows up in the status, and the outbox keeps growing until
 * the next round gets through. An office on another protocol version stops scheduling ("update required")
 * instead of retrying, because nothing it could send would be accepted.
 */
export type SyncState = 'idle' | 'syncing' | 'error' | 'update-required' | 'stopped';

export interface SyncStatus {
  state: SyncState;
  lastPushAt: number | null;
  lastPullAt: number | null;
  /** Outbox rows not yet acknowledged by central. */
  backlog: number;
  cursor: number;
  /** Open rows in sync_conflicts (for the future conflicts page). */
  conflicts: number;
  lastError: { code: SyncErrorCode; message: string; at: number } | null;
}

export interface SyncRunnerOptions {
  service: SyncService;
  intervalMs: number;
  now: () => number;
  countConflicts: () => number;
  onStatus?: (status: SyncStatus) => void;
}

export class SyncRunner {
  private readonly options: SyncRunnerOptions;
  private timer: NodeJS.Timeout | null = null;
  /** Between start() and stop(): rounds reschedule themselves only then. */
  private active = false;
  private running: Promise<void> | null = null;
  private state: SyncState = 'stopped';
  private lastPushAt: number | null = null;
  private lastPullAt: number | null = null;
  private lastError: SyncStatus['lastError'] = null;

  constructor(options: SyncRunnerOptions) {
    if (!Number.isInteger(options.intervalMs) || options.intervalMs < 10) throw new RangeError('intervalMs must be an integer >= 10');
    this.options = options;
  }

  status(): SyncStatus {
    const { service } = this.options;
    return {
      state: this.state,
      lastPushAt: this.lastPushAt,
      lastPullAt: this.lastPullAt,
      backlog: service.backlog(),
      cursor: service.cursor(),
      conflicts: this.options.countConflicts(),
      lastError: this.lastError,
    };
  }

  start(): void {
    if (this.active || this.state === 'update-required') return;
    this.active = true;
    this.state = 'idle';
    this.schedule(0);
  }

  /** Stops scheduling and waits for a round in progress to end. */
  async stop(): Promise<void> {
    this.active = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    if (this.state !== 'update-required') this.state = 'stopped';
  }

  /** One round now (or joins the one in progress); resolves with the status after it. */
  async runNow(): Promise<SyncStatus> {
    this.running ??= this.round().finally(() => {
      this.running = null;
    });
    await this.running;
    return this.status();
  }

  private schedule(delay: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runNow().then(() => {
        if (this.active && (this.state === 'idle' || this.state === 'error')) this.schedule(this.options.intervalMs);
      });
    }, delay);
  }

  private async round(): Promise<void> {
    const { service, now } = this.options;
    this.state = 'syncing';
    this.emit();
    try {
      await service.push();
      this.lastPushAt = now();
      await service.pull();
      this.lastPullAt = now();
      this.lastError = null;
      this.state = this.active ? 'idle' : 'stopped';
    } catch (error) {
      const typed = error instanceof SyncError ? error : new SyncError('SYNC_UNREACHABLE', error instanceof Error ? error.message : String(error));
      this.lastError = { code: typed.code, message: typed.message, at: now() };
      this.state = typed.code === 'SYNC_UPDATE_REQUIRED' ? 'update-required' : 'error';
    }
    this.emit();
  }

  private emit(): void {
    if (!this.options.onStatus) return;
    try {
      this.options.onStatus(this.status());
    } catch {
      // The db was closed under a round in flight (the core is shutting down): nobody to tell.
    }
  }
}
