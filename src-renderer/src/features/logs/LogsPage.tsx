import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { Page } from '../../shell/Page';
import { useOffice, useOfficeFormat } from '../../shell/SessionContext';
import { useDebounced } from '../audit/useDebounced';
import { endOfDayInZone, startOfDayInZone } from '../audit/zonedDate';
import { useLogEntries, type LogFilters as Filters } from './api';
import { EMPTY_LOG_FILTERS, LogFilters, type LogFilterText } from './LogFilters';
import { LevelSetting } from './LevelSetting';
import { LogTable } from './LogTable';

/** What the form holds -> what `logs.query` takes; dates are whole office days. */
function toQuery(text: LogFilterText, timeZone: string): Filters {
  const query: Filters = {};
  if (text.minLevel) query.minLevel = text.minLevel;
  if (text.module.trim()) query.module = text.module.trim();
  if (text.text.trim()) query.text = text.text.trim();
  const from = text.from ? startOfDayInZone(text.from, timeZone) : null;
  const to = text.to ? endOfDayInZone(text.to, timeZone) : null;
  if (from !== null && from >= 0) query.from = from;
  if (to !== null && to >= 0 && (query.from === undefined || to >= query.from)) query.to = to;
  return query;
}

export function LogsPage() {
  const { t } = useTranslation();
  const office = useOffice();
  const format = useOfficeFormat();
  const [filterText, setFilterText] = useState<LogFilterText>(EMPTY_LOG_FILTERS);
  const [autoRefresh, setAutoRefresh] = useState(false);
  const settled = useDebounced(filterText, 300);
  const filters = useMemo(() => toQuery(settled, office.timeZone), [settled, office.timeZone]);
  const logs = useLogEntries(filters, autoRefresh);
  const entries = useMemo(() => logs.data?.pages.flatMap((page) => page.entries) ?? [], [logs.data]);
  const partial = logs.data?.pages.at(-1)?.partial ?? false;

  return (
    <Page
      title={t('logs.title')}
      actions={<FormControlLabel control={<Switch checked={autoRefresh} onChange={(e) => setAutoRefresh(e.target.checked)} />} label={t('logs.autoRefresh')} />}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('logs.intro')}
      </Typography>
      <Box sx={{ mb: 2 }}>
        <LevelSetting />
      </Box>
      <LogFilters value={filterText} onChange={setFilterText} />
      {logs.isError && <ErrorAlert error={logs.error} />}
      {logs.data ? (
        <>
          <LogTable entries={entries} />
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 1.5 }}>
            <Typography variant="body2" color="text.secondary" role="status">
              {t('logs.shown', { n: format.count(entries.length) })}
              {partial ? ` ${t('logs.partial')}` : ''}
            </Typography>
            {logs.hasNextPage && (
              <Button onClick={() => void logs.fetchNextPage()} disabled={logs.isFetchingNextPage}>
                {t('logs.loadOlder')}
              </Button>
            )}
          </Box>
        </>
      ) : (
        !logs.isError && <CircularProgress aria-label={t('app.loading')} />
      )}
    </Page>
  );
}
