import { execFile } from 'node:child_process';
import { printPdf } from '../print/spooler';

export interface Printer {
  name: string;
  isDefault: boolean;
}

export interface PrintRequest {
  printer?: string;
  copies: number;
  title: string;
}

/**
 * How this workstation prints. Plain Node (and Linux/macOS desktops) use the CUPS spooler `lp`; the
 * Electron shell passes its own backend (webContents printing) so Windows offices print too.
 */
export interface PrinterBackend {
  readonly kind: 'electron' | 'lp';
  /** Printers the system knows; throws when the spooler itself is missing. */
  list(): Promise<Printer[]>;
  print(file: string, request: PrintRequest): Promise<{ jobId?: string }>;
}

const LPSTAT_TIMEOUT_MS = 5_000;

function lpstat(args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    execFile('lpstat', args, { timeout: LPSTAT_TIMEOUT_MS }, (error, stdout) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new Error('the print spooler (CUPS `lpstat`/`lp`) is not installed'));
        return;
      }
      // lpstat exits non-zero when there are no destinations or no default: that is an empty answer.
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout: String(stdout) });
    });
  });
}

/** CUPS through `lpstat -e` (destination names) and `lpstat -d` (the default). */
export class LpPrinterBackend implements PrinterBackend {
  readonly kind = 'lp' as const;

  async list(): Promise<Printer[]> {
    const [destinations, fallback] = await Promise.all([lpstat(['-e']), lpstat(['-d'])]);
    const defaultName = /:\s*(\S+)\s*$/.exec(fallback.stdout.trim())?.[1];
    return destinations.stdout
      .split('\n')
      .map((line) => line.trim())
      .filter((name) => name.length > 0 && !/\s/.test(name))
      .map((name) => ({ name, isDefault: name === defaultName }));
  }

  print(file: string, request: PrintRequest): Promise<{ jobId?: string }> {
    return printPdf(file, { ...(request.printer ? { printer: request.printer } : {}), copies: request.copies, title: request.title });
  }
}
