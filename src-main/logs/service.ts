import type { LogLevel, LogQueryInput, LogQueryOutput, LogSettings } from '../../src-shared/ipc/schemas/logs';
import type { Db } from '../db/connection';
import type { FileLogger } from './file-logger';
import { queryLogs } from './query';
import { LogSettingsStore } from './settings';

export interface LogServiceDeps {
  db: Db;
  logger: FileLogger;
}

/** The log folder as the app sees it: its level setting and the viewer's queries (issue 8). */
export class LogService {
  readonly settings: LogSettingsStore;

  constructor(private readonly deps: LogServiceDeps) {
    this.settings = new LogSettingsStore(deps.db);
  }

  get dir(): string {
    return this.deps.logger.dir;
  }

  /** At start-up (and after a restore): the stored level takes over from the default. */
  applyStoredLevel(): LogLevel {
    const { level } = this.settings.get();
    this.deps.logger.setLevel(level);
    return level;
  }

  /** Stores the level (inside the caller's transaction); call `applyLevel` once it committed. */
  save(settings: LogSettings, now: number): LogSettings {
    return this.settings.save(settings, now);
  }

  applyLevel(level: LogLevel): void {
    this.deps.logger.setLevel(level);
  }

  /** Lines logged just before the query are included: the file is flushed first. */
  async query(input: LogQueryInput): Promise<LogQueryOutput> {
    await this.deps.logger.flush();
    return queryLogs(this.dir, input);
  }
}
