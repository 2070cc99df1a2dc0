import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { useOffice } from '../../shell/SessionContext';

/** One manual line as typed: amount in major units, tax in percent. */
export interface LineText {
  description: string;
  amount: string;
  taxPercent: string;
}

export const EMPTY_LINE: LineText = { description: '', amount: '', taxPercent: '' };
export const MAX_LINES = 100;

interface LinesEditorProps {
  lines: readonly LineText[];
  onChange: (lines: LineText[]) => void;
  /** Indexes of lines the schema refused, with the refused field names. */
  invalid: ReadonlyMap<number, ReadonlySet<keyof LineText>>;
}

/** Lines of an invoice or credit note: description, net amount and tax rate, one row each. */
export function LinesEditor({ lines, onChange, invalid }: LinesEditorProps) {
  const { t } = useTranslation();
  const office = useOffice();
  const set = (index: number, patch: Partial<LineText>) => onChange(lines.map((line, at) => (at === index ? { ...line, ...patch } : line)));
  const bad = (index: number, field: keyof LineText) => invalid.get(index)?.has(field) ?? false;

  return (
    <Stack spacing={1.5}>
      {lines.map((line, index) => {
        const number = index + 1;
        return (
          <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField
              label={t('billing.lines.description', { number })}
              value={line.description}
              onChange={(event) => set(index, { description: event.target.value })}
              error={bad(index, 'description')}
              helperText={bad(index, 'description') ? t('billing.lines.invalidDescription') : undefined}
              autoComplete="off"
              sx={{ flex: 2 }}
            />
            <TextField
              label={t('billing.lines.amount', { number, currency: office.currency.code })}
              value={line.amount}
              onChange={(event) => set(index, { amount: event.target.value })}
              error={bad(index, 'amount')}
              helperText={bad(index, 'amount') ? t('billing.invalidAmount') : undefined}
              autoComplete="off"
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              sx={{ flex: 1 }}
            />
            <TextField
              label={t('billing.lines.tax', { number })}
              value={line.taxPercent}
              onChange={(event) => set(index, { taxPercent: event.target.value })}
              error={bad(index, 'taxPercent')}
              helperText={bad(index, 'taxPercent') ? t('billing.invalidTax') : undefined}
              autoComplete="off"
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              sx={{ width: 110 }}
            />
            <Tooltip title={t('billing.lines.remove', { number })}>
              <span>
                <IconButton
                  aria-label={t('billing.lines.remove', { number })}
                  onClick={() => onChange(lines.filter((_line, at) => at !== index))}
                  disabled={lines.length === 1}
                  sx={{ mt: 1 }}
                >
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
          </Stack>
        );
      })}
      <Button
        startIcon={<AddIcon />}
        onClick={() => onChange([...lines, EMPTY_LINE])}
        disabled={lines.length >= MAX_LINES}
        sx={{ alignSelf: 'flex-start' }}
      >
        {t('billing.lines.add')}
      </Button>
    </Stack>
  );
}
