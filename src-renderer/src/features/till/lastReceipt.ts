import { useCallback } from 'react';
import type { Paper } from '@shared/ipc/schemas/till';
import { useReceiptPdf, useReceiptPrint } from '../../api/till';
import { downloadPdf } from '../../shell/download';
import { paperFor, printTarget, type ReceiptPrinter } from './receiptPrinter';

/** What the "last receipt" panel shows after a sale or a customer payment. */
export interface LastReceipt {
  receiptId: string;
  kind: 'sale' | 'payment';
  totalMinor: number;
  tenderedMinor: number;
  changeMinor: number;
  vouchers: ReadonlyArray<{ code: string; password: string; planName: string }>;
  customerName: string | null;
  balanceMinor: number | null;
  /** PPPoE usernames whose reactivation the payment queued for the router. */
  reactivated: readonly string[];
}

/**
 * Print (to this computer's receipt printer, through the core) or download a receipt as first issued (no COPY
 * mark) on the workstation's paper.
 */
export function useReceiptOutput(paper: Paper, printer: ReceiptPrinter) {
  const pdf = useReceiptPdf();
  const print = useReceiptPrint();
  const { mutate: download } = pdf;
  const { mutate: send, reset } = print;
  const output = useCallback(
    (receiptId: string, how: 'print' | 'download') => {
      if (how === 'print') send({ receiptId, paper: paperFor(printer, paper), copy: false, target: printTarget(printer) });
      else {
        reset();
        download({ receiptId, paper }, { onSuccess: (doc) => downloadPdf(doc.fileName, doc.pdfBase64) });
      }
    },
    [download, send, reset, paper, printer],
  );
  // Where the last print went, and for which receipt (the panel shows it only while that receipt is shown).
  const sent = print.data && print.variables ? { receiptId: print.variables.receiptId, destination: print.data.destination } : null;
  return { output, pending: pdf.isPending || print.isPending, error: pdf.error ?? print.error, sent };
}
