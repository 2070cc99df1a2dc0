import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Shift } from '@shared/ipc/schemas/till';
import { useOfficeFormat } from '../../shell/SessionContext';
import { METHODS } from './tenders';

/** The open shift at a glance: whose, since when, what each method should hold now; close it from here. */
export function ShiftBar({ shift, receipts, onClose }: { shift: Shift; receipts: number | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  return (
    <Paper variant="outlined" component="section" aria-label={t('till.bar.label')} sx={{ p: 1.5 }}>
      <Stack direction="row" spacing={3} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography sx={{ fontWeight: 600 }}>{t('till.bar.since', { name: shift.operatorName, time: format.instant(shift.openedAt) })}</Typography>
        {METHODS.map((method) => {
          const label = t('till.bar.expected', { method: t(`till.methods.${method}`) });
          return (
            <Stack key={method} role="status" aria-label={label}>
              <Typography variant="caption" color="text.secondary">
                {label}
              </Typography>
              <Typography>{format.money(shift.expected[method])}</Typography>
            </Stack>
          );
        })}
        {receipts !== undefined && (
          <Stack>
            <Typography variant="caption" color="text.secondary">
              {t('till.bar.receipts')}
            </Typography>
            <Typography>{format.count(receipts)}</Typography>
          </Stack>
        )}
        <Stack sx={{ flexGrow: 1 }} />
        <Button variant="outlined" onClick={onClose}>
          {t('till.bar.close')}
        </Button>
      </Stack>
    </Paper>
  );
}
