import { useId, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

export interface SummaryRow {
  label: string;
  value: ReactNode;
  /** Numbers are right-aligned so they line up. */
  numeric?: boolean;
}

/** A titled card of label/value pairs, marked up as a description list. */
export function SummaryCard({ title, rows }: { title: string; rows: readonly SummaryRow[] }) {
  const titleId = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={titleId} sx={{ p: 2 }}>
      <Typography variant="h2" id={titleId} sx={{ mb: 1.5 }}>
        {title}
      </Typography>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: 'minmax(120px, auto) 1fr', columnGap: 2, rowGap: 1, m: 0 }}
      >
        {rows.map((row) => (
          <Box key={row.label} sx={{ display: 'contents' }}>
            <Box component="dt" sx={{ color: 'text.secondary' }}>
              {row.label}
            </Box>
            <Box
              component="dd"
              sx={{ m: 0, fontWeight: 500, textAlign: row.numeric ? 'right' : 'left', fontVariantNumeric: 'tabular-nums' }}
            >
              {row.value}
            </Box>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
