import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { Amount } from '../units';

interface AmountFieldProps<U extends string> {
  label: string;
  unitLabel: string;
  value: Amount<U>;
  units: readonly { value: U; label: string }[];
  onChange: (value: Amount<U>) => void;
  error: boolean;
  helperText: string;
}

/** A whole number and its unit (7 days, 5 GB): two labelled controls side by side. */
export function AmountField<U extends string>({ label, unitLabel, value, units, onChange, error, helperText }: AmountFieldProps<U>) {
  return (
    <Stack direction="row" spacing={1} sx={{ flex: 1 }}>
      <TextField
        label={label}
        value={value.amount}
        onChange={(event) => onChange({ ...value, amount: event.target.value })}
        error={error}
        helperText={helperText}
        autoComplete="off"
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        sx={{ flex: 1 }}
      />
      <TextField
        select
        label={unitLabel}
        value={value.unit}
        onChange={(event) => onChange({ ...value, unit: event.target.value as U })}
        sx={{ width: 120 }}
      >
        {units.map((unit) => (
          <MenuItem key={unit.value} value={unit.value}>
            {unit.label}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
