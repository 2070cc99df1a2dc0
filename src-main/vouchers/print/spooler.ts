import { spawn } from 'node:child_process';
import path from 'node:path';

export interface PrintJobOptions {
  /** CUPS queue name; the system default printer when absent. */
  printer?: string;
  copies?: number;
  /** Job title shown in the printer queue. */
  title?: string;
  /** Extra `-o name=value` options, e.g. { media: 'Custom.58x200mm' } for a thermal roll. */
  options?: Record<string, string>;
}

export class PrintSpoolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrintSpoolError';
  }
}

const MAX_COPIES = 999;
/** CUPS queue names: printable characters except space, '/', '\\', '#', quotes (lpadmin refuses those). */
const QUEUE_NAME = /^[^\s/\\#'"]{1,127}$/;
const OPTION_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const OPTION_VALUE = /^\S{1,255}$/;

function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function withoutControl(text: string): string {
  let out = '';
  for (const char of text) out += hasControl(char) ? ' ' : char;
  return out;
}

/**
 * The `lp` argument vector. Spawned without a shell, so no quoting is needed; the file is made absolute so a
 * name starting with '-' can never be read as an option (CUPS lp has no `--`).
 */
export function buildLpArgs(file: string, options: PrintJobOptions = {}): string[] {
  const args: string[] = [];
  if (options.printer !== undefined) {
    if (!QUEUE_NAME.test(options.printer) || hasControl(options.printer)) throw new PrintSpoolError(`"${options.printer}" is not a printer queue name`);
    args.push('-d', options.printer);
  }
  const copies = options.copies ?? 1;
  if (!Number.isInteger(copies) || copies < 1 || copies > MAX_COPIES) {
    throw new PrintSpoolError(`copies must be a whole number from 1 to ${MAX_COPIES}`);
  }
  args.push('-n', String(copies));
  if (options.title !== undefined) args.push('-t', withoutControl(options.title).slice(0, 200));
  for (const [name, value] of Object.entries(options.options ?? {})) {
    if (!OPTION_NAME.test(name) || !OPTION_VALUE.test(value) || hasControl(value)) throw new PrintSpoolError(`bad printer option ${name}=${value}`);
    args.push('-o', `${name}=${value}`);
  }
  args.push(path.resolve(file));
  return args;
}

export interface PrintedJob {
  /** CUPS job id such as "PDF-12", when lp reports one. */
  jobId?: string;
}

type Spawn = typeof spawn;

/**
 * Sends a PDF to the system spooler (`lp`, CUPS on Linux and macOS) on plain Node. The desktop app prints
 * through Electron instead; this is for the core without a window and for servers.
 */
export function printPdf(file: string, options: PrintJobOptions = {}, run: Spawn = spawn, timeoutMs = 30_000): Promise<PrintedJob> {
  const args = buildLpArgs(file, options);
  return new Promise((resolve, reject) => {
    const child = run('lp', args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(new PrintSpoolError(error.code === 'ENOENT' ? 'the print spooler `lp` is not installed (install CUPS)' : error.message));
    });
    child.on('close', (code) => {
      if (code !== 0) {
        // lp's own message names the problem (unknown printer, scheduler not running); pass it on.
        reject(new PrintSpoolError(stderr.trim() || `lp exited with code ${String(code)}`));
        return;
      }
      const match = /request id is (\S+)/.exec(stdout);
      resolve(match?.[1] ? { jobId: match[1] } : {});
    });
  });
}
