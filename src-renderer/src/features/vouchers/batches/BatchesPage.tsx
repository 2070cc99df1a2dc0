import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import type { GridPaginationModel } from '@mui/x-data-grid';
import { useBatches, usePlans } from '../../../api/vouchers';
import { ErrorAlert } from '../../../shell/ErrorAlert';
import { Page } from '../../../shell/Page';
import { canCall } from '../../../shell/permissions';
import { useSession } from '../../../shell/SessionContext';
import { GenerateDialog } from '../generate/GenerateDialog';
import { RouterFilter } from '../RouterFilter';
import { useRouterNames } from '../useRouterNames';
import { BATCH_PAGE_SIZES, BatchesTable, type BatchRow } from './BatchesTable';

/** Every batch, newest first, with its lifecycle counts; admins generate new ones from here too. */
export function BatchesPage() {
  const { t } = useTranslation();
  const { role } = useSession();
  const routers = useRouterNames();
  const [routerId, setRouterId] = useState<string | null>(null);
  const [page, setPage] = useState<GridPaginationModel>({ page: 0, pageSize: BATCH_PAGE_SIZES[0] ?? 25 });
  const batches = useBatches({ ...(routerId ? { routerId } : {}), offset: page.page * page.pageSize, limit: page.pageSize });
  const plans = usePlans(null);
  const [generating, setGenerating] = useState(false);
  const mayGenerate = canCall(role, 'vouchers.generate');
  const rows: BatchRow[] = batches.data?.batches ?? [];

  const changeRouter = (next: string | null) => {
    setRouterId(next);
    setPage((old) => ({ ...old, page: 0 }));
  };

  return (
    <Page
      title={t('vouchers.batches.title')}
      actions={
        mayGenerate && (
          <Button variant="contained" startIcon={<PlaylistAddIcon />} onClick={() => setGenerating(true)} disabled={!plans.data?.length}>
            {t('vouchers.generate.open')}
          </Button>
        )
      }
    >
      <Stack spacing={2}>
        <RouterFilter routers={routers.list} value={routerId} onChange={changeRouter} />
        <ErrorAlert error={batches.error} />
        <BatchesTable
          rows={rows}
          total={batches.data?.total ?? 0}
          loading={batches.isFetching}
          paginationModel={page}
          onPaginationModelChange={setPage}
          routerNames={routers.names}
        />
      </Stack>
      {generating && <GenerateDialog plans={plans.data ?? []} initialPlanId={null} onClose={() => setGenerating(false)} />}
    </Page>
  );
}
