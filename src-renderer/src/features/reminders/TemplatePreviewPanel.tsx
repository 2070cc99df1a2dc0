import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReminderChannel, ReminderKind } from '@shared/ipc/schemas/reminders';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useTemplatePreview } from './api';
import { UnknownPlaceholders } from './UnknownPlaceholders';

/** The message as a sample customer would get it, rendered by the main process, with its SMS length. */
export function TemplatePreviewPanel({ kind, channel, body }: { kind: ReminderKind; channel: ReminderChannel; body: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const preview = useTemplatePreview(kind, channel, body);

  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2, flex: 1, minWidth: 280, width: '100%' }}>
      <Typography variant="h3" id={headingId} sx={{ fontSize: 16, mb: 0.5 }}>
        {t('reminders.templates.preview')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('reminders.templates.previewSample')}
      </Typography>
      {preview.data && (
        <Stack spacing={1.5}>
          <Box
            role="status"
            aria-label={t('reminders.templates.previewLabel')}
            sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', bgcolor: 'action.hover', borderRadius: 2, p: 1.5, fontSize: 14 }}
          >
            {preview.data.text}
          </Box>
          <Typography variant="body2" color="text.secondary">
            {t('reminders.templates.smsParts', {
              characters: preview.data.characters,
              parts: preview.data.smsParts,
              encoding: preview.data.encoding === 'gsm7' ? 'GSM 7-bit' : 'Unicode (UCS-2)',
            })}
          </Typography>
          <UnknownPlaceholders names={preview.data.unknownPlaceholders} />
        </Stack>
      )}
      <ErrorAlert error={preview.error} />
    </Paper>
  );
}
