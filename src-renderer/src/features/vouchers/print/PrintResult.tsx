import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import type { ProcedureOutput } from '@shared/ipc/procedure';
import type { Contract } from '@shared/ipc/contract';
import { useOfficeFormat } from '../../../shell/SessionContext';

type PrintOutput = ProcedureOutput<Contract['vouchers.print.run']>;

/** What was printed: cards, pages, where the PDF is, which printer, and anything the renderer warned about. */
export function PrintResult({ result }: { result: PrintOutput }) {
  const { t } = useTranslation();
  const format = useOfficeFormat();
  const params = { cards: format.count(result.cards), pages: format.count(result.pages), file: result.file, marked: format.count(result.markedPrinted) };
  return (
    <Stack spacing={1}>
      <Alert severity="success" role="status">
        {result.printer ? t('vouchers.print.sentTo', { ...params, printer: result.printer }) : t('vouchers.print.saved', params)}
      </Alert>
      {result.warnings.map((warning) => (
        <Alert key={warning} severity="warning">
          {warning}
        </Alert>
      ))}
    </Stack>
  );
}
