import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import DownloadIcon from '@mui/icons-material/Download';
import type { StockReport } from '@shared/ipc/schemas/reports';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';
import { useStockReport } from './api';
import { ReportTable } from './ReportTable';
import { useCsvExport } from './useExports';
import { Loading } from './Loading';

const KEYS = ['printed', 'unsold', 'sold', 'used', 'expired', 'total'] as const;

/** Voucher stock per plan by lifecycle status. */
export function StockPanel() {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const report = useStockReport();
  const csv = useCsvExport();
  const cells = (row: StockReport['totals']): string[] => KEYS.map((key) => format.count(row[key]));
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2}>
        <Button variant="outlined" startIcon={<DownloadIcon />} disabled={csv.isPending} onClick={() => csv.mutate({ report: 'stock' })}>
          {t('reports.downloadCsv')}
        </Button>
      </Stack>
      {csv.isError && <ErrorAlert error={csv.error} />}
      {report.isError && <ErrorAlert error={report.error} />}
      <Loading when={report.isLoading} />
      {report.data && (
        <ReportTable
          label={t('reports.tabs.stock')}
          columns={[{ label: t('reports.stock.plan') }, ...KEYS.map((key) => ({ label: t(`reports.stock.${key}`), numeric: true }))]}
          rows={report.data.rows.map((row) => ({ key: row.planId, cells: [row.planName, ...cells(row)] }))}
          totals={[t('reports.total'), ...cells(report.data.totals)]}
          empty={t('reports.empty')}
        />
      )}
    </Stack>
  );
}
