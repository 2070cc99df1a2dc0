import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';

interface CurrencyFieldProps {
  label: string;
  value: string;
  onChange: (code: string) => void;
  error?: boolean;
  helperText?: string;
}

let cachedCodes: readonly string[] | null = null;
function currencyCodes(): readonly string[] {
  cachedCodes ??= Intl.supportedValuesOf('currency');
  return cachedCodes;
}

function currencyName(code: string): string {
  try {
    return new Intl.DisplayNames([navigator.language, 'en'], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const filter = createFilterOptions<string>({ stringify: (code) => `${code} ${currencyName(code)}` });

/** ISO 4217 code, searchable by code or name ("rupiah"); typing a code directly works too. */
export function CurrencyField({ label, value, onChange, error, helperText }: CurrencyFieldProps) {
  return (
    <Autocomplete
      freeSolo
      fullWidth
      sx={{ flexGrow: 1 }}
      options={currencyCodes()}
      filterOptions={filter}
      value={value}
      inputValue={value}
      onInputChange={(_event, text) => onChange(text.trim().toUpperCase())}
      onChange={(_event, code) => onChange((code ?? '').toUpperCase())}
      renderOption={(props, code) => {
        const { key, ...rest } = props;
        return (
          <li key={key} {...rest}>
            {code} · {currencyName(code)}
          </li>
        );
      }}
      renderInput={(params) => <TextField {...params} label={label} error={error} helperText={helperText} />}
    />
  );
}
