import { useTranslation } from 'react-i18next';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useStockReport } from '../reports/api';

const PARTS = ['unsold', 'sold', 'used', 'expired'] as const;

/** Voucher stock per plan: unsold, sold, used and expired cards stacked. */
export function VoucherStockCard() {
  const { t } = useTranslation();
  const stock = useStockReport();
  const rows = stock.data?.rows.filter((row) => row.total > 0) ?? [];
  return (
    <Card variant="outlined" sx={{ gridColumn: '1 / -1' }} aria-label={t('reports.chart.stockTitle')} role="region">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {t('reports.chart.stockTitle')}
        </Typography>
        {stock.isError && <ErrorAlert error={stock.error} />}
        {stock.data && rows.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {t('reports.empty')}
          </Typography>
        )}
        {rows.length > 0 && (
          <BarChart
            height={Math.max(160, 60 + rows.length * 36)}
            layout="horizontal"
            yAxis={[{ scaleType: 'band', data: rows.map((row) => row.planName), width: 120 }]}
            series={PARTS.map((part) => ({ id: part, label: t(`reports.stock.${part}`), data: rows.map((row) => row[part]), stack: 'stock' }))}
          />
        )}
      </CardContent>
    </Card>
  );
}
