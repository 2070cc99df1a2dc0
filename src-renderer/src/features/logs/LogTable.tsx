import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import type { LogEntry } from '@shared/ipc/schemas/logs';
import { useOfficeFormat } from '../../shell/SessionContext';
import { LevelChip } from './LevelChip';

const COLUMNS = 5;

export function LogTable({ entries }: { entries: readonly LogEntry[] }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('logs.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('logs.columns.time')}</TableCell>
            <TableCell>{t('logs.columns.level')}</TableCell>
            <TableCell>{t('logs.columns.module')}</TableCell>
            <TableCell>{t('logs.columns.message')}</TableCell>
            <TableCell>{t('logs.columns.details')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((entry) => {
            const expanded = open.has(entry.id);
            return (
              <Fragment key={entry.id}>
                <TableRow hover>
                  <TableCell sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{format.instant(entry.time)}</TableCell>
                  <TableCell>
                    <LevelChip level={entry.level} />
                  </TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{entry.module ?? ''}</TableCell>
                  <TableCell sx={{ wordBreak: 'break-word' }}>{entry.message}</TableCell>
                  <TableCell padding="checkbox">
                    <IconButton size="small" aria-expanded={expanded} aria-label={t(expanded ? 'logs.hideFields' : 'logs.showFields')} onClick={() => toggle(entry.id)}>
                      {expanded ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
                    </IconButton>
                  </TableCell>
                </TableRow>
                {expanded && (
                  <TableRow>
                    <TableCell colSpan={COLUMNS} sx={{ bgcolor: 'action.hover' }}>
                      {Object.keys(entry.fields).length === 0 ? (
                        t('logs.noFields')
                      ) : (
                        <pre style={{ margin: 0, fontSize: '0.8rem', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                          {JSON.stringify(entry.fields, null, 2)}
                        </pre>
                      )}
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
          {entries.length === 0 && (
            <TableRow>
              <TableCell colSpan={COLUMNS}>{t('logs.empty')}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
