import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import VerifiedIcon from '@mui/icons-material/Verified';
import { useVerifyAudit } from '../../api/audit';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';

/** Re-computes the hash chain of the audit log in the main process and says whether it is intact. */
export function VerifyChainButton({ verify }: { verify: ReturnType<typeof useVerifyAudit> }) {
  const { t } = useTranslation();
  return (
    <Button variant="outlined" startIcon={<VerifiedIcon />} onClick={() => verify.mutate()} disabled={verify.isPending}>
      {verify.isPending ? t('audit.verifying') : t('audit.verify')}
    </Button>
  );
}

export function VerifyChainResult({ verify }: { verify: ReturnType<typeof useVerifyAudit> }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  if (verify.isError) return <ErrorAlert error={verify.error} />;
  const result = verify.data;
  if (!result) return null;
  return (
    <Stack sx={{ mb: 2 }}>
      {result.ok ? (
        <Alert severity="success" role="status" onClose={() => verify.reset()}>
          {t('audit.intact', { n: format.count(result.checked) })}
        </Alert>
      ) : (
        <Alert severity="error" onClose={() => verify.reset()}>
          {t('audit.broken', { seq: result.firstBrokenSeq === null ? '?' : format.count(result.firstBrokenSeq) })}{' '}
          {t('audit.brokenHint')}
        </Alert>
      )}
    </Stack>
  );
}
