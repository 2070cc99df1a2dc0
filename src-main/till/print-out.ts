import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../src-shared/ipc/result';
import { buildLpArgs } from '../vouchers/print/spooler';
import type { PrinterBackend } from '../vouchers/printing/printers';

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The saved PDF to a printer through the core's backend (CUPS `lp`, or Electron's on Windows). A refusal is a
 * CONFLICT naming the saved file, so the cashier can still print it by hand.
 */
export async function spoolPdf(
  backend: PrinterBackend | null,
  file: string,
  request: { printer?: string | undefined; copies: number; title: string },
): Promise<{ destination: string; jobId?: string }> {
  if (!backend) throw new AppError('CONFLICT', `No printing system was found on this computer. The PDF was saved to ${file}.`, { file });
  try {
    const job = await backend.print(file, { ...(request.printer ? { printer: request.printer } : {}), copies: request.copies, title: request.title });
    return { destination: request.printer ?? 'default', ...(job.jobId ? { jobId: job.jobId } : {}) };
  } catch (error) {
    throw new AppError('CONFLICT', `The printer refused the job: ${message(error)}. The PDF was saved to ${file}.`, { file });
  }
}

/**
 * ESC/POS bytes straight to a printer's device file (/dev/usb/lp0, a serial port). Only an existing character
 * device or FIFO is written: a typo must never create or overwrite an ordinary file. A FIFO is opened
 * non-blocking, so one nobody reads fails at once instead of hanging the till.
 */
export async function writeDevice(device: string, bytes: Uint8Array, copies: number): Promise<void> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(device);
  } catch {
    throw new AppError('CONFLICT', `The receipt printer device ${device} was not found: is the printer connected and switched on?`);
  }
  if (!stat.isCharacterDevice() && !stat.isFIFO()) throw new AppError('VALIDATION', `${device} is not a printer device (a character device such as /dev/usb/lp0).`);
  const flags = fs.constants.O_WRONLY | (stat.isFIFO() ? fs.constants.O_NONBLOCK : 0);
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(device, flags);
    for (let copy = 0; copy < copies; copy += 1) await handle.write(bytes);
  } catch (error) {
    throw new AppError('CONFLICT', `The receipt printer ${device} did not take the receipt: ${message(error)}`);
  } finally {
    await handle?.close();
  }
}

type Spawn = typeof spawn;
const LP_TIMEOUT_MS = 30_000;

/** `lp -d <queue> -n <copies> -t <title> -o raw <file>`: CUPS passes the bytes through to the printer untouched. */
export function rawQueueArgs(file: string, queue: string, copies: number, title: string): string[] {
  const args = buildLpArgs(file, { printer: queue, copies, title });
  return [...args.slice(0, -1), '-o', 'raw', ...args.slice(-1)];
}

/** Sends ESC/POS bytes to a CUPS raw queue through a temp file (lp reads files), removed afterwards. */
export async function sendRawQueue(
  input: { queue: string; bytes: Uint8Array; copies: number; title: string; tempDir: string },
  run: Spawn = spawn,
): Promise<{ jobId?: string }> {
  fs.mkdirSync(input.tempDir, { recursive: true });
  const file = path.join(input.tempDir, `escpos-${process.pid}-${Date.now()}.bin`);
  fs.writeFileSync(file, input.bytes);
  try {
    const args = rawQueueArgs(file, input.queue, input.copies, input.title);
    return await new Promise((resolve, reject) => {
      const child = run('lp', args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: LP_TIMEOUT_MS });
      let stdout = '';
      let stderr = '';
      child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', (error: NodeJS.ErrnoException) =>
        reject(new AppError('CONFLICT', error.code === 'ENOENT' ? 'The print spooler `lp` is not installed (install CUPS).' : error.message)),
      );
      child.on('close', (code) => {
        if (code !== 0) reject(new AppError('CONFLICT', `The receipt queue ${input.queue} refused the job: ${stderr.trim() || `lp exited with code ${String(code)}`}`));
        else {
          const match = /request id is (\S+)/.exec(stdout);
          resolve(match?.[1] ? { jobId: match[1] } : {});
        }
      });
    });
  } finally {
    fs.rmSync(file, { force: true });
  }
}
