import { procedure, type ContractShape } from '../procedure';
import { noInput } from '../schemas/common';
import { idInput } from '../schemas/vouchers';
import {
  previewInput,
  previewOutput,
  printerListOutput,
  printRunInput,
  printRunOutput,
  printTemplateSchema,
  templateListOutput,
  templateSaveInput,
} from '../schemas/voucher-print';
import { VOUCHER_ADMINS, VOUCHER_DESK } from './vouchers';

/**
 * Card templates, live preview, printers and print runs. Printing a batch puts sellable codes on paper,
 * so it is for managers and owners; everyone at the desk may look at templates and the preview.
 */
export const voucherPrintProcedures = {
  'vouchers.print.templates.list': procedure({ input: noInput, output: templateListOutput, permission: VOUCHER_DESK, kind: 'query' }),
  'vouchers.print.templates.save': procedure({ input: templateSaveInput, output: printTemplateSchema, permission: VOUCHER_ADMINS, kind: 'mutation' }),
  'vouchers.print.templates.remove': procedure({ input: idInput, output: printTemplateSchema, permission: VOUCHER_ADMINS, kind: 'mutation' }),
  'vouchers.print.preview': procedure({ input: previewInput, output: previewOutput, permission: VOUCHER_DESK, kind: 'query' }),
  'vouchers.print.printers': procedure({ input: noInput, output: printerListOutput, permission: VOUCHER_DESK, kind: 'query' }),
  'vouchers.print.run': procedure({ input: printRunInput, output: printRunOutput, permission: VOUCHER_ADMINS, kind: 'mutation' }),
} satisfies ContractShape;
