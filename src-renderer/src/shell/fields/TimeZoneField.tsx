import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { allTimeZones } from './zones';

interface TimeZoneFieldProps {
  label: string;
  value: string;
  onChange: (zone: string) => void;
  error?: boolean;
  helperText?: string;
  disabled?: boolean;
}

/** Type to search the IANA zones (Asia/Jakarta, Asia/Makassar...); the typed text is the value. */
export function TimeZoneField({ label, value, onChange, error, helperText, disabled }: TimeZoneFieldProps) {
  return (
    <Autocomplete
      freeSolo
      options={allTimeZones()}
      value={value}
      inputValue={value}
      onInputChange={(_event, text) => onChange(text)}
      onChange={(_event, zone) => onChange(zone ?? '')}
      disabled={disabled}
      renderInput={(params) => <TextField {...params} label={label} error={error} helperText={helperText} />}
    />
  );
}
