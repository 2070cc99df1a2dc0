import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import CloudDoneIcon from '@mui/icons-material/CloudDone';
import CloudOffIcon from '@mui/icons-material/CloudOff';
import CloudSyncIcon from '@mui/icons-material/CloudSync';
import type { SyncStatusOutput } from '@shared/ipc/schemas/sync';
import { canCall } from '../../shell/permissions';
import { hrefFor } from '../../shell/router';
import { useSession } from '../../shell/SessionContext';
import { useSyncStatus, useSyncStatusEvents } from './api';
import { SYNC_PATH } from './paths';

function icon(state: SyncStatusOutput['state']) {
  if (state === 'idle') return <CloudDoneIcon />;
  if (state === 'syncing') return <CloudSyncIcon />;
  return <CloudOffIcon />;
}

const ON_DARK: Record<SyncStatusOutput['state'], string> = {
  off: 'inherit',
  stopped: '#ffd54f',
  idle: 'inherit',
  syncing: 'inherit',
  error: '#ff8a80',
  'update-required': '#ff8a80',
};

/** Top bar: sync state at a glance for owners and managers, only when a central database is configured. */
export function SyncIndicator() {
  const { role } = useSession();
  const allowed = canCall(role, 'sync.status');
  useSyncStatusEvents(allowed);
  const status = useSyncStatus(allowed);
  const { t } = useTranslation();
  if (!allowed || !status.data || status.data.state === 'off') return null;
  const { state, backlog } = status.data;
  const label = t('sync.indicator.label', { state: t(`sync.states.${state}`) });
  return (
    <Tooltip title={backlog > 0 ? `${label} · ${t('sync.indicator.backlog', { count: backlog })}` : label}>
      <Chip
        component="a"
        clickable
        href={hrefFor(SYNC_PATH)}
        icon={icon(state)}
        label={t(`sync.states.${state}`)}
        aria-label={label}
        size="small"
        variant="outlined"
        sx={{ color: ON_DARK[state], borderColor: 'currentColor', '& .MuiChip-icon': { color: 'inherit' } }}
      />
    </Tooltip>
  );
}
