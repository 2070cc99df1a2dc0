import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerEntry } from '@shared/ipc/schemas/billing';
import { useOfficeFormat } from '../../shell/SessionContext';

/** Names an entry in questions and labels: "Invoice JKT1-2026-000001" or "Payment of Rp 50.000". */
export function useEntryTitle(): (entry: LedgerEntry) => string {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  return useCallback(
    (entry: LedgerEntry) => {
      const kind = t(`billing.kinds.${entry.kind}`);
      if (entry.number) return t('billing.ledger.titleWithNumber', { kind, number: entry.number });
      return t('billing.ledger.titleWithAmount', { kind, amount: format.money(Math.abs(entry.amountMinor)) });
    },
    [t, format],
  );
}
