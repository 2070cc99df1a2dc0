import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { StatementEntry } from '@shared/ipc/schemas/billing';
import { useOfficeFormat } from '../../shell/SessionContext';
import { useEntryTitle } from './entryTitle';
import { InvoiceStatusChip } from './InvoiceStatusChip';

interface EntryDetailsProps {
  entry: StatementEntry;
  /** Entries by id, to name what a void reverses. */
  byId: ReadonlyMap<string, StatementEntry>;
}

/** What one ledger entry is: its lines, method and reference, due date and status, memo, void links. */
export function EntryDetails({ entry, byId }: EntryDetailsProps) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const entryTitle = useEntryTitle();
  const voided = entry.voidedByEntryId !== null;
  const target = entry.voidsEntryId ? byId.get(entry.voidsEntryId) : undefined;

  return (
    <Stack spacing={0.5}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
        <Typography component="span" sx={{ fontWeight: 500, textDecoration: voided ? 'line-through' : undefined }}>
          {entryTitle(entry)}
        </Typography>
        {entry.status && <InvoiceStatusChip status={entry.status} />}
        {voided && entry.status !== 'void' && <Chip size="small" variant="outlined" label={t('billing.ledger.voided')} />}
      </Stack>
      {entry.method && (
        <Typography variant="body2">
          {entry.reference
            ? t('billing.ledger.methodWithReference', { method: t(`billing.methods.${entry.method}`), reference: entry.reference })
            : t(`billing.methods.${entry.method}`)}
        </Typography>
      )}
      {target && (
        <Typography variant="body2" color="text.secondary">
          {t('billing.ledger.reverses', { title: entryTitle(target) })}
        </Typography>
      )}
      {entry.lines.length > 0 && (
        <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
          {entry.lines.map((line, index) => (
            <Typography component="li" variant="body2" key={index}>
              {line.periodStart && line.periodEnd
                ? t('billing.ledger.lineWithPeriod', {
                    description: line.description,
                    start: line.periodStart,
                    end: line.periodEnd,
                    amount: format.money(line.totalMinor),
                  })
                : t('billing.ledger.line', { description: line.description, amount: format.money(line.totalMinor) })}
              {line.taxMinor > 0 && ` ${t('billing.ledger.lineTax', { tax: format.money(line.taxMinor) })}`}
            </Typography>
          ))}
        </Box>
      )}
      {entry.kind === 'invoice' && entry.dueDate && (
        <Typography variant="body2" color="text.secondary">
          {entry.openMinor !== null && entry.openMinor > 0 && entry.status !== 'void'
            ? t('billing.ledger.dueWithOpen', { date: entry.dueDate, open: format.money(entry.openMinor) })
            : t('billing.ledger.due', { date: entry.dueDate })}
        </Typography>
      )}
      {entry.memo && (
        <Typography variant="body2" color="text.secondary">
          {entry.memo}
        </Typography>
      )}
    </Stack>
  );
}
