import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { MESSAGE_PLACEHOLDERS, templateBodySchema, type ReminderTemplate } from '@shared/ipc/schemas/reminders';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useNotify } from '../../shell/useNotify';
import { useDebounced } from '../vouchers/useDebounced';
import { useResetTemplate, useSaveTemplate } from './api';
import { TemplatePreviewPanel } from './TemplatePreviewPanel';

/** The text of one template with clickable placeholders, a live preview, save and reset. */
export function TemplateEditor({ template }: { template: ReminderTemplate }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveTemplate();
  const reset = useResetTemplate();
  const [body, setBody] = useState(template.body);
  const [enabled, setEnabled] = useState(template.enabled);
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLTextAreaElement | null>(null);
  const previewBody = useDebounced(body, 300);
  const names = { kind: t(`reminders.kinds.${template.kind}`), channel: t(`reminders.channels.${template.channel}`) };

  const insert = (placeholder: string) => {
    const field = input.current;
    const token = `{${placeholder}}`;
    const start = field?.selectionStart ?? body.length;
    const end = field?.selectionEnd ?? body.length;
    setBody(body.slice(0, start) + token + body.slice(end));
    // Put the cursor after the inserted placeholder once React has updated the field.
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const parsed = templateBodySchema.safeParse(body);
    setInvalid(!parsed.success);
    if (!parsed.success) return;
    reset.reset();
    // The editor is re-keyed by the saved template, so use the promise (a mutate() callback would be dropped).
    save.mutateAsync({ kind: template.kind, channel: template.channel, body: parsed.data, enabled }).then(
      () => notify(t('reminders.templates.saved', names)),
      () => undefined,
    );
  };

  const restore = () => {
    save.reset();
    reset.mutateAsync({ kind: template.kind, channel: template.channel }).then(
      () => notify(t('reminders.templates.resetDone', names)),
      () => undefined,
    );
  };

  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={3} sx={{ alignItems: 'flex-start' }}>
      <Stack component="form" spacing={2} onSubmit={submit} noValidate sx={{ flex: 1, minWidth: 0, width: '100%' }}>
        <Typography variant="body2" color="text.secondary">
          {template.isDefault ? t('reminders.templates.builtIn') : t('reminders.templates.changed')}
        </Typography>
        <TextField
          label={t('reminders.templates.body')}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          multiline
          minRows={5}
          maxRows={14}
          inputRef={input}
          error={invalid}
          helperText={invalid ? t('reminders.templates.invalidBody') : t('reminders.templates.bodyHelp')}
          slotProps={{ htmlInput: { maxLength: 1000 } }}
        />
        <Stack direction="row" spacing={1} useFlexGap role="group" aria-label={t('reminders.templates.placeholders')} sx={{ flexWrap: 'wrap' }}>
          {MESSAGE_PLACEHOLDERS.map((name) => (
            <Chip key={name} size="small" variant="outlined" label={`{${name}}`} aria-label={t('reminders.templates.insert', { placeholder: `{${name}}` })} onClick={() => insert(name)} />
          ))}
        </Stack>
        <FormControlLabel control={<Switch checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />} label={t('reminders.templates.enabled')} />
        <ErrorAlert error={save.error ?? reset.error} />
        <Stack direction="row" spacing={2}>
          <Button type="submit" variant="contained" disabled={save.isPending}>
            {t('reminders.templates.save')}
          </Button>
          <Button onClick={restore} disabled={template.isDefault || reset.isPending}>
            {t('reminders.templates.reset')}
          </Button>
        </Stack>
      </Stack>
      <TemplatePreviewPanel kind={template.kind} channel={template.channel} body={previewBody} />
    </Stack>
  );
}

