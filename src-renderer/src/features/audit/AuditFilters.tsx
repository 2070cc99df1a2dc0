import { useTranslation } from 'react-i18next';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { contract, PROCEDURE_NAMES } from '@shared/ipc/contract';

export interface AuditFilterText {
  text: string;
  procedure: string;
  from: string;
  to: string;
}

export const EMPTY_FILTERS: AuditFilterText = { text: '', procedure: '', from: '', to: '' };

/** Audited calls are the mutations; offered as suggestions, any text is accepted. */
const PROCEDURE_OPTIONS = PROCEDURE_NAMES.filter((name) => contract[name].kind === 'mutation');

interface AuditFiltersProps {
  value: AuditFilterText;
  onChange: (value: AuditFilterText) => void;
}

export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<AuditFilterText>) => onChange({ ...value, ...patch });
  const dateLabelProps = { inputLabel: { shrink: true } };

  return (
    <Box
      role="search"
      aria-label={t('audit.filters')}
      sx={{ display: 'grid', gridTemplateColumns: '2fr 1.5fr 1fr 1fr auto', gap: 1.5, alignItems: 'center', mb: 2 }}
    >
      <TextField label={t('audit.search')} type="search" value={value.text} onChange={(e) => set({ text: e.target.value })} />
      <Autocomplete
        freeSolo
        options={PROCEDURE_OPTIONS}
        value={value.procedure}
        inputValue={value.procedure}
        onInputChange={(_event, text) => set({ procedure: text })}
        onChange={(_event, name) => set({ procedure: name ?? '' })}
        renderInput={(params) => <TextField {...params} label={t('audit.procedure')} />}
      />
      <TextField
        label={t('audit.from')}
        type="date"
        value={value.from}
        onChange={(e) => set({ from: e.target.value })}
        slotProps={dateLabelProps}
      />
      <TextField
        label={t('audit.to')}
        type="date"
        value={value.to}
        onChange={(e) => set({ to: e.target.value })}
        slotProps={dateLabelProps}
      />
      <Button onClick={() => onChange(EMPTY_FILTERS)} disabled={JSON.stringify(value) === JSON.stringify(EMPTY_FILTERS)}>
        {t('audit.clear')}
      </Button>
    </Box>
  );
}
