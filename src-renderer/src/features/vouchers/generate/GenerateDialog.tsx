import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { Plan } from '@shared/ipc/schemas/vouchers';
import { isApiError, toApiError } from '../../../api/errors';
import { useCancelGeneration, useGenerate, useGenerationProgress } from '../../../api/vouchers';
import { ErrorAlert } from '../../../shell/ErrorAlert';
import { navigate } from '../../../shell/router';
import { useNotify } from '../../../shell/useNotify';
import { batchPath } from '../paths';
import { CapacityLine } from './CapacityLine';
import { capacityOf, checkGenerateForm, initialGenerateValues, type GenerateField, type GenerateFormValues } from './generateForm';
import { GenerateFields } from './GenerateFields';
import { GenerationProgressBar } from './GenerationProgressBar';

interface GenerateDialogProps {
  plans: readonly Plan[];
  initialPlanId: string | null;
  onClose: () => void;
}

/** A cancelled generation comes back as CONFLICT with `details.cancelled`: not an error to the operator. */
function wasCancelled(error: unknown): boolean {
  if (!isApiError(error, 'CONFLICT')) return false;
  const details = error.details;
  return typeof details === 'object' && details !== null && 'cancelled' in details && details.cancelled === true;
}

/**
 * Generates a batch in main's worker: the form, then a progress bar with Cancel while it runs, then the
 * new batch's page. Main refuses a code shape that is too small; the live capacity line says so first.
 */
export function GenerateDialog({ plans, initialPlanId, onClose }: GenerateDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const titleId = useId();
  const generate = useGenerate();
  const cancel = useCancelGeneration();
  const { progress, reset } = useGenerationProgress();
  const firstPlan = initialPlanId ?? plans.find((plan) => plan.routerId !== null)?.id ?? '';
  const [values, setValues] = useState<GenerateFormValues>(() => initialGenerateValues(firstPlan));
  const [invalid, setInvalid] = useState<ReadonlySet<GenerateField>>(new Set());
  const running = generate.isPending || (generate.isSuccess && progress?.batchId === generate.data.batchId && progress.phase !== 'done');
  const capacity = capacityOf(values);
  const tooSmall = capacity !== null && !capacity.verdict.ok;

  // Main answers when the batch is committed (it sends `done` first); should it ever answer at once,
  // the dialog waits here for the `done` event of that batch before opening it.
  const finished = generate.data && (progress?.batchId !== generate.data.batchId || progress.phase === 'done') ? generate.data : null;
  const opened = useRef(false);
  useEffect(() => {
    if (!finished || opened.current) return;
    opened.current = true;
    notify(t('vouchers.generate.done', { count: finished.count }));
    onClose();
    navigate(batchPath(finished.batchId));
  }, [finished, notify, onClose, t]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (running || tooSmall) return;
    const checked = checkGenerateForm(values);
    if (!checked.ok) {
      setInvalid(checked.invalid);
      return;
    }
    setInvalid(new Set());
    reset();
    cancel.reset();
    generate.mutate(checked.input);
  };

  const cancelled = wasCancelled(generate.error);
  const refusal = generate.error && !cancelled ? toApiError(generate.error).message : '';

  return (
    <Dialog open onClose={running ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t('vouchers.generate.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <GenerateFields plans={plans} values={values} onChange={setValues} invalid={invalid} />
            <CapacityLine values={values} />
            {running && <GenerationProgressBar progress={progress} />}
            {cancelled && <Alert severity="info">{t('vouchers.generate.cancelled')}</Alert>}
            {!cancelled && (
              <ErrorAlert error={generate.error} messages={{ VALIDATION: t('vouchers.generate.refused', { message: refusal }) }} />
            )}
            <ErrorAlert error={cancel.error} />
          </Stack>
        </DialogContent>
        <DialogActions>
          {running ? (
            <Button
              color="error"
              onClick={() => progress && cancel.mutate(progress.batchId)}
              disabled={!progress || cancel.isPending || cancel.data?.cancelled === true}
            >
              {t('vouchers.generate.cancel')}
            </Button>
          ) : (
            <Button onClick={onClose}>{t('common.cancel')}</Button>
          )}
          <Button type="submit" variant="contained" disabled={running || tooSmall}>
            {t('vouchers.generate.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
