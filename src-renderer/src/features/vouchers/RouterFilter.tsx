import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

const ALL = 'all';

interface RouterFilterProps {
  routers: readonly { id: string; name: string }[];
  value: string | null;
  onChange: (routerId: string | null) => void;
}

/** "All routers" or one router: the filter above the plans and batches lists. */
export function RouterFilter({ routers, value, onChange }: RouterFilterProps) {
  const { t } = useTranslation();
  return (
    <TextField
      select
      size="small"
      label={t('vouchers.routerFilter')}
      value={value ?? ALL}
      onChange={(event) => onChange(event.target.value === ALL ? null : event.target.value)}
      sx={{ minWidth: 220 }}
    >
      <MenuItem value={ALL}>{t('vouchers.allRouters')}</MenuItem>
      {routers.map((router) => (
        <MenuItem key={router.id} value={router.id}>
          {router.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
