import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';
import { LpPrinterBackend, type Printer, type PrinterBackend, type PrintRequest } from '../vouchers/printing/printers';

const LOAD_TIMEOUT_MS = 30_000;

/**
 * The desktop's printers. Listing uses Electron (it sees Windows printers too). On Linux and macOS the
 * PDF goes to CUPS through `lp`, which prints PDFs natively at full quality; on Windows (no `lp`) a
 * hidden, locked-down window loads the PDF in Chromium's viewer and prints it silently.
 */
export class ElectronPrinterBackend implements PrinterBackend {
  readonly kind = 'electron' as const;
  private readonly lp = process.platform === 'win32' ? null : new LpPrinterBackend();

  async list(): Promise<Printer[]> {
    const probe = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true } });
    try {
      const printers = await probe.webContents.getPrintersAsync();
      // Electron 41 dropped PrinterInfo.isDefault; CUPS and Windows still report it among the options.
      return printers.map((printer) => ({ name: printer.name, isDefault: isDefaultPrinter(printer.options) }));
    } finally {
      probe.destroy();
    }
  }

  async print(file: string, request: PrintRequest): Promise<{ jobId?: string }> {
    if (this.lp) return this.lp.print(file, request);
    const window = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, plugins: true, javascript: false } });
    try {
      await withTimeout(window.loadURL(pathToFileURL(file).toString()), LOAD_TIMEOUT_MS, 'the PDF did not load for printing');
      await new Promise<void>((resolve, reject) => {
        window.webContents.print(
          { silent: true, printBackground: true, copies: request.copies, ...(request.printer ? { deviceName: request.printer } : {}) },
          (success, reason) => (success ? resolve() : reject(new Error(reason || 'printing failed'))),
        );
      });
      return {};
    } finally {
      window.destroy();
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function isDefaultPrinter(options: unknown): boolean {
  if (typeof options !== 'object' || options === null) return false;
  const flag = (options as Record<string, unknown>)['is-default'] ?? (options as Record<string, unknown>)['printer-is-default'];
  return flag === true || flag === 'true';
}
