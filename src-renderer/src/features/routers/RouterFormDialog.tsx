import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { RouterInfo } from '@shared/ipc/schemas/routers';
import { useCreateRouter, useTestConnection, useUpdateRouter } from '../../api/routers';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useNotify } from '../../shell/useNotify';
import { checkRouterForm, initialValues, type RouterFormField, type RouterFormValues } from './routerForm';
import { RouterFormFields } from './RouterFormFields';
import { TestConnectionResult } from './TestConnectionResult';

/**
 * Add or edit a router. "Test connection" tests the saved settings (main has no test for unsaved ones),
 * so it saves first: a new router is created, pending changes are stored, then the router is asked.
 */
export function RouterFormDialog({ router, onClose }: { router?: RouterInfo; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const titleId = useId();
  const create = useCreateRouter();
  const update = useUpdateRouter();
  const test = useTestConnection();
  const [saved, setSaved] = useState<RouterInfo | null>(router ?? null);
  const [values, setValues] = useState<RouterFormValues>(() => initialValues(router));
  const [dirty, setDirty] = useState(false);
  const [invalid, setInvalid] = useState<ReadonlySet<RouterFormField>>(new Set());
  const busy = create.isPending || update.isPending || test.isPending;
  const saveError = create.error ?? update.error;

  /** Stores the form (create or update) when needed; resolves with the saved router, or null when invalid. */
  const save = async (): Promise<RouterInfo | null> => {
    const checked = checkRouterForm(values, saved !== null);
    if (!checked.ok) {
      setInvalid(checked.invalid);
      return null;
    }
    setInvalid(new Set());
    if (saved && !dirty) return saved;
    const result = saved ? await update.mutateAsync(checked.update(saved.id)) : await create.mutateAsync(checked.create);
    setSaved(result);
    setDirty(false);
    setValues((old) => ({ ...old, password: '' }));
    return result;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    save()
      .then((result) => {
        if (!result) return;
        notify(t(router ? 'routers.updated' : 'routers.created', { name: result.name }));
        onClose();
      })
      .catch(() => undefined);
  };

  const runTest = () => {
    if (busy) return;
    test.reset();
    save()
      .then((result) => (result ? test.mutateAsync(result.id) : null))
      .catch(() => undefined);
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{router ? t('routers.editTitle', { name: router.name }) : t('routers.addTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <RouterFormFields
              values={values}
              editing={saved !== null}
              invalid={invalid}
              onChange={(next) => {
                setValues(next);
                setDirty(true);
              }}
            />
            {!router && saved && <Alert severity="info">{t('routers.savedForTest', { name: saved.name })}</Alert>}
            <ErrorAlert error={saveError} messages={{ CONFLICT: t('routers.errors.nameTaken') }} />
            <ErrorAlert error={test.error} />
            {test.data && <TestConnectionResult outcome={test.data} />}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {saved && !router ? t('common.close') : t('common.cancel')}
          </Button>
          <Button onClick={runTest} disabled={busy}>
            {test.isPending ? t('routers.test.running') : t('routers.test.button')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
