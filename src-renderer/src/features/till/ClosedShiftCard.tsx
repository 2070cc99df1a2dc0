import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import type { Shift } from '@shared/ipc/schemas/till';
import { useZReport } from '../../api/till';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';
import { downloadPdf } from './files';
import { METHODS } from './tenders';

/** The cashier's last closed shift: float, expected, counted and difference per method, and its Z-report. */
export function ClosedShiftCard({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const report = useZReport();
  const download = () => report.mutate({ shiftId: shift.id, paper: 'a4' }, { onSuccess: (doc) => downloadPdf(doc.fileName, doc.pdfBase64) });
  return (
    <Paper variant="outlined" component="section" aria-label={t('till.closed.label')} sx={{ p: 2 }}>
      <Stack spacing={1.5}>
        <Typography variant="h2" component="h2">
          {t('till.closed.title', { time: format.instant(shift.closedAt ?? shift.openedAt) })}
        </Typography>
        <Table size="small" aria-label={t('till.closed.label')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('till.closed.method')}</TableCell>
              <TableCell align="right">{t('till.closed.float')}</TableCell>
              <TableCell align="right">{t('till.closed.expected')}</TableCell>
              <TableCell align="right">{t('till.closed.counted')}</TableCell>
              <TableCell align="right">{t('till.closed.difference')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {METHODS.map((method) => (
              <TableRow key={method}>
                <TableCell>{t(`till.methods.${method}`)}</TableCell>
                <TableCell align="right">{format.money(shift.openingFloats[method])}</TableCell>
                <TableCell align="right">{format.money(shift.expected[method])}</TableCell>
                <TableCell align="right">{shift.counted ? format.money(shift.counted[method]) : '—'}</TableCell>
                <TableCell align="right">{shift.differences ? format.money(shift.differences[method]) : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {shift.differenceReason && <Typography variant="body2">{t('till.closed.reason', { reason: shift.differenceReason })}</Typography>}
        <ErrorAlert error={report.error} />
        <Button startIcon={<DownloadIcon />} variant="outlined" onClick={download} disabled={report.isPending} sx={{ alignSelf: 'flex-start' }}>
          {t('till.closed.zReport')}
        </Button>
      </Stack>
    </Paper>
  );
}
