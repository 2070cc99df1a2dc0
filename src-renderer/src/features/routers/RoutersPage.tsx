import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import AddIcon from '@mui/icons-material/Add';
import { useRemoveRouter } from '../../api/routers';
import { ConfirmDialog } from '../../shell/ConfirmDialog';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { Page } from '../../shell/Page';
import { canCall } from '../../shell/permissions';
import { useSession } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { RouterFormDialog } from './RouterFormDialog';
import { RoutersTable } from './RoutersTable';
import { useRouterRows, type RouterRow } from './useRouterRows';

type OpenDialog = { kind: 'add' } | { kind: 'edit'; router: RouterRow } | { kind: 'remove'; router: RouterRow };

/** Every router of the office with its live status and health; admins add, edit and remove them. */
export function RoutersPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const { rows, error, isError } = useRouterRows();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const mayManage = canCall(role, 'routers.create');
  const close = () => setDialog(null);

  return (
    <Page
      title={t('routers.title')}
      actions={
        mayManage && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ kind: 'add' })}>
            {t('routers.add')}
          </Button>
        )
      }
    >
      {rows ? (
        <RoutersTable
          rows={rows}
          onEdit={mayManage ? (router) => setDialog({ kind: 'edit', router }) : undefined}
          onRemove={mayManage ? (router) => setDialog({ kind: 'remove', router }) : undefined}
        />
      ) : isError ? (
        <ErrorAlert error={error} />
      ) : (
        <CircularProgress aria-label={t('app.loading')} />
      )}
      {dialog?.kind === 'add' && <RouterFormDialog onClose={close} />}
      {dialog?.kind === 'edit' && <RouterFormDialog router={dialog.router} onClose={close} />}
      {dialog?.kind === 'remove' && <RemoveRouterDialog router={dialog.router} onClose={close} />}
    </Page>
  );
}

function RemoveRouterDialog({ router, onClose }: { router: RouterRow; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const remove = useRemoveRouter();
  return (
    <ConfirmDialog
      title={t('routers.removeTitle', { name: router.name })}
      body={t('routers.removeBody')}
      confirmLabel={t('routers.removeConfirm')}
      pending={remove.isPending}
      error={remove.error}
      onClose={onClose}
      onConfirm={() =>
        remove.mutate(router.id, {
          onSuccess: () => {
            notify(t('routers.removed', { name: router.name }));
            onClose();
          },
        })
      }
    />
  );
}
