import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import RefreshIcon from '@mui/icons-material/Refresh';
import type { RouterInfo } from '@shared/ipc/schemas/routers';
import { useKickSession, useRouterSessions } from '../../../api/routers';
import { ConfirmDialog } from '../../../shell/ConfirmDialog';
import { useNotify } from '../../../shell/useNotify';
import { routerWords } from '../routerError';
import { RouterErrorAlert } from '../RouterErrorAlert';
import { SessionsTable, type KickTarget } from './SessionsTable';

/** Who is connected now (hotspot and PPP), read from the router on demand, with a kick per session. */
export function SessionsSection({ router }: { router: RouterInfo }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const sessions = useRouterSessions(router.id);
  const kick = useKickSession();
  const [target, setTarget] = useState<KickTarget | null>(null);

  const close = () => {
    setTarget(null);
    kick.reset();
  };

  return (
    <Stack component="section" spacing={1.5} aria-labelledby="sessions-title">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h2" id="sessions-title" sx={{ flexGrow: 1 }}>
          {t('routers.sessions.title')}
        </Typography>
        <Button
          startIcon={sessions.isFetching ? <CircularProgress size={16} aria-hidden /> : <RefreshIcon />}
          onClick={() => void sessions.refetch()}
          disabled={sessions.isFetching}
          aria-label={t('routers.sessions.refresh')}
        >
          {t('routers.sessions.refresh')}
        </Button>
      </Stack>
      <RouterErrorAlert error={sessions.error} />
      {sessions.data ? (
        <Stack spacing={2}>
          <SessionsTable kind="hotspot" rows={sessions.data.hotspot} onKick={setTarget} />
          <SessionsTable kind="ppp" rows={sessions.data.ppp} onKick={setTarget} />
        </Stack>
      ) : (
        sessions.isPending && <CircularProgress aria-label={t('app.loading')} />
      )}
      {target && (
        <ConfirmDialog
          title={t('routers.sessions.kickTitle', { user: target.user, router: router.name })}
          body={t('routers.sessions.kickBody')}
          confirmLabel={t('routers.sessions.kickConfirm')}
          pending={kick.isPending}
          error={kick.error}
          errorMessages={{ CONFLICT: t('routers.errors.routerSaid', { message: kick.error ? routerWords(kick.error) : '' }) }}
          onClose={close}
          onConfirm={() =>
            kick.mutate(
              { routerId: router.id, kind: target.kind, id: target.id },
              {
                onSuccess: (result) => {
                  notify(t('routers.sessions.kicked', { user: result.user }));
                  close();
                },
              },
            )
          }
        />
      )}
    </Stack>
  );
}
