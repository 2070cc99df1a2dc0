import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CableIcon from '@mui/icons-material/Cable';
import { useTestConnection } from '../../../api/routers';
import { ErrorAlert } from '../../../shell/ErrorAlert';
import { TestConnectionResult } from '../TestConnectionResult';

/** Opens a fresh connection with the saved settings and shows what the router answered. */
export function TestConnectionButton({ routerId }: { routerId: string }) {
  const { t } = useTranslation();
  const test = useTestConnection();
  return (
    <>
      <Button size="small" startIcon={<CableIcon />} onClick={() => test.mutate(routerId)} disabled={test.isPending}>
        {test.isPending ? t('routers.test.running') : t('routers.test.button')}
      </Button>
      {(test.data || test.error) && (
        <Box sx={{ flexBasis: '100%' }}>
          <ErrorAlert error={test.error} />
          {test.data && <TestConnectionResult outcome={test.data} />}
        </Box>
      )}
    </>
  );
}
