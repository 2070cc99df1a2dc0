import { useMutation } from '@tanstack/react-query';
import type { CsvExportInput } from '@shared/ipc/schemas/reports';
import { useCall } from '../../api/useCall';
import { downloadPdf, downloadText } from '../../shell/download';

/** CSV of any report, saved under the name the core gives it (the core decides whose sales a cashier gets). */
export function useCsvExport() {
  const call = useCall();
  return useMutation({
    mutationFn: async (input: CsvExportInput) => {
      const file = await call('reports.csv', input);
      downloadText(file.filename, file.content, 'text/csv;charset=utf-8');
      return file;
    },
  });
}

/** The daily summary of one office day as an A4 PDF. */
export function useDailySummaryPdf() {
  const call = useCall();
  return useMutation({
    mutationFn: async (date: string) => {
      const file = await call('reports.dailySummaryPdf', { date });
      downloadPdf(file.filename, file.pdfBase64);
      return file;
    },
  });
}

/** The Z-report of one office day (every shift of that day) as an A4 PDF, as the till prints it per shift. */
export function useDayZReportPdf() {
  const call = useCall();
  return useMutation({
    mutationFn: async (date: string) => {
      const report = await call('till.zReport', { date, paper: 'a4' });
      downloadPdf(report.fileName, report.pdfBase64);
      return report;
    },
  });
}
