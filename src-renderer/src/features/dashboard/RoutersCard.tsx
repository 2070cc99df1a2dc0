import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRouterRows } from '../routers/useRouterRows';
import { RouterStatusDot } from '../routers/RouterStatusDot';
import { useRouterAlerts } from '../routers/alerts/useRouterAlerts';
import { SummaryCard } from './SummaryCard';

/** Routers at a glance on the dashboard: live status dot, CPU and memory, and the alerts active now. */
export function RoutersCard() {
  const { t } = useTranslation();
  const { rows } = useRouterRows();
  const alerts = useRouterAlerts();
  if (!rows) return null;
  const routerRows = rows.map((router) => {
    const cpu = router.health?.cpuLoad;
    const parts = [
      cpu === null || cpu === undefined ? null : t('dashboard.routerCpu', { value: cpu }),
      router.memoryUsedPct === null ? null : t('dashboard.routerMemory', { value: router.memoryUsedPct }),
    ].filter((part): part is string => part !== null);
    return {
      label: router.name,
      value: (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <RouterStatusDot state={router.status.state} />
          <span>{parts.length > 0 ? parts.join(' · ') : t(`routers.state.${router.status.state}`)}</span>
        </Stack>
      ),
    };
  });
  // One row per (router, kind): the label names both, so it is unique and readable.
  const alertRows = alerts.map((alert) => {
    const kind = t(`dashboard.routerAlert.${alert.kind}`);
    return {
      label: t('dashboard.alertLabel', { name: alert.routerName, kind }),
      value: (
        <Typography component="span" color="error">
          {alert.message ?? kind}
        </Typography>
      ),
    };
  });
  const empty = [{ label: t('dashboard.routers'), value: t('dashboard.noRouters') }];
  return (
    <SummaryCard
      title={t('dashboard.routers')}
      rows={routerRows.length === 0 ? empty : [...routerRows, ...alertRows]}
    />
  );
}
