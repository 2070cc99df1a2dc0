import { procedure, type ContractShape } from '../procedure';
import {
  batchDeleteInput,
  batchDeleteOutput,
  batchDetailSchema,
  batchExportOutput,
  batchListInput,
  batchListOutput,
  batchPushOutput,
  batchSetDisabledInput,
  batchSetDisabledOutput,
  cancelGenerationInput,
  cancelGenerationOutput,
  generateInput,
  generateOutput,
  idInput,
  planCreateInput,
  planListInput,
  planListOutput,
  planSchema,
  planUpdateInput,
  saleSchema,
  sellInput,
  voucherListInput,
  voucherListOutput,
} from '../schemas/vouchers';

/** Plans, generation and batch actions change what routers hold and what is for sale: owner and manager. */
export const VOUCHER_ADMINS = ['owner', 'manager'] as const;
/** Cashiers see plans and vouchers (they sell them) but change nothing except by selling. */
export const VOUCHER_DESK = ['owner', 'manager', 'cashier'] as const;

/**
 * Voucher plans, bulk generation (in a worker thread, progress on `vouchers.progress`), batches, the
 * voucher grid and the sale call the till will use. See docs/decisions/0007-voucher-generation.md.
 * Batch deletion needs no separate approval: only managers and owners may call it at all (the
 * "manager approval" of the issue), and the input must carry `confirm: true`.
 */
export const voucherProcedures = {
  'vouchers.plans.list': procedure({ input: planListInput, output: planListOutput, permission: VOUCHER_DESK, kind: 'query' }),
  'vouchers.plans.create': procedure({ input: planCreateInput, output: planSchema, permission: VOUCHER_ADMINS, kind: 'mutation' }),
  'vouchers.plans.update': procedure({ input: planUpdateInput, output: planSchema, permission: VOUCHER_ADMINS, kind: 'mutation' }),
  'vouchers.plans.remove': procedure({ input: idInput, output: planSchema, permission: VOUCHER_ADMINS, kind: 'mutation' }),
  'vouchers.generate': procedure({ input: generateInput, output: generateOutput, permission: VOUCHER_ADMINS, kind: 'mutation' }),
  'vouchers.cancelGeneration': procedure({
    input: cancelGenerationInput,
    output: cancelGenerationOutput,
    permission: VOUCHER_ADMINS,
    kind: 'mutation',
  }),
  'vouchers.batches.list': procedure({ input: batchListInput, output: batchListOutput, permission: VOUCHER_DESK, kind: 'query' }),
  'vouchers.batches.get': procedure({ input: idInput, output: batchDetailSchema, permission: VOUCHER_DESK, kind: 'query' }),
  'vouchers.batches.delete': procedure({ input: batchDeleteInput, output: batchDeleteOutput, permission: VOUCHER_ADMINS, kind: 'mutation' }),
  'vouchers.batches.push': procedure({ input: idInput, output: batchPushOutput, permission: VOUCHER_ADMINS, kind: 'mutation' }),
  'vouchers.batches.setDisabled': procedure({
    input: batchSetDisabledInput,
    output: batchSetDisabledOutput,
    permission: VOUCHER_ADMINS,
    kind: 'mutation',
  }),
  'vouchers.batches.exportCsv': procedure({ input: idInput, output: batchExportOutput, permission: VOUCHER_ADMINS, kind: 'query' }),
  'vouchers.list': procedure({ input: voucherListInput, output: voucherListOutput, permission: VOUCHER_DESK, kind: 'query' }),
  'vouchers.sell': procedure({ input: sellInput, output: saleSchema, permission: VOUCHER_DESK, kind: 'mutation' }),
} satisfies ContractShape;
