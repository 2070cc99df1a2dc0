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
import Alert from '@mui/material/Alert';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import type { Shift } from '@shared/ipc/schemas/till';
import { useZReport, useZReportPrint } from '../../api/till';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';
import { downloadPdf } from '../../shell/download';
import { usePaper } from './paper';
import { paperFor, printTarget, useReceiptPrinter } from './receiptPrinter';
import { METHODS } from './tenders';

/** The cashier's last closed shift: float, expected, counted and difference per method, and its Z-report. */
export function ClosedShiftCard({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const report = useZReport();
  const print = useZReportPrint();
  const [printer] = useReceiptPrinter();
  const [paper] = usePaper();
  const download = () => report.mutate({ shiftId: shift.id, paper: 'a4' }, { onSuccess: (doc) => downloadPdf(doc.fileName, doc.pdfBase64) });
  // A PDF printer gets the A4 report; an ESC/POS roll gets it at the roll's width.
  const sendToPrinter = () => print.mutate({ shiftId: shift.id, paper: printer.kind === 'printer' ? 'a4' : paperFor(printer, paper), target: printTarget(printer) });
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
        <ErrorAlert error={report.error ?? print.error} />
        {print.data && <Alert severity="success">{t('till.printer.sent', { destination: print.data.destination === 'default' ? t('till.printer.defaultPrinter') : print.data.destination })}</Alert>}
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <Button startIcon={<DownloadIcon />} variant="outlined" onClick={download} disabled={report.isPending}>
            {t('till.closed.zReport')}
          </Button>
          <Button startIcon={<PrintIcon />} variant="outlined" onClick={sendToPrinter} disabled={print.isPending}>
            {t('till.closed.printZReport')}
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
