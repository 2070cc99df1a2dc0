import { useTranslation } from 'react-i18next';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { TemplateSettings } from '@shared/ipc/schemas/voucher-print';
import { NumberField } from './NumberField';

type Sheet = TemplateSettings['sheet'];
type GridSheet = Extract<Sheet, { kind: 'grid' }>;
type ThermalSheet = Extract<Sheet, { kind: 'thermal' }>;
type SheetKind = 'A4' | 'Letter' | 'thermal58' | 'thermal80';
const SHEET_KINDS: readonly SheetKind[] = ['A4', 'Letter', 'thermal58', 'thermal80'];

function kindOf(sheet: Sheet): SheetKind {
  if (sheet.kind === 'grid') return sheet.paper;
  return sheet.widthMm === 58 ? 'thermal58' : 'thermal80';
}

interface SheetFieldsProps {
  sheet: Sheet;
  /** Starting sheets for a switch between a grid and a roll (from the office defaults). */
  gridDefault: GridSheet;
  thermalDefault: ThermalSheet;
  onChange: (sheet: Sheet) => void;
}

/** Paper: an A4/Letter grid (columns × rows, margins, gap, cut marks) or a 58/80 mm thermal roll. */
export function SheetFields({ sheet, gridDefault, thermalDefault, onChange }: SheetFieldsProps) {
  const { t } = useTranslation();
  const range = (min: number, max: number) => t('vouchers.print.editor.range', { min, max });

  const changeKind = (kind: SheetKind) => {
    if (kind === 'A4' || kind === 'Letter') onChange({ ...(sheet.kind === 'grid' ? sheet : gridDefault), paper: kind });
    else onChange({ ...(sheet.kind === 'thermal' ? sheet : thermalDefault), widthMm: kind === 'thermal58' ? 58 : 80 });
  };

  return (
    <Stack spacing={2}>
      <TextField select size="small" label={t('vouchers.print.editor.sheet')} value={kindOf(sheet)} onChange={(event) => changeKind(event.target.value as SheetKind)}>
        {SHEET_KINDS.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {t(`vouchers.print.editor.sheets.${kind}`)}
          </MenuItem>
        ))}
      </TextField>
      {sheet.kind === 'grid' ? (
        <>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            <NumberField label={t('vouchers.print.editor.columns')} value={sheet.columns} min={1} max={8} integer errorText={range(1, 8)} onChange={(columns) => onChange({ ...sheet, columns })} />
            <NumberField label={t('vouchers.print.editor.rows')} value={sheet.rows} min={1} max={20} integer errorText={range(1, 20)} onChange={(rows) => onChange({ ...sheet, rows })} />
            <NumberField label={t('vouchers.print.editor.gap')} value={sheet.gapMm} min={0} max={20} errorText={range(0, 20)} onChange={(gapMm) => onChange({ ...sheet, gapMm })} />
          </Stack>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            {(['top', 'right', 'bottom', 'left'] as const).map((side) => (
              <NumberField
                key={side}
                label={t(`vouchers.print.editor.margins.${side}`)}
                value={sheet.marginMm[side]}
                min={0}
                max={50}
                errorText={range(0, 50)}
                onChange={(value) => onChange({ ...sheet, marginMm: { ...sheet.marginMm, [side]: value } })}
              />
            ))}
          </Stack>
          <FormControlLabel
            control={<Checkbox checked={sheet.cutMarks} onChange={(event) => onChange({ ...sheet, cutMarks: event.target.checked })} />}
            label={t('vouchers.print.editor.cutMarks')}
          />
        </>
      ) : (
        <Stack direction="row" spacing={1}>
          <NumberField label={t('vouchers.print.editor.sideMargin')} value={sheet.sideMarginMm} min={0} max={15} errorText={range(0, 15)} onChange={(sideMarginMm) => onChange({ ...sheet, sideMarginMm })} />
          <NumberField label={t('vouchers.print.editor.feed')} value={sheet.feedMm} min={0} max={40} errorText={range(0, 40)} onChange={(feedMm) => onChange({ ...sheet, feedMm })} />
        </Stack>
      )}
    </Stack>
  );
}
