import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { PublicLayout } from '../../shell/PublicLayout';

/** The status call itself failed (the main process is unreachable or broken). */
export function StartupError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <PublicLayout maxWidth={520}>
      <Stack spacing={2}>
        <Typography variant="h1">{t('app.startupFailed')}</Typography>
        <ErrorAlert error={error} />
        <div>
          <Button variant="contained" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        </div>
      </Stack>
    </PublicLayout>
  );
}
