import { useCallback, useState } from 'react';
import { z } from 'zod';
import type { Paper, TillPrintTarget } from '@shared/ipc/schemas/till';

const STORAGE_KEY = 'mb.till.printer';

/** How this workstation prints receipts: a system printer (PDF), or ESC/POS to a device file or CUPS raw queue. */
const choiceSchema = z.object({
  kind: z.enum(['printer', 'escposDevice', 'escposQueue']),
  /** '' = the system's default printer. */
  printer: z.string(),
  device: z.string(),
  queue: z.string(),
  copies: z.number().int().min(1).max(9),
});
export type ReceiptPrinter = z.infer<typeof choiceSchema>;
export const RECEIPT_PRINTER_KINDS: ReadonlyArray<ReceiptPrinter['kind']> = ['printer', 'escposDevice', 'escposQueue'];

export const DEFAULT_RECEIPT_PRINTER: ReceiptPrinter = { kind: 'printer', printer: '', device: '/dev/usb/lp0', queue: '', copies: 1 };

function readChoice(): ReceiptPrinter {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    const parsed = choiceSchema.safeParse(raw ? JSON.parse(raw) : null);
    return parsed.success ? parsed.data : DEFAULT_RECEIPT_PRINTER;
  } catch {
    return DEFAULT_RECEIPT_PRINTER;
  }
}

/** The receipt printer of this computer, chosen once and kept (like the paper) in this computer's storage. */
export function useReceiptPrinter(): [ReceiptPrinter, (next: ReceiptPrinter) => void] {
  const [choice, setChoice] = useState<ReceiptPrinter>(readChoice);
  const choose = useCallback((next: ReceiptPrinter) => {
    setChoice(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Private mode or a full disk: the choice lasts until the page reloads.
    }
  }, []);
  return [choice, choose];
}

/** What the core's print procedures take. */
export function printTarget(choice: ReceiptPrinter): TillPrintTarget {
  if (choice.kind === 'escposDevice') return { kind: 'escposDevice', device: choice.device.trim(), copies: choice.copies };
  if (choice.kind === 'escposQueue') return { kind: 'escposQueue', queue: choice.queue.trim(), copies: choice.copies };
  return { kind: 'printer', ...(choice.printer ? { printer: choice.printer } : {}), copies: choice.copies };
}

/** ESC/POS prints on rolls: A4 falls back to the 80 mm roll there. */
export function paperFor(choice: ReceiptPrinter, paper: Paper): Paper {
  return choice.kind !== 'printer' && paper === 'a4' ? '80mm' : paper;
}

/** A short name of the choice for the screen ('' printer = the system default). */
export function describePrinter(choice: ReceiptPrinter): string {
  if (choice.kind === 'escposDevice') return choice.device;
  if (choice.kind === 'escposQueue') return choice.queue;
  return choice.printer;
}
