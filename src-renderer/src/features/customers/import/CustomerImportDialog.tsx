import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Switch from '@mui/material/Switch';
import { CSV_IMPORT_MAX_CHARS } from '@shared/ipc/schemas/customer-import';
import { isApiError } from '../../../api/errors';
import { useOfficeFormat } from '../../../shell/SessionContext';
import { ImportErrorAlert } from './ImportErrorAlert';
import { ImportFileStep, type ChosenFile } from './ImportFileStep';
import { ImportPreviewGrid } from './ImportPreviewGrid';
import { ImportResultSummary, PreviewTotals } from './ImportSummary';
import { useImportCommit, useImportPreview } from './useCustomerImport';

/**
 * CSV import: choose a file → main checks every row (nothing written) → the grid shows each row and its
 * problems → Import, optionally skipping bad rows → what was imported. Main checks the text again at
 * import time, so a change made meanwhile (a plan renamed) is caught, never written.
 */
export function CustomerImportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const titleId = useId();
  const preview = useImportPreview();
  const commit = useImportCommit();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const busy = preview.isPending || commit.isPending;
  const step = commit.isSuccess ? 2 : preview.data ? 1 : 0;

  const choose = (chosen: File) => {
    commit.reset();
    preview.reset();
    void chosen.text().then((text) => {
      setTooLarge(text.length > CSV_IMPORT_MAX_CHARS);
      setFile({ name: chosen.name, text });
      if (text.length <= CSV_IMPORT_MAX_CHARS) preview.mutate(text);
    });
  };

  const start = () => {
    if (!file) return;
    commit.mutate(
      { csv: file.text, skipBadRows },
      // Refused for bad rows: check the file again, the database may have changed since the preview.
      { onError: (error) => (isApiError(error, 'VALIDATION') ? preview.mutate(file.text) : undefined) },
    );
  };

  const rows = useMemo(() => {
    const all = preview.data?.rows ?? [];
    return onlyProblems ? all.filter((row) => row.errors.length > 0 || row.warnings.length > 0) : all;
  }, [preview.data, onlyProblems]);

  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} maxWidth="lg" fullWidth>
      <DialogTitle id={titleId}>{t('customerImport.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Stepper activeStep={step} aria-label={t('customerImport.steps')}>
            <Step completed={step > 0}>
              <StepLabel>{t('customerImport.stepFile')}</StepLabel>
            </Step>
            <Step completed={step > 1}>
              <StepLabel>{t('customerImport.stepPreview')}</StepLabel>
            </Step>
            <Step completed={commit.isSuccess}>
              <StepLabel>{t('customerImport.stepResult')}</StepLabel>
            </Step>
          </Stepper>
          {commit.data ? (
            <ImportResultSummary result={commit.data} />
          ) : (
            <>
              <ImportFileStep fileName={file?.name ?? null} disabled={busy} onFile={choose} />
              {tooLarge && <Alert severity="error">{t('customerImport.tooLarge', { limit: format.count(CSV_IMPORT_MAX_CHARS) })}</Alert>}
              {busy && <LinearProgress aria-label={preview.isPending ? t('customerImport.checking') : t('customerImport.importing')} />}
              <ImportErrorAlert error={commit.error ?? preview.error} />
              {preview.data && (
                <>
                  <PreviewTotals preview={preview.data} />
                  <FormControlLabel
                    control={<Switch checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} />}
                    label={t('customerImport.onlyProblems')}
                  />
                  <ImportPreviewGrid rows={rows} />
                  <FormControlLabel
                    control={<Checkbox checked={skipBadRows} onChange={(event) => setSkipBadRows(event.target.checked)} disabled={busy} />}
                    label={t('customerImport.skipBadRows')}
                  />
                </>
              )}
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {commit.isSuccess ? (
          <Button variant="contained" onClick={onClose}>
            {t('customerImport.done')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button variant="contained" onClick={start} disabled={busy || !preview.data || preview.data.totals.good === 0}>
              {t('customerImport.import')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
