import { useTranslation } from 'react-i18next';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { matchingPreset, presetRange, RANGE_PRESETS, type DateRange, type RangePreset } from './presets';

/** Today / this week / this month / last month; pressed when the dates equal one of them. */
export function RangePresets({ range, today, onRange }: { range: DateRange; today: string; onRange: (range: DateRange) => void }) {
  const { t } = useTranslation();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={matchingPreset(range, today)}
      onChange={(_event, preset: RangePreset | null) => preset && onRange(presetRange(preset, today))}
      aria-label={t('reports.presets.label')}
    >
      {RANGE_PRESETS.map((preset) => (
        <ToggleButton key={preset} value={preset}>
          {t(`reports.presets.${preset}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
