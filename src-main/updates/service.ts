import { AppError } from '../../src-shared/ipc/result';
import type { UpdateSettings, UpdateStatus } from '../../src-shared/ipc/schemas/updates';
import type { Clock } from '../core/clock';
import type { Db } from '../db/connection';
import type { Logger } from '../core/logger';
import type { UpdateChecker } from './checker';
import { feedFileUrl } from './feed';
import { isNewer, parseVersion } from './version';
import { UpdateSettingsStore } from './settings';

export const DAILY_MS = 24 * 60 * 60 * 1000;

export interface UpdateServiceDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  appVersion: string;
  checker: UpdateChecker;
  transaction<T>(fn: () => T): T;
  /** Between background checks (a day); tests shorten it. */
  intervalMs?: number;
}

type CheckResult = Pick<UpdateStatus, 'state' | 'checkedAt' | 'availableVersion' | 'releaseDate' | 'downloadUrl' | 'error'>;

const NEVER: CheckResult = { state: 'never', checkedAt: null, availableVersion: null, releaseDate: null, downloadUrl: null, error: null };

/**
 * The update check (issue 8): off by default; when an owner turns it on with a feed, the app checks at
 * start and then daily, and on "Check now". It only reports: nothing is downloaded or installed by itself
 * (docs/release.md). The last result is kept in memory; a restart checks again.
 */
export class UpdateService {
  readonly settings: UpdateSettingsStore;
  private result: CheckResult = NEVER;
  private checking: Promise<void> | null = null;
  private timer: NodeJS.Timeout | undefined;
  private nextCheckAt: number | null = null;
  private started = false;

  constructor(private readonly deps: UpdateServiceDeps) {
    this.settings = new UpdateSettingsStore(deps.db);
  }

  status(): UpdateStatus {
    return {
      settings: this.settings.get(),
      currentVersion: this.deps.appVersion,
      checker: this.deps.checker.kind,
      ...this.result,
      ...(this.checking ? { state: 'checking' as const } : {}),
      nextCheckAt: this.nextCheckAt,
    };
  }

  /** Checks now (joins a check in progress). Off or without a feed: CONFLICT, nothing is asked. */
  check(): Promise<UpdateStatus> {
    const settings = this.settings.get();
    if (!settings.enabled || !settings.feedUrl) {
      return Promise.reject(new AppError('CONFLICT', 'The update check is off: turn it on and set the feed address first.', { reason: 'updates-off' }));
    }
    this.checking ??= this.run(settings.feedUrl).finally(() => {
      this.checking = null;
    });
    return this.checking.then(() => this.status());
  }

  /** Saves the settings; a changed feed forgets the old answer; the background check follows the switch. */
  update(next: UpdateSettings, now: number): UpdateStatus {
    const before = this.settings.get();
    this.deps.transaction(() => this.settings.set(next, now));
    if (before.feedUrl !== next.feedUrl || !next.enabled) this.result = NEVER;
    if (this.started) this.arm(next.enabled && next.feedUrl !== null && (!before.enabled || before.feedUrl !== next.feedUrl));
    return this.status();
  }

  /** core.startBackground(): when on, checks now and then every day. */
  start(): void {
    this.started = true;
    this.arm(true);
  }

  stop(): void {
    this.started = false;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.nextCheckAt = null;
  }

  private arm(checkNow: boolean): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.nextCheckAt = null;
    if (!this.settings.get().enabled) return;
    const interval = this.deps.intervalMs ?? DAILY_MS;
    this.timer = setInterval(() => this.background(interval), interval);
    this.timer.unref();
    this.nextCheckAt = this.deps.clock.now() + interval;
    if (checkNow) this.background(0);
  }

  private background(interval: number): void {
    if (interval > 0) this.nextCheckAt = this.deps.clock.now() + interval;
    // Off or unconfigured (changed meanwhile) is not a failure worth a log line.
    this.check().catch(() => undefined);
  }

  private async run(feedUrl: string): Promise<void> {
    const current = this.deps.appVersion;
    try {
      const info = await this.deps.checker.latest(feedUrl);
      if (!parseVersion(info.version)) throw new Error(`the feed names version "${info.version}", which is not a version number`);
      const available = isNewer(info.version, current);
      this.result = {
        state: available ? 'available' : 'up-to-date',
        checkedAt: this.deps.clock.now(),
        availableVersion: available ? info.version : null,
        releaseDate: available ? info.releaseDate : null,
        downloadUrl: available && info.path ? feedFileUrl(feedUrl, info.path) : null,
        error: null,
      };
      if (available) this.deps.logger.info('update available', { version: info.version, current });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.result = { ...NEVER, state: 'failed', checkedAt: this.deps.clock.now(), error: message.slice(0, 500) };
      this.deps.logger.warn('update check failed', { feedUrl, error: message });
    }
  }
}
