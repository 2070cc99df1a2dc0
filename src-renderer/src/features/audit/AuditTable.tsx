import { useTranslation } from 'react-i18next';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { AuditEntry } from '@shared/ipc/schemas/audit';
import { useOfficeFormat } from '../../shell/SessionContext';

export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('audit.title')}>
        <TableHead>
          <TableRow>
            <TableCell align="right">{t('audit.seq')}</TableCell>
            <TableCell>{t('audit.time')}</TableCell>
            <TableCell>{t('audit.operator')}</TableCell>
            <TableCell>{t('audit.procedure')}</TableCell>
            <TableCell>{t('audit.summary')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.seq} hover>
              <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {format.count(entry.seq)}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.instant(entry.at)}</TableCell>
              <TableCell>{entry.operatorName ?? t('audit.system')}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{entry.procedure}</TableCell>
              <TableCell sx={{ wordBreak: 'break-word' }}>{entry.summary}</TableCell>
            </TableRow>
          ))}
          {entries.length === 0 && (
            <TableRow>
              <TableCell colSpan={5}>{t('audit.empty')}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
