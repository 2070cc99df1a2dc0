import type { Contract } from '../../src-shared/ipc/contract';
import type { Handlers } from './handler-types';
import type { Services } from './services';
import { authHandlers } from '../auth/handlers';
import { operatorHandlers } from '../operators/handlers';
import { auditHandlers } from '../audit/handlers';
import { officeHandlers } from '../office/handlers';
import { routerHandlers } from '../routers/handlers';
import { jobHandlers } from '../routers/jobs/handlers';
import { importHandlers } from '../imports/handlers';
import { voucherHandlers } from '../vouchers/handlers';
import { voucherUsageHandlers } from '../vouchers/usage/handlers';
import { voucherPrintHandlers } from '../vouchers/printing/handlers';
import { customerHandlers } from '../customers/handlers';
import { billingHandlers } from '../billing/handlers';
import { tillHandlers } from '../till/handlers';
import { reminderHandlers } from '../reminders/handlers';
import { reportHandlers } from '../reports/handlers';
import { syncHandlers } from '../sync/handlers';
import { syncBootstrapHandlers } from '../sync/bootstrap-handlers';
import { backupHandlers } from '../backups/handlers';
import { updateHandlers } from '../updates/handlers';
import { healthHandlers } from '../health/handlers';
import { alertHandlers } from '../alerts/handlers';
import { diagnosticsHandlers } from '../diagnostics/handlers';
import { logHandlers } from '../logs/handlers';

/** Every procedure's handler, collected from the domains. `satisfies` makes a missing one a compile error. */
export function buildHandlers(services: Services): Handlers<Contract> {
  return {
    ...officeHandlers(services),
    ...authHandlers(services),
    ...operatorHandlers(services),
    ...auditHandlers(services),
    ...routerHandlers(services),
    ...jobHandlers(services),
    ...importHandlers(services),
    ...voucherHandlers(services),
    ...voucherUsageHandlers(services),
    ...voucherPrintHandlers(services),
    ...customerHandlers(services),
    ...billingHandlers(services),
    ...tillHandlers(services),
    ...reminderHandlers(services),
    ...reportHandlers(services),
    ...syncHandlers(services),
    ...syncBootstrapHandlers(services),
    ...backupHandlers(services),
    ...updateHandlers(services),
    ...healthHandlers(services),
    ...alertHandlers(services),
    ...diagnosticsHandlers(services),
    ...logHandlers(services),
  } satisfies Handlers<Contract>;
}
