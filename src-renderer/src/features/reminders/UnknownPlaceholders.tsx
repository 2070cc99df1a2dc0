import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';

/** Shown while the typed text uses placeholders the app does not know (saving would be refused). */
export function UnknownPlaceholders({ names }: { names: readonly string[] }) {
  const { t } = useTranslation();
  if (names.length === 0) return null;
  return <Alert severity="warning">{t('reminders.templates.unknown', { names: names.map((name) => `{${name}}`).join(', ') })}</Alert>;
}
