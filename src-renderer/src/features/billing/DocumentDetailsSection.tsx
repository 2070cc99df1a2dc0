import { useTranslation } from 'react-i18next';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useDocumentDetails } from '../../api/billingDocuments';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { canCall } from '../../shell/permissions';
import { useSession } from '../../shell/SessionContext';
import { DocumentDetailsForm } from './DocumentDetailsForm';

/** The office details printed on documents: everyone at the desk sees them, managers and owners edit them. */
export function DocumentDetailsSection() {
  const { t } = useTranslation();
  const { role } = useSession();
  const details = useDocumentDetails();
  return (
    <Paper variant="outlined" component="section" aria-labelledby="document-details-title" sx={{ p: 2.5 }}>
      <Typography variant="h2" id="document-details-title" sx={{ mb: 2 }}>
        {t('billingDocuments.details.title')}
      </Typography>
      {details.data ? (
        <DocumentDetailsForm key={JSON.stringify(details.data)} details={details.data} editable={canCall(role, 'billing.documents.details.update')} />
      ) : details.isError ? (
        <ErrorAlert error={details.error} />
      ) : (
        <CircularProgress aria-label={t('app.loading')} />
      )}
    </Paper>
  );
}
