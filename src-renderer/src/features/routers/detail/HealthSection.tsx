import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import { useOfficeFormat } from '../../../shell/SessionContext';
import { SummaryCard } from '../../dashboard/SummaryCard';
import type { RouterRow } from '../useRouterRows';

/** CPU, memory, uptime and version from the last health poll (main polls every 30 s). */
export function HealthSection({ router }: { router: RouterRow }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const health = router.health;
  const dash = '—';
  const memory =
    health?.freeMemory != null && health.totalMemory != null && router.memoryUsedPct !== null
      ? t('routers.health.memoryValue', {
          used: format.count(router.memoryUsedPct),
          free: format.bytes(health.freeMemory),
          total: format.bytes(health.totalMemory),
        })
      : dash;

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 2 }}>
      <SummaryCard
        title={t('routers.health.title')}
        rows={[
          { label: t('routers.cpu'), value: health?.cpuLoad != null ? `${format.count(health.cpuLoad)} %` : dash, numeric: true },
          { label: t('routers.health.memory'), value: memory, numeric: true },
          { label: t('routers.health.uptime'), value: health?.uptime ?? dash },
          { label: t('routers.version'), value: health?.version ?? dash },
          { label: t('routers.health.board'), value: health?.board ?? dash },
          { label: t('routers.health.checkedAt'), value: health?.checkedAt != null ? format.instant(health.checkedAt) : t('common.never') },
        ]}
      />
      <SummaryCard
        title={t('routers.health.settings')}
        rows={[
          { label: t('routers.form.username'), value: router.username },
          { label: t('routers.form.hotspotServer'), value: router.hotspotServer },
          { label: t('routers.form.loginUrl'), value: router.loginUrl ?? dash },
          {
            label: t('routers.health.alerts'),
            value: health && health.alerts.length > 0 ? health.alerts.map((kind) => t(`alerts.kind.${kind}`)).join(', ') : t('routers.health.noAlerts'),
          },
        ]}
      />
    </Box>
  );
}
