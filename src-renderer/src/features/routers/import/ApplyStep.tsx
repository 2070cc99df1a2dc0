import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ImportApplyOutput, ImportProgress } from '@shared/ipc/schemas/imports';
import { useOfficeFormat } from '../../../shell/SessionContext';
import { IMPORT_KINDS } from './importKinds';

/** A progress bar fed by `imports.progress`, with the kind being written and the counts. */
export function ImportProgressBar({ progress, label }: { progress: ImportProgress | null; label: string }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const determinate = progress !== null && progress.phase === 'writing' && progress.total > 0;
  const value = determinate ? Math.round((progress.done / progress.total) * 100) : undefined;
  const text =
    progress === null || progress.phase === 'reading'
      ? t('imports.progress.reading')
      : progress.phase === 'writing'
        ? t('imports.progress.writing', {
            kind: progress.kind ? t(`imports.kinds.${progress.kind}`) : '',
            done: format.count(progress.done),
            total: format.count(progress.total),
          })
        : t(`imports.progress.${progress.phase}`);
  return (
    <Box>
      <LinearProgress aria-label={label} variant={determinate ? 'determinate' : 'indeterminate'} value={value} />
      <Typography variant="body2" sx={{ mt: 0.5 }} aria-live="polite">
        {text}
      </Typography>
    </Box>
  );
}

/** What the apply wrote, per kind; "nothing new" when a second import found everything already there. */
export function ApplyResult({ result }: { result: ImportApplyOutput }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const num = { align: 'right' as const, sx: { fontVariantNumeric: 'tabular-nums' } };
  const nothing = result.totals.imported === 0 && result.totals.updated === 0;
  return (
    <Stack spacing={2}>
      <Alert severity={nothing ? 'info' : 'success'} role="status">
        {nothing
          ? t('imports.resultNothing')
          : t('imports.resultDone', { imported: format.count(result.totals.imported), updated: format.count(result.totals.updated) })}
      </Alert>
      <Table size="small" aria-label={t('imports.resultTable')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('imports.kindHeader')}</TableCell>
            <TableCell {...num}>{t('imports.imported')}</TableCell>
            <TableCell {...num}>{t('imports.updated')}</TableCell>
            <TableCell {...num}>{t('imports.skipped')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {IMPORT_KINDS.map((kind) => (
            <TableRow key={kind}>
              <TableCell component="th" scope="row">
                {t(`imports.kinds.${kind}`)}
              </TableCell>
              <TableCell {...num}>{format.count(result.counts[kind].imported)}</TableCell>
              <TableCell {...num}>{format.count(result.counts[kind].updated)}</TableCell>
              <TableCell {...num}>{format.count(result.counts[kind].skipped)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
              {t('imports.totals')}
            </TableCell>
            <TableCell {...num}>{format.count(result.totals.imported)}</TableCell>
            <TableCell {...num}>{format.count(result.totals.updated)}</TableCell>
            <TableCell {...num}>{format.count(result.totals.skipped)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
      {result.problems > 0 && <Alert severity="warning">{t('imports.resultProblems', { count: result.problems })}</Alert>}
    </Stack>
  );
}
