import { onCleanup, startOfficeWithStaff, type Harness } from '../support/core-harness';
import type { DispatcherOptions } from '../../src-main/reminders/dispatcher';
import type { Contract } from '../../src-shared/ipc/contract';
import type { ProcedureInput } from '../../src-shared/ipc/procedure';
import type { EnqueueResult, OutboxMessage } from '../../src-shared/ipc/schemas/reminders';
import { startGatewayServer, type GatewayServer } from './gateway-server';

export const DAY_MS = 86_400_000;
/** Backoffs the tests step over with the manual clock. */
export const TEST_DISPATCH: DispatcherOptions = { retryInitialMs: 60_000, retryMaxMs: 600_000, offlineInitialMs: 10_000, offlineMaxMs: 40_000 };

export interface ReminderHarness {
  h: Harness;
  gateway: GatewayServer;
  /** A customer with these phones (none = no phone). */
  customer(name: string, phones?: string[]): Promise<string>;
  /** A manual invoice of `amount` issued now, due on `dueDate` (default: now + the office's due days). */
  invoice(customerId: string, amountMinor: number, dueDate?: string): Promise<string>;
  pay(customerId: string, amountMinor: number): Promise<void>;
  enqueue(): Promise<EnqueueResult>;
  /** Delivers what is due now and waits until the dispatcher is idle. */
  deliver(): Promise<void>;
  outbox(filter?: ProcedureInput<Contract['reminders.outbox.list']>): Promise<OutboxMessage[]>;
}

/** An office with staff and a local gateway server, with reminders enabled and sent at any hour. */
export async function startReminderHarness(settings: ProcedureInput<Contract['reminders.settings.save']> = {}): Promise<ReminderHarness> {
  const gateway = await startGatewayServer();
  onCleanup(() => gateway.close());
  // Tests move the clock by days: the idle lock must not sign anyone out meanwhile.
  const h = await startOfficeWithStaff({ reminders: TEST_DISPATCH, idleLockMsOverride: 365 * DAY_MS });
  await h.must('manager', 'reminders.settings.save', { url: gateway.url, enabled: true, sendFrom: '00:00', sendUntil: '00:00', ...settings });
  const { dispatcher } = h.core.services.reminders;
  await dispatcher.idle();
  return {
    h,
    gateway,
    customer: async (name, phones = ['0812-3456-7890']) => (await h.must('manager', 'customers.create', { name, phones })).id,
    invoice: async (customerId, amountMinor, dueDate) => {
      const lines = [{ description: 'Internet', netMinor: amountMinor }];
      const written = await h.must('manager', 'billing.invoices.create', { customerId, lines, ...(dueDate ? { dueDate } : {}) });
      return written.entry.id;
    },
    pay: async (customerId, amountMinor) => {
      await h.must('cashier', 'billing.payments.record', { customerId, amountMinor, method: 'cash' });
    },
    enqueue: async () => {
      const result = await h.must('manager', 'reminders.enqueueNow', {});
      await dispatcher.idle();
      return result;
    },
    deliver: async () => {
      await dispatcher.idle();
      await dispatcher.drain();
    },
    outbox: async (filter = {}) => (await h.must('cashier', 'reminders.outbox.list', { limit: 500, ...filter })).messages,
  };
}

/** Sets the manual clock to an office-local instant (Asia/Jakarta, UTC+7). */
export function setJakartaTime(h: Harness, isoLocal: string): void {
  h.clock.set(Date.parse(`${isoLocal}+07:00`));
}
