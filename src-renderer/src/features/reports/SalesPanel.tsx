import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { SALES_GROUPINGS, type SalesGrouping, type SalesTotals } from '@shared/ipc/schemas/reports';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOffice, useOfficeFormat, useSession } from '../../shell/SessionContext';
import { useSalesReport } from './api';
import { DateField } from './DateField';
import { ReportTable } from './ReportTable';
import { useCsvExport, useDailySummaryPdf, useDayZReportPdf } from './useExports';
import { Loading } from './Loading';
import type { DateRange } from './presets';
import { RangePresets } from './RangePresets';

interface Props {
  range: DateRange;
  /** Today on the office calendar: the presets count from it. */
  today: string;
  onRange: (range: DateRange) => void;
}

/** Sales by period, cashier, plan, office or method, with totals, CSV and the daily summary PDF. */
export function SalesPanel({ range, today, onRange }: Props) {
  const { from, to } = range;
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const office = useOffice();
  const session = useSession();
  const [groupBy, setGroupBy] = useState<SalesGrouping>('day');
  const [summaryDate, setSummaryDate] = useState(today);
  const valid = from <= to;
  const report = useSalesReport(from, to, groupBy, valid);
  const csv = useCsvExport();
  const pdf = useDailySummaryPdf();
  const zReport = useDayZReportPdf();
  const money = (minor: number | null): string => (minor === null ? '' : format.money(minor));
  const cells = (row: SalesTotals): string[] => [format.count(row.count), format.count(row.voidCount), money(row.grossMinor), money(row.voidsMinor), money(row.netMinor), money(row.voucherSalesMinor), money(row.paymentsMinor)];
  const columns = [
    { label: t(`reports.groupings.${groupBy}`) },
    ...(['count', 'voids', 'gross', 'voided', 'net', 'vouchers', 'payments'] as const).map((key) => ({ label: t(`reports.sales.${key}`), numeric: true })),
  ];

  return (
    <Stack spacing={2}>
      <RangePresets range={range} today={today} onRange={onRange} />
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', alignItems: 'center', rowGap: 2 }}>
        <DateField label={t('reports.from')} value={from} onChange={(value) => onRange({ from: value, to })} />
        <DateField label={t('reports.to')} value={to} onChange={(value) => onRange({ from, to: value })} />
        <TextField select size="small" label={t('reports.groupBy')} value={groupBy} onChange={(event) => setGroupBy(event.target.value as SalesGrouping)} sx={{ minWidth: 200 }}>
          {SALES_GROUPINGS.map((grouping) => (
            <MenuItem key={grouping} value={grouping}>
              {t(`reports.groupings.${grouping}`)}
            </MenuItem>
          ))}
        </TextField>
        <Button variant="outlined" startIcon={<DownloadIcon />} disabled={!valid || csv.isPending} onClick={() => csv.mutate({ report: 'sales', from, to, groupBy })}>
          {t('reports.downloadCsv')}
        </Button>
        <DateField label={t('reports.summaryDate')} value={summaryDate} onChange={setSummaryDate} />
        <Button variant="outlined" startIcon={<PictureAsPdfIcon />} disabled={pdf.isPending} onClick={() => pdf.mutate(summaryDate)}>
          {t('reports.dailySummary')}
        </Button>
        <Button variant="outlined" startIcon={<PictureAsPdfIcon />} disabled={zReport.isPending} onClick={() => zReport.mutate(summaryDate)}>
          {t('reports.dayZReport')}
        </Button>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {t('reports.timeZoneNote', { zone: office.timeZone })} {session.role === 'cashier' ? t('reports.ownOnly') : ''} {groupBy === 'method' ? t('reports.sales.methodNote') : ''}
      </Typography>
      {!valid && <Alert severity="warning">{t('reports.badRange')}</Alert>}
      <Loading when={valid && report.isLoading} />
      {csv.isError && <ErrorAlert error={csv.error} />}
      {pdf.isError && <ErrorAlert error={pdf.error} />}
      {zReport.isError && <ErrorAlert error={zReport.error} />}
      {report.isError && <ErrorAlert error={report.error} />}
      {report.data && (
        <ReportTable
          label={t('reports.tabs.sales')}
          columns={columns}
          rows={report.data.rows.map((row) => ({ key: row.key, cells: [row.label, ...cells(row)] }))}
          totals={[t('reports.total'), ...cells(report.data.totals)]}
          empty={t('reports.empty')}
        />
      )}
    </Stack>
  );
}
