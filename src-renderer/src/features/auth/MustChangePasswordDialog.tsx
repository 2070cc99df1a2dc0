import { useTranslation } from 'react-i18next';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { ChangePasswordForm } from './ChangePasswordForm';

/** Shown over the shell when the password was set by someone else; it cannot be dismissed. */
export function MustChangePasswordDialog() {
  const { t } = useTranslation();
  return (
    <Dialog open aria-labelledby="must-change-title" maxWidth="sm" fullWidth>
      <DialogTitle id="must-change-title">{t('mustChange.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('mustChange.body')}</DialogContentText>
        <ChangePasswordForm />
      </DialogContent>
    </Dialog>
  );
}
