import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import type { RouterInfo } from '@shared/ipc/schemas/routers';
import { useImportApply, useImportPreview, useImportProgress } from '../../../api/imports';
import { RouterErrorAlert } from '../RouterErrorAlert';
import { ApplyResult, ImportProgressBar } from './ApplyStep';
import { INCLUDE_GROUPS, type IncludeGroup } from './importKinds';
import { hasWork, PreviewStep } from './PreviewStep';

const ALL_INCLUDED = Object.fromEntries(INCLUDE_GROUPS.map((group) => [group, true])) as Record<IncludeGroup, boolean>;

/**
 * Import from a router (MikHmon-aware): step 1 reads the router and shows what is new, step 2 writes it
 * in one transaction with a progress bar. The router itself is never changed.
 */
export function ImportWizard({ router, onClose }: { router: RouterInfo; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const preview = useImportPreview();
  const apply = useImportApply();
  const { progress, reset: resetProgress } = useImportProgress(router.id);
  const [step, setStep] = useState<0 | 1>(0);
  const [include, setInclude] = useState(ALL_INCLUDED);
  const started = useRef(false);
  const busy = preview.isPending || apply.isPending;

  const read = () => {
    resetProgress();
    preview.mutate(router.id);
  };

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    read();
    // Read once when the wizard opens; "Read again" repeats it.
  }, []);

  const start = () => {
    setStep(1);
    resetProgress();
    apply.mutate({ routerId: router.id, include });
  };

  const canApply = preview.data !== undefined && !busy && hasWork(preview.data, include);

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>{t('imports.title', { name: router.name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Stepper activeStep={step} aria-label={t('imports.steps')}>
            <Step completed={step > 0}>
              <StepLabel>{t('imports.stepPreview')}</StepLabel>
            </Step>
            <Step completed={apply.isSuccess}>
              <StepLabel>{t('imports.stepApply')}</StepLabel>
            </Step>
          </Stepper>
          {step === 0 && (
            <>
              {preview.isPending && <ImportProgressBar progress={progress?.operation === 'preview' ? progress : null} label={t('imports.progressLabel')} />}
              <RouterErrorAlert error={preview.error} />
              {preview.data && !preview.isPending && <PreviewStep preview={preview.data} include={include} onInclude={setInclude} />}
            </>
          )}
          {step === 1 && (
            <>
              {apply.isPending && <ImportProgressBar progress={progress?.operation === 'apply' ? progress : null} label={t('imports.progressLabel')} />}
              <RouterErrorAlert error={apply.error} />
              {apply.data && <ApplyResult result={apply.data} />}
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {step === 0 ? (
          <>
            <Button onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button onClick={read} disabled={busy}>
              {t('imports.readAgain')}
            </Button>
            <Button variant="contained" onClick={start} disabled={!canApply}>
              {t('imports.apply')}
            </Button>
          </>
        ) : (
          <>
            {apply.isError && (
              <Button onClick={() => setStep(0)} disabled={busy}>
                {t('imports.back')}
              </Button>
            )}
            <Button variant="contained" onClick={onClose} disabled={busy}>
              {t('imports.done')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
