import { useTranslation } from 'react-i18next';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import DeleteIcon from '@mui/icons-material/Delete';
import { useOfficeFormat } from '../../shell/SessionContext';
import { lineTotal, type CartLine } from './cart';

/** The cart: one row per plan key line or scanned card, with its price and a remove button. */
export function CartTable({ lines, onRemove }: { lines: readonly CartLine[]; onRemove: (key: string) => void }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  if (lines.length === 0) return <Typography color="text.secondary">{t('till.sell.emptyCart')}</Typography>;
  return (
    <Table size="small" aria-label={t('till.sell.cart')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('till.sell.item')}</TableCell>
          <TableCell>{t('till.sell.code')}</TableCell>
          <TableCell align="right">{t('till.sell.price')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((line) => {
          const item = line.kind === 'plan' ? t('till.sell.planItem', { name: line.name, quantity: line.quantity }) : line.name;
          return (
            <TableRow key={line.key}>
              <TableCell>{item}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{line.kind === 'card' ? line.code : t('till.sell.nextUnsold')}</TableCell>
              <TableCell align="right">{format.money(lineTotal(line))}</TableCell>
              <TableCell align="right" padding="checkbox">
                <IconButton size="small" aria-label={t('till.sell.remove', { item: line.kind === 'card' ? line.code : item })} onClick={() => onRemove(line.key)}>
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
