import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { VoucherStatus } from '../../../api/vouchers';
import { VOUCHER_STATUSES } from './status';

const ANY = 'any';

interface VoucherFiltersProps {
  status: VoucherStatus | null;
  search: string;
  onStatus: (status: VoucherStatus | null) => void;
  onSearch: (search: string) => void;
}

/** Filters main applies (status, code prefix), so they work across all pages of a big batch. */
export function VoucherFilters({ status, search, onStatus, onSearch }: VoucherFiltersProps) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={2}>
      <TextField
        select
        size="small"
        label={t('vouchers.grid.statusFilter')}
        value={status ?? ANY}
        onChange={(event) => onStatus(event.target.value === ANY ? null : (event.target.value as VoucherStatus))}
        sx={{ minWidth: 180 }}
      >
        <MenuItem value={ANY}>{t('vouchers.grid.anyStatus')}</MenuItem>
        {VOUCHER_STATUSES.map((item) => (
          <MenuItem key={item} value={item}>
            {t(`vouchers.statuses.${item}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        type="search"
        label={t('vouchers.grid.search')}
        value={search}
        onChange={(event) => onSearch(event.target.value)}
        autoComplete="off"
        slotProps={{ htmlInput: { maxLength: 40 } }}
        sx={{ minWidth: 220 }}
      />
    </Stack>
  );
}
