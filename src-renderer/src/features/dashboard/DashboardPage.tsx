import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { formatMoney } from '@shared/domain/money';
import type { DashboardSummary } from '@shared/ipc/schemas/app';
import { useDashboardSummary } from '../../api/dashboard';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { Page } from '../../shell/Page';
import { useOfficeFormat } from '../../shell/SessionContext';
import { SummaryCard } from './SummaryCard';
import { RoutersCard } from './RoutersCard';
import { isRole } from './isRole';
import { RevenueChartCard } from './RevenueChartCard';
import { VoucherStockCard } from './VoucherStockCard';
import { canCall } from '../../shell/permissions';
import { useSession } from '../../shell/SessionContext';

/**
 * The summary cards wait for the summary; the routers and chart cards ask for their own data at the
 * same moment rather than after it (one round trip to the charts, not two).
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const summary = useDashboardSummary();
  const { role } = useSession();

  return (
    <Page title={t('dashboard.title')}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 2 }}>
        {summary.data ? (
          <SummaryCards data={summary.data} />
        ) : (
          <Box sx={{ gridColumn: '1 / -1' }}>
            {summary.isError ? <ErrorAlert error={summary.error} /> : <CircularProgress aria-label={t('app.loading')} />}
          </Box>
        )}
        <RoutersCard />
        {canCall(role, 'reports.revenueChart') && <RevenueChartCard />}
        {canCall(role, 'reports.voucherStock') && <VoucherStockCard />}
      </Box>
    </Page>
  );
}

function SummaryCards({ data }: { data: DashboardSummary }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const { office } = data;
  const currencySample = formatMoney(10 ** office.currency.exponent * 1000, office.currency, office.locale);

  return (
    <>
      <SummaryCard
        title={t('dashboard.office')}
        rows={[
          { label: t('dashboard.officeName'), value: office.name },
          { label: t('dashboard.officeCode'), value: office.code },
          { label: t('dashboard.currency'), value: `${office.currency.code} (${currencySample})` },
          { label: t('dashboard.timeZone'), value: office.timeZone },
          { label: t('dashboard.locale'), value: office.locale },
        ]}
      />
      <SummaryCard
        title={t('dashboard.you')}
        rows={[
          { label: t('dashboard.operator'), value: data.operatorName },
          { label: t('dashboard.role'), value: isRole(data.role) ? t(`roles.${data.role}`) : data.role },
          {
            label: t('dashboard.lastLogin'),
            value: data.lastLoginAt === null ? t('common.never') : format.instant(data.lastLoginAt),
          },
        ]}
      />
      <SummaryCard
        title={t('dashboard.system')}
        rows={[
          { label: t('dashboard.serverTime'), value: format.instant(data.serverTime) },
          { label: t('dashboard.dbSize'), value: format.bytes(data.dbSizeBytes), numeric: true },
          { label: t('dashboard.operators'), value: format.count(data.operatorCount), numeric: true },
          { label: t('dashboard.auditEntries'), value: format.count(data.auditEntryCount), numeric: true },
        ]}
      />
    </>
  );
}
