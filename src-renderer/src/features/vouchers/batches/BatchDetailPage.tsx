import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { isApiError } from '../../../api/errors';
import { useBatch } from '../../../api/vouchers';
import { ErrorAlert } from '../../../shell/ErrorAlert';
import { Page } from '../../../shell/Page';
import { hrefFor } from '../../../shell/router';
import { canCall } from '../../../shell/permissions';
import { useOfficeFormat, useSession } from '../../../shell/SessionContext';
import { BATCHES_PATH } from '../paths';
import { useRouterNames } from '../useRouterNames';
import { BatchActions } from './BatchActions';
import { BatchSummary } from './BatchSummary';
import { RefreshUsageButton } from './RefreshUsageButton';
import { batchTitle } from './batchTitle';
import { VouchersGrid } from './VouchersGrid';

/** One batch: counts and usage, its actions, and the paged grid of its vouchers. */
export function BatchDetailPage({ batchId }: { batchId: string }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const routers = useRouterNames();
  const detail = useBatch(batchId);
  const { role } = useSession();

  if (!detail.data) {
    if (isApiError(detail.error, 'NOT_FOUND')) {
      return (
        <Page title={t('vouchers.batches.missingTitle')}>
          <Alert
            severity="info"
            action={
              <Button color="inherit" size="small" href={hrefFor(BATCHES_PATH)}>
                {t('vouchers.batches.back')}
              </Button>
            }
          >
            {t('vouchers.batches.missing')}
          </Alert>
        </Page>
      );
    }
    return detail.isError ? <ErrorAlert error={detail.error} /> : <CircularProgress aria-label={t('app.loading')} />;
  }

  const { batch } = detail.data;
  const title = batchTitle(batch, format, t('vouchers.batches.imported'));
  return (
    <Page title={title}>
      <Stack spacing={2}>
        <Typography color="text.secondary">
          {t('vouchers.batches.subtitle', {
            router: routers.names.get(batch.routerId) ?? batch.routerId,
            formatted: format.count(batch.voucherCount),
            shape: batch.codeLength ? t('vouchers.batches.shape', { length: batch.codeLength, charset: batch.charset ?? '', prefix: batch.prefix ?? '' }) : '',
          })}
          {batch.note && ` · ${batch.note}`}
        </Typography>
        <BatchActions detail={detail.data} title={title} />
        <BatchSummary detail={detail.data} />
        {canCall(role, 'vouchers.usage.refresh') && <RefreshUsageButton routerId={batch.routerId} />}
        <VouchersGrid batchId={batch.id} showPassword={batch.userMode === 'up'} />
      </Stack>
    </Page>
  );
}
