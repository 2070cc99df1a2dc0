import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import CircularProgress from '@mui/material/CircularProgress';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { REMINDER_CHANNELS, REMINDER_KINDS, type ReminderChannel, type ReminderKind } from '@shared/ipc/schemas/reminders';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useReminderTemplates } from './api';
import { TemplateEditor } from './TemplateEditor';

/** Pick a reminder kind and channel, then edit its text with a live preview. */
export function TemplatesSection() {
  const { t } = useTranslation();
  const templates = useReminderTemplates();
  const [kind, setKind] = useState<ReminderKind>('due_soon');
  const [channel, setChannel] = useState<ReminderChannel>('whatsapp');
  const template = templates.data?.find((item) => item.kind === kind && item.channel === channel);

  return (
    <Stack spacing={2} component="section" aria-label={t('reminders.templates.label')}>
      <Stack direction="row" spacing={2}>
        <TextField
          select
          label={t('reminders.templates.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as ReminderKind)}
          sx={{ width: 220 }}
          fullWidth={false}
        >
          {REMINDER_KINDS.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`reminders.kinds.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={t('reminders.templates.channel')}
          value={channel}
          onChange={(event) => setChannel(event.target.value as ReminderChannel)}
          sx={{ width: 180 }}
          fullWidth={false}
        >
          {REMINDER_CHANNELS.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`reminders.channels.${value}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {template ? (
        // Re-keyed by the saved text: switching template or saving starts the editor from what is stored.
        <TemplateEditor key={`${template.kind}/${template.channel}/${template.updatedAt ?? 'default'}/${template.body}`} template={template} />
      ) : templates.isError ? (
        <ErrorAlert error={templates.error} />
      ) : (
        <CircularProgress aria-label={t('app.loading')} />
      )}
    </Stack>
  );
}
