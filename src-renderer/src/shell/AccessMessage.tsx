import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { Page } from './Page';
import { hrefFor } from './router';
import { HOME_PATH } from './homePage';

/** Shown when someone types the address of a page their role may not use, or one that does not exist. */
export function AccessMessage({ kind }: { kind: 'forbidden' | 'notFound' }) {
  const { t } = useTranslation();
  const forbidden = kind === 'forbidden';
  return (
    <Page title={forbidden ? t('access.noAccessTitle') : t('access.notFoundTitle')}>
      <Alert
        severity={forbidden ? 'warning' : 'info'}
        action={
          <Button color="inherit" size="small" href={hrefFor(HOME_PATH)}>
            {t('access.goHome')}
          </Button>
        }
      >
        <AlertTitle>{forbidden ? t('access.noAccess') : t('access.notFound')}</AlertTitle>
        {forbidden ? t('access.noAccessHint') : null}
      </Alert>
    </Page>
  );
}
