import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { templateSettingsSchema, type TemplateSettings } from '@shared/ipc/schemas/voucher-print';
import { usePrintPreview } from '../../../api/voucherPrint';
import { ErrorAlert } from '../../../shell/ErrorAlert';
import { useDebounced } from '../useDebounced';
import { CardPreview } from './CardPreview';

/** Re-laid out by main ~200 ms after the last change; settings that do not pass the schema keep the last picture. */
export function LivePreview({ settings, batchId }: { settings: TemplateSettings; batchId: string | null }) {
  const { t } = useTranslation();
  const settled = useDebounced(settings, 200);
  const valid = templateSettingsSchema.safeParse(settled).success ? settled : null;
  const preview = usePrintPreview(valid, batchId);
  return (
    <Stack spacing={1} component="section" aria-label={t('vouchers.print.preview')}>
      <Typography variant="h2" sx={{ fontSize: 16 }}>
        {t('vouchers.print.preview')}
      </Typography>
      {preview.data ? (
        <>
          <CardPreview preview={preview.data} logoPngBase64={settings.logoPngBase64} stale={preview.isPlaceholderData || settled !== settings} />
          <Typography variant="body2" color="text.secondary">
            {t('vouchers.print.perPage', { cards: preview.data.page.cardsPerPage })}
          </Typography>
          {preview.data.warnings.map((warning) => (
            <Alert key={warning} severity="warning">
              {warning}
            </Alert>
          ))}
        </>
      ) : preview.isError ? null : (
        <CircularProgress aria-label={t('app.loading')} />
      )}
      <ErrorAlert error={preview.error} />
    </Stack>
  );
}
