import type { ContractShape } from './procedure';
import { updateProcedures } from './contracts/updates';
import { coreProcedures } from './contracts/core';
import { importProcedures } from './contracts/imports';
import { jobProcedures } from './contracts/jobs';
import { routerProcedures } from './contracts/routers';
import { voucherProcedures } from './contracts/vouchers';
import { voucherUsageProcedures } from './contracts/voucher-usage';
import { voucherPrintProcedures } from './contracts/voucher-print';
import { customerProcedures } from './contracts/customers';
import { customerImportProcedures } from './contracts/customer-import';
import { billingProcedures } from './contracts/billing';
import { tillProcedures } from './contracts/till';
import { reminderProcedures } from './contracts/reminders';
import { billingDocumentProcedures } from './contracts/billing-documents';
import { reportProcedures } from './contracts/reports';
import { syncProcedures } from './contracts/sync';
import { syncBootstrapProcedures } from './contracts/sync-bootstrap';
import { backupProcedures } from './contracts/backups';
import { healthProcedures } from './contracts/health';
import { logProcedures } from './contracts/logs';

/**
 * Every procedure the renderer can call, declared once: input, output, permission, kind. Each domain
 * declares its procedures in contracts/<domain>.ts; this object joins them. Names are `domain.verb`.
 * Handlers live with their domain in src-main and are collected in a map typed by this contract, so a
 * missing or mistyped handler is a compile error.
 */
export const contract = {
  ...coreProcedures,
  ...routerProcedures,
  ...jobProcedures,
  ...importProcedures,
  ...voucherProcedures,
  ...voucherUsageProcedures,
  ...voucherPrintProcedures,
  ...customerProcedures,
  ...customerImportProcedures,
  ...billingProcedures,
  ...billingDocumentProcedures,
  ...tillProcedures,
  ...reminderProcedures,
  ...reportProcedures,
  ...syncProcedures,
  ...syncBootstrapProcedures,
  ...backupProcedures,
  ...updateProcedures,
  ...healthProcedures,
  ...logProcedures,
} satisfies ContractShape;

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
export const PROCEDURE_NAMES = Object.keys(contract) as ProcedureName[];
