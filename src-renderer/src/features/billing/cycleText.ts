import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cycle } from '@shared/ipc/schemas/billing';

/** "Monthly on day 5" or "Every 30 days". */
export function useCycleText(): (cycle: Cycle) => string {
  const { t } = useTranslation();
  return useCallback(
    (cycle: Cycle) => (cycle.kind === 'monthly' ? t('billing.cycles.monthly', { day: cycle.billingDay }) : t('billing.cycles.days', { days: cycle.days })),
    [t],
  );
}
