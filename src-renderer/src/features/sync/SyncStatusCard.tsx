import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import SyncIcon from '@mui/icons-material/Sync';
import type { SyncStatusOutput } from '@shared/ipc/schemas/sync';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { hrefFor } from '../../shell/router';
import { useOfficeFormat } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { useRunSyncNow } from './api';
import { SYNC_CONFLICTS_PATH } from './paths';
import { STATE_COLORS } from './stateColors';

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Stack direction="row" spacing={2} component="div" role="group" aria-label={label}>
      <Typography component="span" color="text.secondary" sx={{ width: 220 }}>
        {label}
      </Typography>
      <Typography component="span" sx={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Typography>
    </Stack>
  );
}

/** The runner at a glance: state, last push and pull in the office time zone, backlog, cursor, conflicts, last error. */
export function SyncStatusCard({ status }: { status: SyncStatusOutput }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const notify = useNotify();
  const runNow = useRunSyncNow();
  const when = (at: number | null) => (at === null ? t('sync.status.never') : format.instant(at));
  const state = t(`sync.states.${status.state}`);

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={t('sync.status.label')}>
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Typography variant="h2" sx={{ fontSize: '1.1rem', flexGrow: 1 }}>
            {t('sync.status.label')}
          </Typography>
          <Chip label={state} color={STATE_COLORS[status.state]} aria-label={`${t('sync.status.state')}: ${state}`} />
          {status.state !== 'off' && (
            <Button
              variant="contained"
              startIcon={<SyncIcon />}
              disabled={runNow.isPending || status.state === 'update-required'}
              onClick={() => runNow.mutateAsync().then((after) => notify(t('sync.status.synced', { state: t(`sync.states.${after.state}`) })), () => undefined)}
            >
              {t('sync.status.syncNow')}
            </Button>
          )}
        </Stack>
        {status.state === 'update-required' && (
          <Alert severity="error" variant="filled">
            {t('sync.status.updateRequired')}
          </Alert>
        )}
        {status.state === 'off' && <Alert severity="info">{t('sync.status.offNotice')}</Alert>}
        {status.intervalMs !== null && <Row label={t('sync.status.interval')} value={t('sync.status.every', { minutes: Math.round(status.intervalMs / 60_000) })} />}
        <Row label={t('sync.status.lastPush')} value={when(status.lastPushAt)} />
        <Row label={t('sync.status.lastPull')} value={when(status.lastPullAt)} />
        <Row label={t('sync.status.backlog')} value={format.count(status.backlog)} />
        <Row label={t('sync.status.cursor')} value={format.count(status.cursor)} />
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Row label={t('sync.status.conflicts')} value={format.count(status.conflicts)} />
          {status.conflicts > 0 && (
            <Button size="small" href={hrefFor(SYNC_CONFLICTS_PATH)}>
              {t('sync.status.showConflicts')}
            </Button>
          )}
        </Stack>
        <Row
          label={t('sync.status.lastError')}
          value={status.lastError ? `${status.lastError.code}: ${status.lastError.message} (${format.instant(status.lastError.at)})` : t('sync.status.none')}
        />
        <ErrorAlert error={runNow.error} />
      </Stack>
    </Paper>
  );
}
