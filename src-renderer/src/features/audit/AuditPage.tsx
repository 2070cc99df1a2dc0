import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useAuditEntries, useVerifyAudit, type AuditFilters as Filters } from '../../api/audit';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { Page } from '../../shell/Page';
import { useOffice, useOfficeFormat } from '../../shell/SessionContext';
import { AuditFilters, EMPTY_FILTERS, type AuditFilterText } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { useDebounced } from './useDebounced';
import { VerifyChainButton, VerifyChainResult } from './VerifyChain';
import { endOfDayInZone, startOfDayInZone } from './zonedDate';

/** What the form holds -> what `audit.list` takes; dates are whole office days. */
function toQuery(text: AuditFilterText, timeZone: string): Filters {
  const query: Filters = {};
  if (text.text.trim()) query.text = text.text.trim();
  if (text.procedure.trim()) query.procedure = text.procedure.trim();
  const from = text.from ? startOfDayInZone(text.from, timeZone) : null;
  const to = text.to ? endOfDayInZone(text.to, timeZone) : null;
  if (from !== null && from >= 0) query.from = from;
  if (to !== null && to >= 0) query.to = to;
  return query;
}

export function AuditPage() {
  const { t } = useTranslation();
  const office = useOffice();
  const format = useOfficeFormat();
  const verify = useVerifyAudit();
  const [filterText, setFilterText] = useState<AuditFilterText>(EMPTY_FILTERS);
  const settled = useDebounced(filterText, 300);
  const filters = useMemo(() => toQuery(settled, office.timeZone), [settled, office.timeZone]);
  const audit = useAuditEntries(filters);
  const entries = useMemo(() => audit.data?.pages.flatMap((page) => page.entries) ?? [], [audit.data]);

  return (
    <Page title={t('audit.title')} actions={<VerifyChainButton verify={verify} />}>
      <VerifyChainResult verify={verify} />
      <AuditFilters value={filterText} onChange={setFilterText} />
      {audit.isError && <ErrorAlert error={audit.error} />}
      {audit.data ? (
        <>
          <AuditTable entries={entries} />
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 1.5 }}>
            <Typography variant="body2" color="text.secondary" role="status">
              {t('audit.shown', { n: format.count(entries.length) })}
            </Typography>
            {audit.hasNextPage && (
              <Button onClick={() => void audit.fetchNextPage()} disabled={audit.isFetchingNextPage}>
                {t('audit.loadMore')}
              </Button>
            )}
          </Box>
        </>
      ) : (
        !audit.isError && <CircularProgress aria-label={t('app.loading')} />
      )}
    </Page>
  );
}
