import { addDays, dayNumber, fromDayNumber } from '@shared/domain/civil-date';

/** Quick date ranges of the Sales report, all on the office calendar and ending no later than today. */
export const RANGE_PRESETS = ['today', 'thisWeek', 'thisMonth', 'lastMonth'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export interface DateRange {
  from: string;
  to: string;
}

/** Monday of the ISO week holding `day` (the core's week grouping starts Monday too: src-main/reports/periods.ts). */
function mondayOf(day: string): string {
  const n = dayNumber(day);
  // Day 0 (1970-01-01) was a Thursday: +3 makes Monday 0.
  return fromDayNumber(n - ((((n + 3) % 7) + 7) % 7));
}

export function presetRange(preset: RangePreset, today: string): DateRange {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'thisWeek':
      return { from: mondayOf(today), to: today };
    case 'thisMonth':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case 'lastMonth': {
      // The day before this month's first is last month's last day.
      const lastDay = addDays(`${today.slice(0, 7)}-01`, -1);
      return { from: `${lastDay.slice(0, 7)}-01`, to: lastDay };
    }
  }
}

/** The preset a range equals, if any (the toggle shows it pressed). */
export function matchingPreset(range: DateRange, today: string): RangePreset | null {
  return RANGE_PRESETS.find((preset) => {
    const candidate = presetRange(preset, today);
    return candidate.from === range.from && candidate.to === range.to;
  }) ?? null;
}
