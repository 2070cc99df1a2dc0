import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { addDays, dateInZone } from '@shared/domain/civil-date';
import { Page } from '../../shell/Page';
import { canCall } from '../../shell/permissions';
import { useOffice, useSession } from '../../shell/SessionContext';
import { SalesPanel } from './SalesPanel';
import { StockPanel } from './StockPanel';
import { AgingPanel } from './AgingPanel';
import { ChurnPanel } from './ChurnPanel';
import { presetRange, type DateRange } from './presets';

type ReportTab = 'sales' | 'stock' | 'aging' | 'churn';

/** Reports: sales, voucher stock, and for owners and managers receivables aging and churn. */
export function ReportsPage() {
  const { t } = useTranslation();
  const office = useOffice();
  const { role } = useSession();
  const today = useMemo(() => dateInZone(Date.now(), office.timeZone), [office.timeZone]);
  const [tab, setTab] = useState<ReportTab>('sales');
  const [range, setRange] = useState<DateRange>(() => presetRange('thisMonth', today));
  const [churnRange, setChurnRange] = useState({ from: `${addDays(today, -365).slice(0, 7)}-01`, to: today });
  const tabs: ReportTab[] = ['sales', 'stock', ...(canCall(role, 'reports.aging') ? (['aging', 'churn'] as const) : [])];

  return (
    <Page title={t('reports.title')}>
      <Tabs value={tab} onChange={(_event, value: ReportTab) => setTab(value)} aria-label={t('reports.tabs.label')} sx={{ mb: 2 }}>
        {tabs.map((key) => (
          <Tab key={key} value={key} label={t(`reports.tabs.${key}`)} id={`reports-tab-${key}`} aria-controls="reports-panel" />
        ))}
      </Tabs>
      <Box role="tabpanel" id="reports-panel" aria-labelledby={`reports-tab-${tab}`}>
        {tab === 'sales' && <SalesPanel range={range} today={today} onRange={setRange} />}
        {tab === 'stock' && <StockPanel />}
        {tab === 'aging' && <AgingPanel today={today} />}
        {tab === 'churn' && <ChurnPanel from={churnRange.from} to={churnRange.to} onRange={(from, to) => setChurnRange({ from, to })} />}
      </Box>
    </Page>
  );
}
