import TextField from '@mui/material/TextField';

/** A `YYYY-MM-DD` office date; the browser's date input keeps that format as its value. */
export function DateField({ label, value, onChange }: { label: string; value: string; onChange: (value: string) => void }) {
  return (
    <TextField
      label={label}
      type="date"
      size="small"
      value={value}
      onChange={(event) => {
        if (event.target.value !== '') onChange(event.target.value);
      }}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
}
