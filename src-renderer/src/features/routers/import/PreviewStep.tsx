import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ImportPreviewOutput } from '@shared/ipc/schemas/imports';
import { useOfficeFormat } from '../../../shell/SessionContext';
import { INCLUDE_GROUPS, IMPORT_KINDS, GROUP_OF, type IncludeGroup } from './importKinds';
import { ProblemsList } from './ProblemsList';

interface PreviewStepProps {
  preview: ImportPreviewOutput;
  include: Record<IncludeGroup, boolean>;
  onInclude: (include: Record<IncludeGroup, boolean>) => void;
}

const STATES = ['new', 'imported', 'update', 'conflict'] as const;

/** Whether the router holds anything that an import would write (new items or used-voucher updates). */
export function hasWork(preview: ImportPreviewOutput, include?: Record<IncludeGroup, boolean>): boolean {
  return IMPORT_KINDS.some((kind) => (include ? include[GROUP_OF[kind]] : true) && preview.counts[kind].new + preview.counts[kind].update > 0);
}

/** What the router holds, per kind and state, what cannot be read, and what to include. */
export function PreviewStep({ preview, include, onInclude }: PreviewStepProps) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const num = { align: 'right' as const, sx: { fontVariantNumeric: 'tabular-nums' } };

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {t('imports.readAt', { version: preview.router.version, time: format.instant(preview.readAt) })}
      </Typography>
      {preview.warnings.map((warning) => (
        <Alert key={warning.code} severity="warning">
          {t(`imports.warnings.${warning.code}`)}
        </Alert>
      ))}
      {!hasWork(preview) && <Alert severity="info">{t('imports.nothingNew')}</Alert>}
      <Table size="small" aria-label={t('imports.previewTable')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('imports.kindHeader')}</TableCell>
            <TableCell {...num}>{t('imports.total')}</TableCell>
            {STATES.map((state) => (
              <TableCell key={state} {...num}>
                {t(`imports.states.${state}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {IMPORT_KINDS.map((kind) => {
            const counts = preview.counts[kind];
            return (
              <TableRow key={kind} sx={{ opacity: include[GROUP_OF[kind]] ? 1 : 0.5 }}>
                <TableCell component="th" scope="row">
                  {t(`imports.kinds.${kind}`)}
                </TableCell>
                <TableCell {...num}>{format.count(counts.total)}</TableCell>
                {STATES.map((state) => (
                  <TableCell key={state} {...num}>
                    {format.count(counts[state])}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <FormGroup row role="group" aria-labelledby="import-include-label">
        <FormLabel id="import-include-label" sx={{ width: '100%', mb: 0.5 }}>
          {t('imports.include')}
        </FormLabel>
        {INCLUDE_GROUPS.map((group) => (
          <FormControlLabel
            key={group}
            label={t(`imports.groups.${group}`)}
            control={<Checkbox checked={include[group]} onChange={(event) => onInclude({ ...include, [group]: event.target.checked })} />}
          />
        ))}
      </FormGroup>
      <Typography variant="body2" color="text.secondary">
        {t('imports.notImported', {
          others: format.count(preview.otherUsers.length),
          quickPrint: format.count(preview.quickPrintPackages.length),
          skipped: format.count(preview.skipped.length),
        })}
      </Typography>
      <ProblemsList problems={preview.problems} />
    </Stack>
  );
}
