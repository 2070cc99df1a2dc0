import type { ReactNode } from 'react';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';

export interface Column {
  label: string;
  numeric?: boolean;
}

interface ReportTableProps {
  /** Accessible name of the table (tests and screen readers find it by this). */
  label: string;
  columns: readonly Column[];
  rows: ReadonlyArray<{ key: string; cells: readonly ReactNode[] }>;
  /** The totals row, shown bold under the rows. */
  totals?: readonly ReactNode[];
  empty: string;
}

/** A report as a plain table with a bold totals row; numbers right-aligned. */
export function ReportTable({ label, columns, rows, totals, empty }: ReportTableProps) {
  return (
    <TableContainer sx={{ maxHeight: '60vh' }}>
      <Table size="small" stickyHeader aria-label={label}>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableCell key={column.label} align={column.numeric ? 'right' : 'left'}>
                {column.label}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key} hover>
              {row.cells.map((cell, i) => (
                <TableCell key={columns[i]?.label ?? i} align={columns[i]?.numeric ? 'right' : 'left'}>
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          ))}
          {rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={columns.length}>
                <Typography variant="body2" color="text.secondary">
                  {empty}
                </Typography>
              </TableCell>
            </TableRow>
          )}
          {totals && (
            <TableRow data-testid="report-totals">
              {totals.map((cell, i) => (
                <TableCell key={columns[i]?.label ?? i} align={columns[i]?.numeric ? 'right' : 'left'} sx={{ fontWeight: 700 }}>
                  {cell}
                </TableCell>
              ))}
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
