import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { LedgerEntry, Statement } from '@shared/ipc/schemas/billing';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { canCall } from '../../shell/permissions';
import { useOfficeFormat, useSession } from '../../shell/SessionContext';
import { EntryDetails } from './EntryDetails';
import { PrintDocumentDialog } from './PrintDocumentDialog';
import { useEntryTitle } from './entryTitle';
import { runningBalance } from './runningBalance';
import { VoidEntryDialog } from './VoidEntryDialog';

/** Entries with a printable document: invoices and credit notes, and payments (a receipt). */
const PRINTABLE: ReadonlySet<LedgerEntry['kind']> = new Set(['invoice', 'credit_note', 'payment']);

interface LedgerTimelineProps {
  statement: Statement | undefined;
  error: unknown;
}

/** The statement as a timeline, newest first: each entry, its signed amount and the balance after it. */
export function LedgerTimeline({ statement, error }: LedgerTimelineProps) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const entryTitle = useEntryTitle();
  const { role } = useSession();
  const [voiding, setVoiding] = useState<LedgerEntry | null>(null);
  const mayVoid = canCall(role, 'billing.entries.void');
  const mayPrint = canCall(role, 'billing.documents.pdf');
  const [printing, setPrinting] = useState<LedgerEntry | null>(null);
  const rows = useMemo(() => runningBalance(statement?.entries ?? []), [statement]);
  const byId = useMemo(() => new Map((statement?.entries ?? []).map((entry) => [entry.id, entry])), [statement]);

  return (
    <Paper variant="outlined" component="section" aria-labelledby="ledger-title" sx={{ p: 2 }}>
      <Typography variant="h2" id="ledger-title" sx={{ mb: 1 }}>
        {t('billing.ledger.title')}
      </Typography>
      <ErrorAlert error={error} />
      {!statement ? (
        error ? null : <CircularProgress aria-label={t('app.loading')} />
      ) : rows.length === 0 ? (
        <Typography color="text.secondary">{t('billing.ledger.empty')}</Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-labelledby="ledger-title">
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 170 }}>{t('billing.ledger.date')}</TableCell>
                <TableCell>{t('billing.ledger.entry')}</TableCell>
                <TableCell align="right" sx={{ width: 140 }}>
                  {t('billing.ledger.amount')}
                </TableCell>
                <TableCell align="right" sx={{ width: 140 }}>
                  {t('billing.ledger.balance')}
                </TableCell>
                {(mayVoid || mayPrint) && (
                  <TableCell align="right" sx={{ width: 150 }}>
                    {t('billing.ledger.actions')}
                  </TableCell>
                )}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map(({ entry, balanceMinor }) => (
                <TableRow key={entry.id} sx={{ verticalAlign: 'top', opacity: entry.voidedByEntryId ? 0.7 : 1 }}>
                  <TableCell>{format.instant(entry.occurredAt)}</TableCell>
                  <TableCell>
                    <EntryDetails entry={entry} byId={byId} />
                  </TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {format.money(entry.amountMinor)}
                  </TableCell>
                  <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {format.money(balanceMinor)}
                  </TableCell>
                  {(mayVoid || mayPrint) && (
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {mayPrint && PRINTABLE.has(entry.kind) && (
                        <Button size="small" aria-label={t('billingDocuments.print.entryAction', { title: entryTitle(entry) })} onClick={() => setPrinting(entry)}>
                          {t('billingDocuments.print.short')}
                        </Button>
                      )}
                      {mayVoid && entry.kind !== 'void' && entry.voidedByEntryId === null && (
                        <Button
                          size="small"
                          color="error"
                          aria-label={t('billing.void.open', { title: entryTitle(entry) })}
                          onClick={() => setVoiding(entry)}
                        >
                          {t('billing.void.short')}
                        </Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {voiding && <VoidEntryDialog entry={voiding} onClose={() => setVoiding(null)} />}
      {printing && <PrintDocumentDialog job={{ kind: 'entry', entry: printing }} onClose={() => setPrinting(null)} />}
    </Paper>
  );
}
