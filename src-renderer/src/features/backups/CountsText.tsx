import { useTranslation } from 'react-i18next';
import type { BackupCounts } from '@shared/ipc/schemas/backups';
import { useOfficeFormat } from '../../shell/SessionContext';

/** "12 customers, 300 vouchers, …" for a backup's row counts (a table the backup lacks counts as 0). */
export function CountsText({ counts }: { counts: BackupCounts | null }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  if (!counts) return <>—</>;
  const n = (value: number | null) => format.count(value ?? 0);
  return (
    <>
      {t('backups.counts', {
        customers: n(counts.customers),
        vouchers: n(counts.vouchers),
        ledger: n(counts.ledgerEntries),
        till: n(counts.tillEntries),
      })}
    </>
  );
}
