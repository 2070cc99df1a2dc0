import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { cardLabelsSchema, loginUrlSchema, type TemplateSettings } from '@shared/ipc/schemas/voucher-print';

type Labels = TemplateSettings['labels'];
const LABEL_NAMES: readonly (keyof Labels)[] = ['code', 'password', 'serial'];

/** The words printed next to code, password and serial, and the login page the QR opens. */
export function TextFields({ settings, onChange }: { settings: TemplateSettings; onChange: (settings: TemplateSettings) => void }) {
  const { t } = useTranslation();
  const urlOk = loginUrlSchema.safeParse(settings.loginUrl).success;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1}>
        {LABEL_NAMES.map((name) => {
          const ok = cardLabelsSchema.shape[name].safeParse(settings.labels[name]).success;
          return (
            <TextField
              key={name}
              size="small"
              label={t(`vouchers.print.editor.labels.${name}`)}
              value={settings.labels[name]}
              error={!ok}
              helperText={ok ? undefined : t('vouchers.print.editor.labelInvalid')}
              onChange={(event) => onChange({ ...settings, labels: { ...settings.labels, [name]: event.target.value } })}
              slotProps={{ htmlInput: { maxLength: 24 } }}
            />
          );
        })}
      </Stack>
      <TextField
        size="small"
        label={t('vouchers.print.editor.loginUrl')}
        value={settings.loginUrl}
        error={!urlOk}
        helperText={urlOk ? t('vouchers.print.editor.loginUrlHelp') : t('vouchers.print.editor.loginUrlInvalid')}
        onChange={(event) => onChange({ ...settings, loginUrl: event.target.value })}
      />
    </Stack>
  );
}
