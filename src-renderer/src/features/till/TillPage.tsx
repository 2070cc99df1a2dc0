import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { Shift } from '@shared/ipc/schemas/till';
import { useCurrentShift, useLastClosedShift, useReceiptHistory } from '../../api/till';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { Page } from '../../shell/Page';
import { useSession } from '../../shell/SessionContext';
import { ClosedShiftCard } from './ClosedShiftCard';
import { CloseShiftDialog } from './CloseShiftDialog';
import { CollectPanel } from './CollectPanel';
import { HistoryPanel } from './HistoryPanel';
import { useReceiptOutput, type LastReceipt } from './lastReceipt';
import { OpenShiftForm } from './OpenShiftForm';
import { usePaper } from './paper';
import { ReceiptPanel } from './ReceiptPanel';
import { useReceiptPrinter } from './receiptPrinter';
import { SellPanel } from './SellPanel';
import { ShiftBar } from './ShiftBar';
import { useTillKeys } from './useTillKeys';

type TillTab = 'sell' | 'collect' | 'history';
const TABS: readonly TillTab[] = ['sell', 'collect', 'history'];

/** No open shift: the last closed one (with its Z-report) and the form to open the next. */
function NoShift({ operatorId }: { operatorId: string }) {
  const last = useLastClosedShift(operatorId);
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
      <OpenShiftForm />
      <ErrorAlert error={last.error} />
      {last.data && <ClosedShiftCard shift={last.data} />}
    </Stack>
  );
}

function TabPanel({ id, labelledBy, active, children }: { id: string; labelledBy: string; active: boolean; children: ReactNode }) {
  // Panels stay mounted while hidden: the cart and a chosen customer survive a look at the history.
  return (
    <Box role="tabpanel" id={id} aria-labelledby={labelledBy} hidden={!active}>
      {children}
    </Box>
  );
}

/** The open shift's desk: shift bar, sell / collect / receipts tabs, and the last receipt beside them. */
function ShiftDesk({ shift }: { shift: Shift }) {
  const { t } = useTranslation();
  const baseId = useId();
  const [tab, setTab] = useState<TillTab>('sell');
  const [closing, setClosing] = useState(false);
  const [last, setLast] = useState<LastReceipt | null>(null);
  const [paper, setPaper] = usePaper();
  const receipts = useReceiptHistory(shift.id);
  const [printer, setPrinter] = useReceiptPrinter();
  const output = useReceiptOutput(paper, printer);

  useTillKeys(
    {
      'Alt+S': () => setTab('sell'),
      'Alt+C': () => setTab('collect'),
      'Alt+R': () => setTab('history'),
      'Alt+Q': () => setClosing(true),
      'Alt+P': () => last && output.output(last.receiptId, 'print'),
      'Alt+D': () => last && output.output(last.receiptId, 'download'),
    },
    !closing,
  );

  return (
    <Stack spacing={2}>
      <ShiftBar shift={shift} receipts={receipts.data?.length} onClose={() => setClosing(true)} />
      <Tabs value={tab} onChange={(_event, value: TillTab) => setTab(value)} aria-label={t('till.tabs.label')}>
        {TABS.map((name) => (
          <Tab key={name} value={name} label={t(`till.tabs.${name}`)} id={`${baseId}-tab-${name}`} aria-controls={`${baseId}-panel-${name}`} />
        ))}
      </Tabs>
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Box sx={{ flex: 2, minWidth: 0, width: '100%' }}>
          <TabPanel id={`${baseId}-panel-sell`} labelledBy={`${baseId}-tab-sell`} active={tab === 'sell'}>
            <SellPanel active={tab === 'sell' && !closing} onSold={setLast} />
          </TabPanel>
          <TabPanel id={`${baseId}-panel-collect`} labelledBy={`${baseId}-tab-collect`} active={tab === 'collect'}>
            <CollectPanel active={tab === 'collect' && !closing} onPaid={setLast} />
          </TabPanel>
          <TabPanel id={`${baseId}-panel-history`} labelledBy={`${baseId}-tab-history`} active={tab === 'history'}>
            {tab === 'history' && <HistoryPanel shiftId={shift.id} paper={paper} printer={printer} />}
          </TabPanel>
        </Box>
        <Box sx={{ flex: 1, minWidth: 300, width: '100%' }}>
          <ReceiptPanel receipt={last} paper={paper} onPaper={setPaper} onOutput={output.output} pending={output.pending} error={output.error} printer={printer} onPrinter={setPrinter} sent={output.sent} />
        </Box>
      </Stack>
      {closing && <CloseShiftDialog shift={shift} onClose={() => setClosing(false)} />}
    </Stack>
  );
}

/**
 * The cashier's screen (issue 6), keyboard first: every action has a key shown on its button. See
 * docs/decisions/0012-till.md for what the core does behind each call.
 */
export function TillPage() {
  const { t } = useTranslation();
  const session = useSession();
  const shift = useCurrentShift();
  return (
    <Page title={t('till.title')}>
      <ErrorAlert error={shift.error} />
      {shift.isPending ? (
        <CircularProgress aria-label={t('app.loading')} />
      ) : shift.data ? (
        <ShiftDesk key={shift.data.id} shift={shift.data} />
      ) : (
        <NoShift operatorId={session.operatorId} />
      )}
    </Page>
  );
}
