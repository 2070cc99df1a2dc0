import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ProcedureOutput } from '@shared/ipc/procedure';
import type { Contract } from '@shared/ipc/contract';
import setupRestoreEn from './restore.i18n.en';

export type BootstrapReport = ProcedureOutput<Contract['sync.bootstrap']>;
type TableKey = keyof typeof setupRestoreEn.tables;

const isTableKey = (name: string): name is TableKey => Object.prototype.hasOwnProperty.call(setupRestoreEn.tables, name);

/** What the restore copied here, table by table, and where numbering continues. */
export function RestoreResult({ report, onContinue }: { report: BootstrapReport; onContinue: () => void }) {
  const { t } = useTranslation();
  const rows = Object.entries(report.restored).filter(([, count]) => count > 0);
  const numbering = report.sequences.map((move) => `${move.key} = ${move.value}`).join(', ');
  return (
    <Stack spacing={2}>
      <Alert severity="success">
        <AlertTitle>{t('setupRestore.doneTitle', { code: report.officeCode })}</AlertTitle>
        {t('setupRestore.doneBody', { changes: report.pull.cursor })}
      </Alert>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto auto', columnGap: 3, rowGap: 0.5, m: 0 }} aria-label={t('setupRestore.section')}>
        {rows.map(([table, count]) => (
          <Box key={table} sx={{ display: 'contents' }}>
            <Typography component="dt">{isTableKey(table) ? t(`setupRestore.tables.${table}`) : table}</Typography>
            <Typography component="dd" sx={{ m: 0, fontVariantNumeric: 'tabular-nums' }}>
              {count}
            </Typography>
          </Box>
        ))}
      </Box>
      <Typography>{numbering ? t('setupRestore.numbering', { list: numbering }) : t('setupRestore.noNumbering')}</Typography>
      {report.pull.conflicts > 0 && <Alert severity="warning">{t('setupRestore.conflicts', { count: report.pull.conflicts })}</Alert>}
      <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
        <Button variant="contained" size="large" onClick={onContinue} autoFocus>
          {t('setupRestore.continue')}
        </Button>
      </Box>
    </Stack>
  );
}
