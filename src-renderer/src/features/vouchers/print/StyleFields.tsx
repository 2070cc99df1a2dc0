import { useTranslation } from 'react-i18next';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { TemplateSettings } from '@shared/ipc/schemas/voucher-print';
import { NumberField } from './NumberField';

type FontSizes = TemplateSettings['fontSizes'];
type Colours = TemplateSettings['colours'];
const SIZE_NAMES: readonly (keyof FontSizes)[] = ['office', 'plan', 'price', 'validity', 'code', 'small'];
const COLOUR_NAMES: readonly (keyof Colours)[] = ['text', 'accent', 'frame', 'background', 'qr'];

/** Font sizes in points (4 to 48) and the card's colours (native colour pickers). */
export function StyleFields({ settings, onChange }: { settings: TemplateSettings; onChange: (settings: TemplateSettings) => void }) {
  const { t } = useTranslation();
  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {SIZE_NAMES.map((name) => (
          <NumberField
            key={name}
            label={t(`vouchers.print.editor.sizes.${name}`)}
            value={settings.fontSizes[name]}
            min={4}
            max={48}
            errorText={t('vouchers.print.editor.range', { min: 4, max: 48 })}
            onChange={(value) => onChange({ ...settings, fontSizes: { ...settings.fontSizes, [name]: value } })}
          />
        ))}
      </Stack>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        {COLOUR_NAMES.map((name) => (
          <TextField
            key={name}
            size="small"
            type="color"
            label={t(`vouchers.print.editor.colours.${name}`)}
            value={settings.colours[name]}
            onChange={(event) => onChange({ ...settings, colours: { ...settings.colours, [name]: event.target.value } })}
            sx={{ width: 110 }}
          />
        ))}
      </Stack>
    </Stack>
  );
}
