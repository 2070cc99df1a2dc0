import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { PrintTemplate, TemplateSettings } from '@shared/ipc/schemas/voucher-print';
import { usePrintRun, usePrintTemplates, type PrintRunInput } from '../../../api/voucherPrint';
import type { VoucherStatus } from '../../../api/vouchers';
import { ErrorAlert } from '../../../shell/ErrorAlert';
import type { Batch } from '../batches/batchTitle';
import { LivePreview } from './LivePreview';
import { PrintOptions, type Selection } from './PrintOptions';
import { PrintResult } from './PrintResult';
import type { PrintTarget } from './PrintTargetFields';
import { TemplateEditor } from './TemplateEditor';
import { allChoices, choiceKey, choiceSettings, type TemplateCatalogue, type TemplateChoice } from './templateChoice';

interface PrintDialogProps {
  batch: Batch;
  counts: Readonly<Record<VoucherStatus, number>>;
  onClose: () => void;
}

/** Print a batch: template, which vouchers, PDF or printer, with the card previewed as it will print. */
export function PrintDialog({ batch, counts, onClose }: PrintDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const templates = usePrintTemplates();
  const run = usePrintRun();
  const [choice, setChoice] = useState<TemplateChoice | null>(null);
  // Settings edited in the template editor but not saved replace the chosen template's for this print.
  const [edited, setEdited] = useState<TemplateSettings | null>(null);
  const [selection, setSelection] = useState<Selection>('all');
  const [target, setTarget] = useState<PrintTarget>({ kind: 'pdf', printer: '', copies: '1' });
  const [editing, setEditing] = useState(false);
  const catalogue: TemplateCatalogue | undefined = templates.data;
  const current = choice ?? (catalogue ? (allChoices(catalogue)[0] ?? null) : null);
  const settings = edited ?? (current && catalogue ? choiceSettings(current, catalogue) : null);
  const copies = Number(target.copies);
  const copiesOk = target.kind === 'pdf' || (/^\d+$/.test(target.copies.trim()) && copies >= 1 && copies <= 99);

  const print = () => {
    if (!settings || !copiesOk) return;
    const input: PrintRunInput = {
      batchId: batch.id,
      settings,
      selection,
      target: target.kind === 'pdf' ? { kind: 'pdf' } : { kind: 'printer', copies, ...(target.printer ? { printer: target.printer } : {}) },
    };
    run.mutate(input);
  };

  const applyEdit = (next: TemplateSettings, saved: PrintTemplate | null) => {
    setEditing(false);
    if (saved) {
      setChoice({ kind: 'saved', template: saved });
      setEdited(null);
    } else setEdited(next);
  };

  return (
    <Dialog open onClose={run.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>{t('vouchers.print.title')}</DialogTitle>
      <DialogContent>
        <ErrorAlert error={templates.error} />
        {catalogue && current && settings ? (
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 3, pt: 1 }}>
            <Stack spacing={2}>
              <PrintOptions
                catalogue={catalogue}
                choiceKey={choiceKey(current)}
                onChoice={(next) => {
                  setChoice(next);
                  setEdited(null);
                }}
                modified={edited !== null}
                counts={counts}
                selection={selection}
                onSelection={setSelection}
                target={target}
                onTarget={setTarget}
                copiesOk={copiesOk}
              />
              <Box>
                <Button onClick={() => setEditing(true)}>{t('vouchers.print.editTemplate')}</Button>
              </Box>
              {run.isPending && <CircularProgress aria-label={t('vouchers.print.printing')} />}
              <ErrorAlert error={run.error} />
              {run.data && <PrintResult result={run.data} />}
            </Stack>
            <LivePreview settings={settings} batchId={batch.id} />
          </Box>
        ) : (
          !templates.isError && <CircularProgress aria-label={t('app.loading')} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={run.isPending}>
          {run.data ? t('common.close') : t('common.cancel')}
        </Button>
        <Button variant="contained" onClick={print} disabled={!settings || !copiesOk || run.isPending}>
          {target.kind === 'pdf' ? t('vouchers.print.savePdf') : t('vouchers.print.printNow')}
        </Button>
      </DialogActions>
      {editing && catalogue && settings && current && (
        <TemplateEditor
          settings={settings}
          template={current.kind === 'saved' ? current.template : null}
          catalogue={catalogue}
          batchId={batch.id}
          onApply={applyEdit}
          onClose={() => setEditing(false)}
        />
      )}
    </Dialog>
  );
}
