import { useTranslation } from 'react-i18next';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { Role } from '@shared/domain/roles';

interface RoleSelectProps {
  value: Role;
  roles: readonly Role[];
  onChange: (role: Role) => void;
  disabled?: boolean;
}

export function RoleSelect({ value, roles, onChange, disabled }: RoleSelectProps) {
  const { t } = useTranslation();
  const options = roles.includes(value) ? roles : [value, ...roles];
  return (
    <TextField
      select
      label={t('operators.role')}
      value={value}
      disabled={disabled}
      onChange={(event) => {
        const role = options.find((candidate) => candidate === event.target.value);
        if (role) onChange(role);
      }}
    >
      {options.map((role) => (
        <MenuItem key={role} value={role} disabled={!roles.includes(role)}>
          {t(`roles.${role}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
