import type { ProcedureOutput } from '@shared/ipc/procedure';
import type { Contract } from '@shared/ipc/contract';

/** A batch with its lifecycle counts and usage totals, as the batch page shows it. */
export type BatchDetail = ProcedureOutput<Contract['vouchers.batches.get']>;
