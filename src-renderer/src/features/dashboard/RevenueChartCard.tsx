import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';
import { useRevenueChart } from '../reports/api';

/** Net revenue per office day for the last 30 days, stacked by payment method or by plan. */
export function RevenueChartCard() {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const [stackBy, setStackBy] = useState<'method' | 'plan'>('method');
  const chart = useRevenueChart(stackBy);
  const data = chart.data;
  const hasData = data !== undefined && data.series.some((series) => series.data.some((value) => value !== 0));
  return (
    <Card variant="outlined" sx={{ gridColumn: '1 / -1' }} aria-label={t('reports.chart.revenueTitle')} role="region">
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            {t('reports.chart.revenueTitle')}
          </Typography>
          <ToggleButtonGroup size="small" exclusive value={stackBy} onChange={(_event, value: 'method' | 'plan' | null) => value && setStackBy(value)} aria-label={t('reports.chart.stackBy')}>
            <ToggleButton value="method">{t('reports.chart.byMethod')}</ToggleButton>
            <ToggleButton value="plan">{t('reports.chart.byPlan')}</ToggleButton>
          </ToggleButtonGroup>
        </Stack>
        {chart.isError && <ErrorAlert error={chart.error} />}
        {data && !hasData && (
          <Typography variant="body2" color="text.secondary">
            {t('reports.chart.noData')}
          </Typography>
        )}
        {data && hasData && (
          <BarChart
            height={300}
            xAxis={[{ scaleType: 'band', data: data.dates.map((date) => date.slice(5)) }]}
            yAxis={[{ valueFormatter: (value: number | null) => (value === null ? '' : format.money(value)), width: 90 }]}
            series={data.series.map((series) => ({ id: series.key, label: series.label, data: series.data, stack: 'revenue', valueFormatter: (value: number | null) => (value === null ? '' : format.money(value)) }))}
          />
        )}
      </CardContent>
    </Card>
  );
}
