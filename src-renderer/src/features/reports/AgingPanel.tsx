import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import type { AgingReport } from '@shared/ipc/schemas/reports';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';
import { useAgingReport } from './api';
import { DateField } from './DateField';
import { ReportTable } from './ReportTable';
import { useCsvExport } from './useExports';
import { Loading } from './Loading';

const BUCKETS = [
  ['days0to30', '0-30'],
  ['days31to60', '31-60'],
  ['days61to90', '61-90'],
  ['days90plus', '90+'],
] as const;

/** Receivables aging as of a day, per customer. */
export function AgingPanel({ today }: { today: string }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const [asOf, setAsOf] = useState(today);
  const report = useAgingReport(asOf, true);
  const csv = useCsvExport();
  const cells = (row: AgingReport['totals']): string[] => [...BUCKETS.map(([key]) => format.money(row[key])), format.money(row.openMinor), format.money(row.creditMinor)];
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <DateField label={t('reports.asOf')} value={asOf} onChange={setAsOf} />
        <Button variant="outlined" startIcon={<DownloadIcon />} disabled={csv.isPending} onClick={() => csv.mutate({ report: 'aging', asOf })}>
          {t('reports.downloadCsv')}
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {t('reports.aging.note')}
      </Typography>
      {csv.isError && <ErrorAlert error={csv.error} />}
      {report.isError && <ErrorAlert error={report.error} />}
      <Loading when={report.isLoading} />
      {report.data && (
        <ReportTable
          label={t('reports.tabs.aging')}
          columns={[
            { label: t('reports.aging.account') },
            { label: t('reports.aging.customer') },
            ...BUCKETS.map(([, label]) => ({ label, numeric: true })),
            { label: t('reports.aging.open'), numeric: true },
            { label: t('reports.aging.credit'), numeric: true },
          ]}
          rows={report.data.rows.map((row) => ({ key: row.customerId, cells: [row.accountNumber, row.name, ...cells(row)] }))}
          totals={['', t('reports.total'), ...cells(report.data.totals)]}
          empty={t('reports.empty')}
        />
      )}
    </Stack>
  );
}
