import fs from 'node:fs';
import path from 'node:path';
import build, { type RollStream } from 'pino-roll';

export interface RollingOptions {
  dir: string;
  /** Rotate when the current file reaches this many bytes. */
  maxSizeBytes: number;
  /** Files kept in all, the current one included (older ones are deleted at each rotation). */
  maxFiles: number;
  /** Where lines go when the folder cannot be written (full disk, no permission). */
  fallback?: (line: string) => void;
}

/** The files are app.<yyyy-MM-dd>.<n>.log: a new file each day and each time the size limit is reached. */
export const LOG_FILE_BASE = 'app.log';
const DATE_FORMAT = 'yyyy-MM-dd';
/** Lines held while pino-roll opens the file (it is async); beyond this the oldest are dropped. */
const MAX_PENDING = 2_000;

const stderrLine = (line: string): void => {
  process.stderr.write(line);
};

/**
 * pino's destination: pino-roll's stream on the main thread, with two guards pino-roll has not. Writes
 * made before the stream exists are queued, and any write or open failure switches to stderr for good,
 * so logging never throws into a caller and a line is never silently lost to a broken folder.
 */
export class RollingDestination {
  private stream: RollStream | null = null;
  private pending: string[] = [];
  private failed = false;
  private closed = false;
  private closing = false;
  private readonly ready: Promise<void>;
  private readonly fallback: (line: string) => void;

  constructor(options: RollingOptions) {
    this.fallback = options.fallback ?? stderrLine;
    this.ready = this.open(options).catch((error: unknown) => this.openFailed(error));
  }

  /** pino calls this with one serialised line (ending in a newline). */
  write(line: string): boolean {
    if (this.failed || this.closed) return this.toFallback(line);
    if (!this.stream) {
      if (this.pending.length >= MAX_PENDING) this.pending.shift();
      this.pending.push(line);
      return true;
    }
    try {
      this.stream.write(line);
    } catch (error) {
      this.fail(error);
      this.toFallback(line);
    }
    return true;
  }

  /** Resolves once every line written so far is in the file (or on stderr). */
  async flush(): Promise<void> {
    await this.ready;
    const stream = this.stream;
    if (!stream || this.failed || stream.destroyed) return;
    await new Promise<void>((resolve) => {
      try {
        stream.flush(() => resolve());
      } catch {
        resolve();
      }
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.flush();
    this.closed = true;
    const stream = this.stream;
    if (!stream || stream.destroyed) return;
    await new Promise<void>((resolve) => {
      stream.once('close', () => resolve());
      stream.once('error', () => resolve());
      stream.end();
    });
  }

  /** True once the files could not be written and lines go to stderr. */
  get usingFallback(): boolean {
    return this.failed;
  }

  private async open(options: RollingOptions): Promise<void> {
    // Checked synchronously so an unusable folder is known before the first line, not after a lost one.
    fs.mkdirSync(options.dir, { recursive: true });
    fs.accessSync(options.dir, fs.constants.W_OK);
    const stream = await build({
      file: path.join(options.dir, LOG_FILE_BASE),
      dateFormat: DATE_FORMAT,
      frequency: 'daily',
      size: `${Math.max(1, Math.floor(options.maxSizeBytes))}b`,
      limit: { count: Math.max(1, options.maxFiles), removeOtherLogFiles: true },
      // Synchronous writes: a line logged just before a crash or a kill is in the file. The folder was
      // made above; not remaking it here keeps a folder deleted after close() deleted.
      sync: true,
      mkdir: false,
    });
    stream.on('error', (error: unknown) => this.onStreamError(error));
    if (this.closed) {
      stream.end();
      return;
    }
    this.stream = stream;
    const queued = this.pending;
    this.pending = [];
    for (const line of queued) this.write(line);
  }

  /**
   * The folder vanished while the app was closing before the file was open (an uninstall, a test deleting
   * its temp folder): there is no file left to hold the queued lines and nobody reading stderr for them.
   */
  private openFailed(error: unknown): void {
    if (this.closing) {
      this.pending = [];
      return;
    }
    this.fail(error);
  }

  /** Removing an old rotated file can fail (Windows locks) without harming the current one. */
  private onStreamError(error: unknown): void {
    if (this.closed) return;
    const syscall = (error as { syscall?: unknown } | null)?.syscall;
    if (syscall === 'unlink') {
      this.fallback(`log rotation could not remove an old file: ${describe(error)}\n`);
      return;
    }
    this.fail(error);
  }

  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.fallback(`log files unusable, logging to stderr from now on: ${describe(error)}\n`);
    const queued = this.pending;
    this.pending = [];
    for (const line of queued) this.toFallback(line);
  }

  private toFallback(line: string): boolean {
    try {
      this.fallback(line);
    } catch {
      // Nowhere left to write; a log line is never worth crashing the caller.
    }
    return true;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
