import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { LedgerEntry } from '@shared/ipc/schemas/billing';
import { documentPdfInput, statementPdfInput, type DocumentDestination, type DocumentPdfOutput } from '@shared/ipc/schemas/billing-documents';
import { usePrintDocument, usePrintStatement } from '../../api/billingDocuments';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOffice } from '../../shell/SessionContext';
import { DocumentTargetFields, type DocumentTarget } from './DocumentTargetFields';
import { downloadPdf } from '../../shell/download';
import { useEntryTitle } from './entryTitle';
import { defaultStatementPeriod } from './statementPeriod';

/** What to print: one ledger document (invoice, credit note, payment receipt) or a customer's statement. */
export type PrintJob = { kind: 'entry'; entry: LedgerEntry } | { kind: 'statement'; customerId: string; customerName: string };

function destinationOf(target: DocumentTarget): DocumentDestination | null {
  if (target.kind === 'pdf') return { kind: 'pdf' };
  const copies = /^\d+$/.test(target.copies.trim()) ? Number(target.copies.trim()) : Number.NaN;
  if (!Number.isInteger(copies) || copies < 1 || copies > 99) return null;
  return { kind: 'printer', copies, ...(target.printer ? { printer: target.printer } : {}) };
}

/**
 * Paper, output (a PDF the browser downloads, or a printer) and, for statements, the period. Main saves
 * every PDF in its prints/ folder and sends it back, so the download works in the web bridge too.
 */
export function PrintDocumentDialog({ job, onClose }: { job: PrintJob; onClose: () => void }) {
  const { t } = useTranslation();
  const office = useOffice();
  const entryTitle = useEntryTitle();
  const titleId = useId();
  const printDocument = usePrintDocument();
  const printStatement = usePrintStatement();
  const [target, setTarget] = useState<DocumentTarget>({
    paper: job.kind === 'entry' && job.entry.kind === 'payment' ? '80mm' : 'a4',
    kind: 'pdf',
    printer: '',
    copies: '1',
  });
  const [period, setPeriod] = useState(() => defaultStatementPeriod(Date.now(), office.timeZone));
  const [invalid, setInvalid] = useState<{ copies: boolean; period: boolean }>({ copies: false, period: false });
  const [result, setResult] = useState<DocumentPdfOutput | null>(null);
  const mutation = job.kind === 'entry' ? printDocument : printStatement;
  const title = job.kind === 'entry' ? t('billingDocuments.print.entryTitle', { title: entryTitle(job.entry) }) : t('billingDocuments.print.statementTitle', { name: job.customerName });

  const done = (output: DocumentPdfOutput) => {
    setResult(output);
    if (output.printer === null) downloadPdf(output.fileName, output.pdfBase64);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const destination = destinationOf(target);
    if (job.kind === 'entry') {
      const parsed = documentPdfInput.safeParse({ entryId: job.entry.id, paper: target.paper, destination });
      setInvalid({ copies: destination === null, period: false });
      if (parsed.success) printDocument.mutate(parsed.data, { onSuccess: done });
      return;
    }
    const parsed = statementPdfInput.safeParse({ customerId: job.customerId, from: period.from || undefined, to: period.to || undefined, paper: target.paper, destination });
    setInvalid({ copies: destination === null, period: !parsed.success && parsed.error.issues.some((issue) => issue.path[0] === 'from' || issue.path[0] === 'to') });
    if (parsed.success) printStatement.mutate(parsed.data, { onSuccess: done });
  };

  return (
    <Dialog open onClose={mutation.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {job.kind === 'statement' && (
              <Stack direction="row" spacing={2}>
                <TextField
                  type="date"
                  label={t('billingDocuments.print.from')}
                  value={period.from}
                  onChange={(event) => setPeriod({ ...period, from: event.target.value })}
                  error={invalid.period}
                  slotProps={{ inputLabel: { shrink: true } }}
                />
                <TextField
                  type="date"
                  label={t('billingDocuments.print.to')}
                  value={period.to}
                  onChange={(event) => setPeriod({ ...period, to: event.target.value })}
                  error={invalid.period}
                  helperText={invalid.period ? t('billingDocuments.print.invalidPeriod') : t('billingDocuments.print.periodHelp')}
                  slotProps={{ inputLabel: { shrink: true } }}
                />
              </Stack>
            )}
            <DocumentTargetFields value={target} onChange={setTarget} copiesInvalid={invalid.copies} />
            {mutation.isPending && <CircularProgress aria-label={t('billingDocuments.print.working')} />}
            <ErrorAlert error={mutation.error} messages={{ NOT_FOUND: t('billingDocuments.print.notFound'), CONFLICT: t('billingDocuments.print.conflict') }} />
            {result && (
              <Alert
                severity="success"
                role="status"
                action={
                  result.printer === null && (
                    <Button color="inherit" size="small" onClick={() => downloadPdf(result.fileName, result.pdfBase64)}>
                      {t('billingDocuments.print.downloadAgain')}
                    </Button>
                  )
                }
              >
                {result.printer === null
                  ? t('billingDocuments.print.saved', { pages: result.pages, file: result.file })
                  : t('billingDocuments.print.sent', {
                      pages: result.pages,
                      file: result.file,
                      printer: result.printer === 'default' ? t('billingDocuments.print.defaultPrinterName') : result.printer,
                    })}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={mutation.isPending}>
            {result ? t('common.close') : t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={mutation.isPending}>
            {target.kind === 'pdf' ? t('billingDocuments.print.create') : t('billingDocuments.print.printNow')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
