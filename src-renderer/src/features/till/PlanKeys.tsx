import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { TillPlan } from '@shared/ipc/schemas/till';
import { ErrorAlert } from '../../shell/ErrorAlert';
import { useOfficeFormat } from '../../shell/SessionContext';
import type { TillKey } from './useTillKeys';

/** One function key per plan button, in the order the buttons are shown. */
export const PLAN_KEYS: readonly TillKey[] = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8'];

interface PlanKeysProps {
  plans: readonly TillPlan[] | undefined;
  error: unknown;
  onPick: (index: number) => void;
}

/** The plan buttons: key, name, price and cards left; a plan beyond F8 is still a button (no key). */
export function PlanKeys({ plans, error, onPick }: PlanKeysProps) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  return (
    <Stack component="section" aria-label={t('till.sell.plans')} spacing={1} sx={{ flexGrow: 1 }}>
      <ErrorAlert error={error} />
      {plans?.length === 0 && <Typography color="text.secondary">{t('till.sell.noPlans')}</Typography>}
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {plans?.map((plan, index) => (
          <Button
            key={plan.id}
            variant="outlined"
            disabled={plan.available === 0 && !plan.onTheSpot}
            onClick={() => onPick(index)}
            sx={{ textTransform: 'none', justifyContent: 'flex-start' }}
          >
            {t('till.sell.plan', { key: PLAN_KEYS[index] ?? '', name: plan.name, price: format.money(plan.priceMinor), available: format.count(plan.available) }).trim()}
            {plan.onTheSpot ? ` ${t('till.sell.onTheSpot')}` : ''}
          </Button>
        ))}
      </Stack>
    </Stack>
  );
}
