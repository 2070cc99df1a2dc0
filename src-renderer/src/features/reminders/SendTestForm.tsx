import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { sendTestInput } from '@shared/ipc/schemas/reminders';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useSendTest } from './api';

/** One message through the saved settings; the gateway's answer is shown as it came. */
export function SendTestForm() {
  const { t } = useTranslation();
  const send = useSendTest();
  const [to, setTo] = useState('');
  const [message, setMessage] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    const parsed = sendTestInput.safeParse({ to, ...(message.trim() ? { message } : {}) });
    setInvalid(!parsed.success);
    if (parsed.success) send.mutate(parsed.data);
  };

  const result = send.data;
  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label={t('reminders.gateway.testTitle')} sx={{ maxWidth: 640 }}>
      <Typography variant="body2" color="text.secondary">
        {t('reminders.gateway.testHelp')}
      </Typography>
      <Stack direction="row" spacing={2}>
        <TextField label={t('reminders.gateway.testTo')} value={to} onChange={(event) => setTo(event.target.value)} error={invalid} autoComplete="off" sx={{ width: 240 }} />
        <TextField label={t('reminders.gateway.testMessage')} value={message} onChange={(event) => setMessage(event.target.value)} autoComplete="off" sx={{ flex: 1 }} />
      </Stack>
      <ErrorAlert error={send.error} />
      {result && (
        <Alert severity={result.delivered ? 'success' : 'error'} role="status">
          {result.delivered
            ? t('reminders.gateway.testDelivered', { status: result.status ?? '', ms: result.durationMs })
            : t('reminders.gateway.testFailed', { ms: result.durationMs, error: result.error ?? '' })}
        </Alert>
      )}
      <Button type="submit" variant="outlined" disabled={send.isPending} sx={{ alignSelf: 'flex-start' }}>
        {t('reminders.gateway.testSend')}
      </Button>
    </Stack>
  );
}
