import { useCallback } from 'react';
import type { Paper } from '@shared/ipc/schemas/till';
import { useReceiptPdf } from '../../api/till';
import { downloadPdf, printPdf } from './files';

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

/** Print or download a receipt as first issued (no COPY mark) on the workstation's paper. */
export function useReceiptOutput(paper: Paper) {
  const pdf = useReceiptPdf();
  const { mutate } = pdf;
  const output = useCallback(
    (receiptId: string, how: 'print' | 'download') =>
      mutate(
        { receiptId, paper },
        { onSuccess: (doc) => (how === 'print' ? printPdf(doc.pdfBase64) : downloadPdf(doc.fileName, doc.pdfBase64)) },
      ),
    [mutate, paper],
  );
  return { output, pending: pdf.isPending, error: pdf.error };
}
