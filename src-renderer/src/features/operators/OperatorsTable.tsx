import { useTranslation } from 'react-i18next';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import EditIcon from '@mui/icons-material/Edit';
import KeyIcon from '@mui/icons-material/Key';
import { manageableRoles } from '@shared/domain/roles';
import type { Operator } from '@shared/ipc/schemas/operators';
import { canCall } from '../../shell/permissions';
import { useOfficeFormat, useSession } from '../../shell/SessionContext';

interface OperatorsTableProps {
  operators: readonly Operator[];
  onEdit: (operator: Operator) => void;
  onResetPassword: (operator: Operator) => void;
}

export function OperatorsTable({ operators, onEdit, onResetPassword }: OperatorsTableProps) {
  const { t } = useTranslation();
  const session = useSession();
  const format = useOfficeFormat();
  const manageable = manageableRoles(session.role);
  const mayReset = canCall(session.role, 'operators.resetPassword');

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('operators.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('operators.username')}</TableCell>
            <TableCell>{t('operators.displayName')}</TableCell>
            <TableCell>{t('operators.role')}</TableCell>
            <TableCell>{t('operators.status')}</TableCell>
            <TableCell>{t('operators.lastLogin')}</TableCell>
            <TableCell align="right">{t('operators.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {operators.map((operator) => {
            const isSelf = operator.id === session.operatorId;
            const editable = isSelf || manageable.includes(operator.role);
            return (
              <TableRow key={operator.id} hover>
                <TableCell sx={{ fontFamily: 'monospace' }}>
                  {operator.username}
                  {isSelf ? ` (${t('operators.you')})` : ''}
                </TableCell>
                <TableCell>{operator.displayName}</TableCell>
                <TableCell>{t(`roles.${operator.role}`)}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={operator.active ? 'success' : 'default'}
                    variant={operator.active ? 'filled' : 'outlined'}
                    label={operator.active ? t('operators.isActive') : t('operators.isInactive')}
                  />
                </TableCell>
                <TableCell>
                  {operator.lastLoginAt === null ? t('common.never') : format.instant(operator.lastLoginAt)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  {editable && (
                    <Tooltip title={t('operators.edit', { username: operator.username })}>
                      <IconButton size="small" onClick={() => onEdit(operator)}>
                        <EditIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  )}
                  {mayReset && (
                    <Tooltip title={t('operators.reset', { username: operator.username })}>
                      <IconButton size="small" onClick={() => onResetPassword(operator)}>
                        <KeyIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
          {operators.length === 0 && (
            <TableRow>
              <TableCell colSpan={6}>{t('operators.empty')}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
