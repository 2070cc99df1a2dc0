import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import { formatCountdown, type Throttle } from './useThrottle';

/** "Too many failed attempts. Try again in 0:42", updating live. */
export function ThrottleNotice({ throttle }: { throttle: Throttle }) {
  const { t } = useTranslation();
  if (!throttle.active) return null;
  return (
    <Alert severity="warning" role="alert">
      {t('login.throttled', { time: formatCountdown(throttle.remainingMs) })}
    </Alert>
  );
}
