import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { routerWords } from './routerError';

/** The app's error alert for router calls: a router refusal (CONFLICT) quotes the router's own message. */
export function RouterErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return <ErrorAlert error={error} messages={{ CONFLICT: t('routers.errors.routerSaid', { message: routerWords(error) }) }} />;
}
