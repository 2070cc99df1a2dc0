import { useTranslation } from 'react-i18next';
import Chip, { type ChipProps } from '@mui/material/Chip';
import type { LogLevel } from '@shared/ipc/schemas/logs';

const COLORS: Record<LogLevel, ChipProps['color']> = {
  trace: 'default',
  debug: 'default',
  info: 'info',
  warn: 'warning',
  error: 'error',
  fatal: 'error',
};

export function LevelChip({ level }: { level: LogLevel }) {
  const { t } = useTranslation();
  return <Chip size="small" color={COLORS[level]} variant={level === 'fatal' ? 'filled' : 'outlined'} label={t(`logs.levels.${level}`)} />;
}
