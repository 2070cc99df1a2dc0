import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { MetricsSettings } from '@shared/ipc/schemas/health';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useNotify } from '../../shell/useNotify';
import { useMetricsStatus, useUpdateMetrics } from './api';
import { HealthCard } from './HealthCard';

function parsePort(text: string): number | null {
  if (!/^\d{4,5}$/.test(text.trim())) return null;
  const port = Number(text.trim());
  return port >= 1024 && port <= 65535 ? port : null;
}

function MetricsForm({ initial, url }: { initial: MetricsSettings; url: string | null }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useUpdateMetrics();
  const [enabled, setEnabled] = useState(initial.enabled);
  const [portText, setPortText] = useState(String(initial.port));
  const port = parsePort(portText);

  const save = () => {
    if (port === null) return;
    update.mutate({ enabled, port }, { onSuccess: () => notify(t('health.metrics.saved')) });
  };

  return (
    <Stack spacing={1.5} component="form" onSubmit={(event) => (event.preventDefault(), save())}>
      <Typography color="text.secondary">{t('health.metrics.intro')}</Typography>
      <FormControlLabel control={<Switch checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />} label={t('health.metrics.enabled')} />
      <TextField
        label={t('health.metrics.port')}
        value={portText}
        onChange={(event) => setPortText(event.target.value)}
        error={port === null}
        helperText={port === null ? t('health.metrics.portInvalid') : t('health.metrics.portHelp')}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        sx={{ maxWidth: 220 }}
      />
      <Typography role="status">{url ? t('health.metrics.listening', { url }) : t('health.metrics.off')}</Typography>
      <ErrorAlert error={update.error} />
      <div>
        <Button type="submit" variant="contained" disabled={port === null || update.isPending}>
          {t('common.save')}
        </Button>
      </div>
    </Stack>
  );
}

/** Settings of the Prometheus endpoint: on/off and the port, with where it listens now. */
export function MetricsCard() {
  const { t } = useTranslation();
  const status = useMetricsStatus();
  return (
    <HealthCard title={t('health.metrics.title')} level={null}>
      <ErrorAlert error={status.error} />
      {status.data && <MetricsForm initial={status.data.settings} url={status.data.url} />}
    </HealthCard>
  );
}
