import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import SyncIcon from '@mui/icons-material/Sync';
import type { RouterInfo } from '@shared/ipc/schemas/routers';
import { useReconcile } from '../../../api/routers';
import { usePushProgress } from '../../../api/pushProgress';
import { ConfirmDialog } from '../../../shell/ConfirmDialog';
import { useNotify } from '../../../shell/useNotify';
import { routerWords } from '../routerError';
import { ReconcileReport } from './ReconcileReport';

/** Makes the router's app-owned items match the db now; asks first, then shows the report. */
export function ReconcileButton({ router }: { router: RouterInfo }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const reconcile = useReconcile();
  const push = usePushProgress(router.id);
  const [open, setOpen] = useState(false);
  const progress = reconcile.isPending ? push.progress : null;
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const body = (
    <>
      {t('routers.reconcile.body')}
      {progress && progress.total > 0 && (
        <>
          <LinearProgress variant="determinate" value={percent} aria-label={t('routers.reconcile.progressLabel')} sx={{ mt: 2 }} />
          <Typography variant="body2" sx={{ mt: 1 }}>
            {t('routers.reconcile.progress', { done: progress.done, total: progress.total })}
          </Typography>
        </>
      )}
    </>
  );

  return (
    <>
      <Button startIcon={<SyncIcon />} onClick={() => setOpen(true)}>
        {t('routers.reconcile.button')}
      </Button>
      {open && !reconcile.data && (
        <ConfirmDialog
          title={t('routers.reconcile.title', { name: router.name })}
          body={body}
          confirmLabel={t('routers.reconcile.confirm')}
          destructive={false}
          pending={reconcile.isPending}
          error={reconcile.error}
          errorMessages={{ CONFLICT: t('routers.errors.routerSaid', { message: reconcile.error ? routerWords(reconcile.error) : '' }) }}
          onClose={() => setOpen(false)}
          onConfirm={() => {
            push.reset();
            reconcile.mutate(router.id, { onSuccess: () => notify(t('routers.reconcile.done', { name: router.name })) });
          }}
        />
      )}
      {open && reconcile.data && (
        <ReconcileReport
          name={router.name}
          report={reconcile.data}
          onClose={() => {
            setOpen(false);
            reconcile.reset();
          }}
        />
      )}
    </>
  );
}
