import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import type { CustomerImportPreview, CustomerImportResult } from '@shared/ipc/schemas/customer-import';
import { useOfficeFormat } from '../../../shell/SessionContext';

/** The preview's totals, rows with warnings and columns main ignored. */
export function PreviewTotals({ preview }: { preview: CustomerImportPreview }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const { totals } = preview;
  return (
    <Stack spacing={1}>
      <Alert severity={totals.bad > 0 ? 'warning' : 'success'} role="status" aria-label={t('customerImport.stepPreview')}>
        {t('customerImport.totals', {
          rows: format.count(totals.rows),
          good: format.count(totals.good),
          bad: format.count(totals.bad),
          subscriptions: format.count(totals.subscriptions),
        })}
      </Alert>
      {totals.warnings > 0 && <Alert severity="info">{t('customerImport.warnings', { count: totals.warnings })}</Alert>}
      {preview.unknownColumns.length > 0 && <Alert severity="info">{t('customerImport.unknownColumns', { columns: preview.unknownColumns.join(', ') })}</Alert>}
    </Stack>
  );
}

/** What the commit wrote, and the lines it skipped. */
export function ImportResultSummary({ result }: { result: CustomerImportResult }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  return (
    <Stack spacing={1}>
      <Alert severity="success" role="status" aria-label={t('customerImport.stepResult')}>
        {t('customerImport.result.done', {
          customers: format.count(result.imported.customers),
          subscriptions: format.count(result.imported.subscriptions),
        })}
      </Alert>
      {result.skipped.length > 0 && (
        <Alert severity="warning">{t('customerImport.result.skipped', { lines: skippedLines(result) })}</Alert>
      )}
      {result.imported.subscriptions > 0 && <Alert severity="info">{t('customerImport.result.secrets')}</Alert>}
    </Stack>
  );
}

/** The first lines skipped (a file of thousands of bad rows would otherwise fill the dialog). */
function skippedLines(result: CustomerImportResult): string {
  const shown = result.skipped.slice(0, 50).map((row) => row.row);
  return `${shown.join(', ')}${result.skipped.length > shown.length ? ', …' : ''}`;
}
