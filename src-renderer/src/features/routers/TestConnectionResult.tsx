import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import type { ProcedureOutput } from '@shared/ipc/procedure';
import type { Contract } from '@shared/ipc/contract';
import { ApiCallError } from '../../api/errors';
import { RouterErrorAlert } from './RouterErrorAlert';

export type TestOutcome = ProcedureOutput<Contract['routers.testConnection']>;

/** What the router said: identity, version, board and uptime, or its own error message. */
export function TestConnectionResult({ outcome }: { outcome: TestOutcome }) {
  const { t } = useTranslation();
  if (!outcome.ok) {
    const error = new ApiCallError({ code: 'CONFLICT', message: outcome.message, details: { router: outcome.message, kind: outcome.code } });
    return <RouterErrorAlert error={error} />;
  }
  const rows: [string, string][] = [
    [t('routers.test.identity'), outcome.identity],
    [t('routers.test.version'), outcome.version],
    [t('routers.test.board'), outcome.board],
    [t('routers.test.uptime'), outcome.uptime],
  ];
  return (
    <Alert severity="success" role="status">
      <AlertTitle>{t('routers.test.ok')}</AlertTitle>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.25, m: 0 }}>
        {rows.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Box component="dt" sx={{ fontWeight: 600 }}>
              {label}
            </Box>
            <Box component="dd" sx={{ m: 0 }}>
              {value}
            </Box>
          </Box>
        ))}
      </Box>
    </Alert>
  );
}
