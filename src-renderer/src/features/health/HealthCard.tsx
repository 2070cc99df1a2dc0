import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { HealthLevel } from '@shared/ipc/schemas/health';

const COLORS = { ok: 'success', warning: 'warning', error: 'error' } as const;

/** One area of the Health page: a title, its OK/warning/problem chip and a coloured edge. */
export function HealthCard({ title, level, children }: { title: string; level: HealthLevel | null; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={title}
      data-level={level ?? 'none'}
      sx={{ p: 2, borderLeftWidth: 6, borderLeftColor: level ? `${COLORS[level]}.main` : 'divider', height: '100%' }}
    >
      <Stack spacing={1}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="h2" sx={{ fontSize: '1.1rem', flexGrow: 1 }}>
            {title}
          </Typography>
          {level && <Chip size="small" color={COLORS[level]} label={t(`health.levels.${level}`)} />}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

/** A label and its value on one line. */
export function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack direction="row" spacing={2} role="group" aria-label={label}>
      <Typography component="span" color="text.secondary" sx={{ minWidth: 170 }}>
        {label}
      </Typography>
      <Typography component="span" sx={{ fontVariantNumeric: 'tabular-nums', wordBreak: 'break-all' }}>
        {value}
      </Typography>
    </Stack>
  );
}
