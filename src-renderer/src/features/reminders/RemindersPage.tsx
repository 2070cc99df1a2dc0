import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import SendIcon from '@mui/icons-material/Send';
import { ConfirmDialog } from '../../shell/ConfirmDialog';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { Page } from '../../shell/Page';
import { canCall } from '../../shell/permissions';
import { useSession } from '../../shell/SessionContext';
import { useNotify } from '../../shell/useNotify';
import { useEnqueueNow, useReminderSettings } from './api';
import { GatewaySettingsForm } from './GatewaySettingsForm';
import { OutboxSection } from './OutboxSection';
import { SendTestForm } from './SendTestForm';
import { TemplatesSection } from './TemplatesSection';

type ReminderTab = 'outbox' | 'templates' | 'gateway';

/**
 * Billing reminders: the outbox (cashiers see it too), and for managers and owners the templates, the
 * gateway settings with a test message, and "Enqueue now".
 */
export function RemindersPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const admin = canCall(role, 'reminders.settings.get');
  const tabs: ReminderTab[] = admin ? ['outbox', 'templates', 'gateway'] : ['outbox'];
  const [tab, setTab] = useState<ReminderTab>('outbox');
  const baseId = useId();
  const settings = useReminderSettings(admin);

  return (
    <Page title={t('reminders.title')} actions={admin ? <EnqueueButton /> : undefined}>
      <Stack spacing={2}>
        {settings.data && !settings.data.enabled && <Alert severity="info">{t('reminders.disabledNotice')}</Alert>}
        <Tabs value={tab} onChange={(_event, value: ReminderTab) => setTab(value)} aria-label={t('reminders.tabs.label')}>
          {tabs.map((name) => (
            <Tab key={name} value={name} label={t(`reminders.tabs.${name}`)} id={`${baseId}-tab-${name}`} aria-controls={`${baseId}-panel-${name}`} />
          ))}
        </Tabs>
        <TabPanel id={`${baseId}-panel-${tab}`} labelledBy={`${baseId}-tab-${tab}`}>
          {tab === 'outbox' && <OutboxSection />}
          {tab === 'templates' && <TemplatesSection />}
          {tab === 'gateway' && <GatewaySection />}
        </TabPanel>
      </Stack>
    </Page>
  );
}

function TabPanel({ id, labelledBy, children }: { id: string; labelledBy: string; children: ReactNode }) {
  return (
    <Box role="tabpanel" id={id} aria-labelledby={labelledBy}>
      {children}
    </Box>
  );
}

function GatewaySection() {
  const { t } = useTranslation();
  const settings = useReminderSettings();
  return (
    <Stack spacing={3}>
      <Paper variant="outlined" sx={{ p: 2.5 }}>
        {settings.data ? (
          // Re-keyed by the saved settings: after a save the form starts from what is stored.
          <GatewaySettingsForm key={JSON.stringify(settings.data)} settings={settings.data} />
        ) : settings.isError ? (
          <ErrorAlert error={settings.error} />
        ) : (
          <CircularProgress aria-label={t('app.loading')} />
        )}
      </Paper>
      <Paper variant="outlined" component="section" aria-labelledby="reminders-test-title" sx={{ p: 2.5 }}>
        <Typography variant="h2" id="reminders-test-title" sx={{ mb: 2 }}>
          {t('reminders.gateway.testTitle')}
        </Typography>
        <SendTestForm />
      </Paper>
    </Stack>
  );
}

function EnqueueButton() {
  const { t } = useTranslation();
  const notify = useNotify();
  const enqueue = useEnqueueNow();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button variant="contained" startIcon={<SendIcon />} onClick={() => setConfirming(true)} disabled={enqueue.isPending}>
        {t('reminders.enqueueNow')}
      </Button>
      {confirming && (
        <ConfirmDialog
          title={t('reminders.enqueueConfirm')}
          body={t('reminders.enqueueConfirmBody')}
          confirmLabel={t('reminders.enqueueNow')}
          destructive={false}
          pending={enqueue.isPending}
          error={enqueue.error}
          onConfirm={() =>
            enqueue.mutate(undefined, {
              onSuccess: (result) => {
                const count = result.created.due_soon + result.created.overdue + result.created.suspended;
                notify(t('reminders.enqueued', { count, skipped: result.skippedNoPhone }));
                setConfirming(false);
              },
            })
          }
          onClose={() => setConfirming(false)}
        />
      )}
    </>
  );
}
