import { useTranslation } from 'react-i18next';
import CircularProgress from '@mui/material/CircularProgress';

/** The spinner other pages show while a query's first answer is on its way. */
export function Loading({ when }: { when: boolean }) {
  const { t } = useTranslation();
  return when ? <CircularProgress size={24} aria-label={t('app.loading')} /> : null;
}
