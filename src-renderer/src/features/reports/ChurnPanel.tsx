import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import DownloadIcon from '@mui/icons-material/Download';
import type { ChurnReport } from '@shared/ipc/schemas/reports';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';
import { useChurnReport } from './api';
import { DateField } from './DateField';
import { ReportTable } from './ReportTable';
import { useCsvExport } from './useExports';
import { Loading } from './Loading';

/** New, cancelled and suspended subscriptions per month. */
export function ChurnPanel({ from, to, onRange }: { from: string; to: string; onRange: (from: string, to: string) => void }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const valid = from <= to;
  const report = useChurnReport(from, to, valid);
  const csv = useCsvExport();
  const cells = (row: ChurnReport['totals']): string[] => [row.newCount, row.cancelledCount, row.suspendedCount, row.netChange].map((n) => format.count(n));
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <DateField label={t('reports.from')} value={from} onChange={(value) => onRange(value, to)} />
        <DateField label={t('reports.to')} value={to} onChange={(value) => onRange(from, value)} />
        <Button variant="outlined" startIcon={<DownloadIcon />} disabled={!valid || csv.isPending} onClick={() => csv.mutate({ report: 'churn', from, to })}>
          {t('reports.downloadCsv')}
        </Button>
      </Stack>
      {csv.isError && <ErrorAlert error={csv.error} />}
      {report.isError && <ErrorAlert error={report.error} />}
      <Loading when={report.isLoading} />
      {report.data && (
        <ReportTable
          label={t('reports.tabs.churn')}
          columns={[{ label: t('reports.churn.month') }, ...(['new', 'cancelled', 'suspended', 'net'] as const).map((key) => ({ label: t(`reports.churn.${key}`), numeric: true }))]}
          rows={report.data.rows.map((row) => ({ key: row.month, cells: [row.month, ...cells(row)] }))}
          totals={[t('reports.total'), ...cells(report.data.totals)]}
          empty={t('reports.empty')}
        />
      )}
    </Stack>
  );
}
