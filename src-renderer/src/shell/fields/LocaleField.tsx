import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { LOCALE_OPTIONS, localeLabel } from './locales';

interface LocaleFieldProps {
  label: string;
  value: string;
  onChange: (locale: string) => void;
  helperText?: string;
  disabled?: boolean;
}

/** Pick list of office locales; a stored locale outside the list is still shown and kept. */
export function LocaleField({ label, value, onChange, helperText, disabled }: LocaleFieldProps) {
  const options: readonly string[] = (LOCALE_OPTIONS as readonly string[]).includes(value)
    ? LOCALE_OPTIONS
    : [value, ...LOCALE_OPTIONS];
  return (
    <TextField
      select
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      helperText={helperText}
      disabled={disabled}
    >
      {options.map((locale) => (
        <MenuItem key={locale} value={locale}>
          {localeLabel(locale)}
        </MenuItem>
      ))}
    </TextField>
  );
}
