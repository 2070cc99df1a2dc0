import { useEffect, useState } from 'react';
import TextField from '@mui/material/TextField';

interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Whole numbers only (columns, rows). */
  integer?: boolean;
  errorText: string;
  onChange: (value: number) => void;
}

/**
 * A number the template needs, typed as text: only values inside [min, max] reach the template, so the
 * preview never sees a half-typed "1" on its way to "12"; anything else is marked and kept local.
 */
export function NumberField({ label, value, min, max, integer = false, errorText, onChange }: NumberFieldProps) {
  const [text, setText] = useState(String(value));
  const parsed = text.trim() === '' ? Number.NaN : Number(text.replace(',', '.'));
  const ok = Number.isFinite(parsed) && parsed >= min && parsed <= max && (!integer || Number.isInteger(parsed));

  // A value changed from outside (another template picked) replaces what is typed.
  useEffect(() => {
    setText((old) => (Number(old.replace(',', '.')) === value ? old : String(value)));
  }, [value]);

  return (
    <TextField
      size="small"
      label={label}
      value={text}
      error={!ok}
      helperText={ok ? undefined : errorText}
      onChange={(event) => {
        setText(event.target.value);
        const next = Number(event.target.value.replace(',', '.'));
        if (event.target.value.trim() !== '' && Number.isFinite(next) && next >= min && next <= max && (!integer || Number.isInteger(next))) onChange(next);
      }}
      slotProps={{ htmlInput: { inputMode: 'decimal' } }}
      sx={{ width: 130 }}
    />
  );
}
