import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import RefreshIcon from '@mui/icons-material/Refresh';
import { useRefreshUsage } from '../../../api/vouchers';
import { useOfficeFormat } from '../../../shell/SessionContext';
import { RouterErrorAlert } from '../../routers/RouterErrorAlert';

/** Reads the batch's router now (first logins, time and bytes used, expiries) instead of waiting for the next read. */
export function RefreshUsageButton({ routerId }: { routerId: string }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const refresh = useRefreshUsage();
  const result = refresh.data;
  return (
    <Stack spacing={1}>
      <span>
        <Button startIcon={<RefreshIcon />} onClick={() => refresh.mutate(routerId)} disabled={refresh.isPending}>
          {refresh.isPending ? t('vouchers.usage.refreshing') : t('vouchers.usage.refresh')}
        </Button>
      </span>
      {result && (
        <Alert severity={result.missing > 0 ? 'warning' : 'success'} role="status">
          {t('vouchers.usage.refreshed', {
            read: format.count(result.read),
            firstLogins: format.count(result.firstLogins),
            expired: format.count(result.expired + result.endedByApp),
            missing: format.count(result.missing),
          })}
        </Alert>
      )}
      <RouterErrorAlert error={refresh.error} />
    </Stack>
  );
}
