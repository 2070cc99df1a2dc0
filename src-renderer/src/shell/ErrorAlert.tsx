import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import type { ErrorCode } from '@shared/ipc/result';
import { toApiError } from '../api/errors';

interface ErrorAlertProps {
  error: unknown;
  /** Messages that fit this screen better than the generic one for a code (e.g. wrong password). */
  messages?: Partial<Record<ErrorCode, string>>;
}

function detailsText(code: string, message: string, details: unknown): string {
  const lines = [code, message];
  if (details !== undefined) lines.push(JSON.stringify(details, null, 2));
  return lines.join('\n');
}

/** A translated, readable message for a failed call; the server's own text is one click away. */
export function ErrorAlert({ error, messages }: ErrorAlertProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  if (!error) return null;
  const apiError = toApiError(error);
  const text = messages?.[apiError.code] ?? t(`errors.${apiError.code}`);

  return (
    <Alert
      severity="error"
      action={
        <Button
          color="inherit"
          size="small"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? t('common.hideDetails') : t('common.showDetails')}
        </Button>
      }
    >
      {text}
      <Collapse in={open} id={detailsId}>
        <Box
          component="pre"
          aria-label={t('errors.detailsTitle')}
          sx={{ m: 0, mt: 1, fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
        >
          {detailsText(t('errors.code', { code: apiError.code }), apiError.message, apiError.details)}
        </Box>
      </Collapse>
    </Alert>
  );
}
