import { eq } from 'drizzle-orm';
import type { Contract, ProcedureName } from '../../src-shared/ipc/contract';
import type { ProcedureInput } from '../../src-shared/ipc/procedure';
import type { Role } from '../../src-shared/domain/roles';
import { OFFICE_INPUT, PASSWORDS, onCleanup, type Harness } from './core-harness';
import { startRouterSim } from '../router-sim';
import { enqueueRouterJob } from '../../src-main/routers/jobs/enqueue';
import { routerJobs } from '../../src-main/db/schema';
import type { TemplateSettings } from '../../src-shared/ipc/schemas/voucher-print';
import { sampleTill } from './sample-till';
import { sampleReminders } from '../reminders/sample-reminders';
import { sampleDocuments } from './sample-documents';
import { sampleBackups } from '../backups/sample-backups';
import { sampleUpdates } from '../updates/sample-updates';
import { sampleSync } from '../sync-ui/sample-sync';

/** A valid input for every procedure, given the caller's role. Typed so a new procedure must be added here. */
export type SampleInputs = { [N in ProcedureName]: (role: Role) => ProcedureInput<Contract[N]> };

export async function sampleInputs(h: Harness): Promise<SampleInputs> {
  const staff = await h.must('owner', 'operators.list', {});
  const technician = staff.find((operator) => operator.role === 'technician');
  if (!technician) throw new Error('harness has no technician');
  const router = await sampleRouter(h);
  const voucher = await sampleVouchers(h, router.id);
  const billing = await sampleBilling(h, router.id);
  const till = await sampleTill(h, router.id, billing.customerId);
  const reminders = await sampleReminders(h, billing.customerId);
  const documents = await sampleDocuments(h, billing.customerId);
  const backups = await sampleBackups(h);
  const sync = await sampleSync(h);
  const updates = await sampleUpdates(h);
  return {
    'app.status': () => ({}),
    'setup.createOffice': () => OFFICE_INPUT,
    'auth.login': (role) => ({ username: role, password: PASSWORDS[role] }),
    'auth.logout': () => ({}),
    'auth.session': () => ({}),
    'auth.lock': () => ({}),
    'auth.unlock': (role) => ({ password: PASSWORDS[role] }),
    'auth.activity': () => ({}),
    'auth.changePassword': (role) => ({ currentPassword: PASSWORDS[role], newPassword: PASSWORDS[role] }),
    'auth.requestApproval': () => ({ username: 'owner', password: PASSWORDS.owner, procedure: 'settings.update' }),
    'operators.list': () => ({}),
    'operators.create': (role) => ({
      username: `new-${role}-${Math.random().toString(36).slice(2, 8)}`,
      displayName: 'New Person',
      role: 'cashier',
      password: 'Fresh-Start-99',
    }),
    'operators.update': () => ({ id: technician.id, displayName: 'Tech Renamed' }),
    'operators.resetPassword': () => ({ id: technician.id, newPassword: PASSWORDS.technician }),
    'audit.list': () => ({ limit: 10 }),
    'audit.verify': () => ({}),
    'settings.get': () => ({}),
    'settings.update': () => ({ idleLockMinutes: 15 }),
    'dashboard.summary': () => ({}),
    'routers.list': () => ({}),
    'routers.create': (role) => ({
      name: `Tower ${role} ${Math.random().toString(36).slice(2, 8)}`,
      host: '127.0.0.1',
      port: router.port,
      username: 'admin',
      password: 'admin',
    }),
    'routers.update': () => ({ id: router.id, hotspotServer: 'hotspot1', loginUrl: 'http://10.5.50.1/login' }),
    'routers.remove': () => ({ id: router.spareId }),
    'routers.testConnection': () => ({ id: router.id }),
    'routers.health': () => ({}),
    'routers.sessions': () => ({ routerId: router.id }),
    'routers.kick': () => ({ routerId: router.id, kind: 'hotspot', id: router.activeId }),
    // One menu only: the sample router's app-owned hotspot user (for kick) must survive.
    'routers.reconcile': () => ({ routerId: router.id, menus: ['/ppp/profile'] }),
    'imports.preview': () => ({ routerId: router.id }),
    'imports.apply': () => ({ routerId: router.id, include: { profiles: true, vouchers: true, sales: true, ppp: true } }),
    'jobs.list': () => ({ routerId: router.id, limit: 10 }),
    'jobs.retry': () => ({ id: router.failedJobId }),
    'jobs.cancel': () => ({ id: router.failedJobId }),
    'vouchers.plans.list': () => ({ routerId: router.id }),
    'vouchers.plans.create': (role) => ({ ...SAMPLE_PLAN, routerId: router.id, name: `Plan ${role}`, hotspotProfile: `p-${role}-${Math.random().toString(36).slice(2, 8)}` }),
    'vouchers.plans.update': () => ({ id: voucher.planId, priceMinor: 6000 }),
    'vouchers.plans.remove': () => ({ id: voucher.sparePlanId }),
    'vouchers.generate': () => ({ planId: voucher.planId, count: 5, length: 8, charset: 'upper-digits', userMode: 'same', note: 'sample' }),
    'vouchers.cancelGeneration': () => ({ batchId: voucher.batchId }),
    'vouchers.batches.list': () => ({}),
    'vouchers.batches.get': () => ({ id: voucher.batchId }),
    'vouchers.batches.delete': () => ({ id: voucher.spareBatchId, confirm: true }),
    'vouchers.batches.exportCsv': () => ({ id: voucher.batchId }),
    'vouchers.list': () => ({ batchId: voucher.batchId, limit: 10 }),
    'vouchers.sell': () => ({ voucherId: voucher.voucherId }),
    // Reads the sample router (a simulator): nothing has expired there, so it only records usage.
    'vouchers.usage.refresh': () => ({ routerId: router.id }),
    'vouchers.batches.push': () => ({ id: voucher.batchId }),
    'vouchers.batches.setDisabled': () => ({ id: voucher.batchId, disabled: true }),
    'vouchers.print.templates.list': () => ({}),
    'vouchers.print.templates.save': (role) => ({ name: `Cards ${role} ${Math.random().toString(36).slice(2, 8)}`, settings: voucher.gridSettings }),
    'vouchers.print.templates.remove': () => ({ id: voucher.spareTemplateId }),
    'vouchers.print.preview': () => ({ settings: voucher.gridSettings, batchId: voucher.batchId }),
    'vouchers.print.printers': () => ({}),
    'vouchers.print.run': () => ({ batchId: voucher.batchId, settings: voucher.gridSettings, selection: 'all', target: { kind: 'pdf' } }),
    'customers.list': () => ({ limit: 10 }),
    'customers.search': () => ({ query: 'sample' }),
    'customers.get': () => ({ id: billing.customerId }),
    'customers.create': (role) => ({ name: `Customer of ${role}`, phones: ['0812-0000-0000'], tags: ['sample'] }),
    'customers.update': () => ({ id: billing.customerId, notes: 'Prefers WhatsApp' }),
    'customers.import.preview': () => ({ csv: 'name,phone,plan,router\nPreview Only,0812-1111-2222,Home 10M,Sample Tower\n' }),
    // A fresh name and PPPoE user per call: the second role's import must not meet the first one's rows.
    'customers.import.commit': (role) => {
      const tag = Math.random().toString(36).slice(2, 8);
      return { csv: `name,phone,plan,router,pppoe username\nImported ${role} ${tag},0812-2222-3333,Home 10M,Sample Tower,imp-${role}-${tag}\n`, skipBadRows: false };
    },
    'billing.settings.get': () => ({}),
    'billing.settings.update': () => ({ invoiceDueDays: 10 }),
    'billing.plans.list': () => ({ routerId: router.id }),
    'billing.plans.create': (role) => ({ ...SAMPLE_SERVICE_PLAN, routerId: router.id, name: `Home ${role}`, pppProfile: `home-${role}-${Math.random().toString(36).slice(2, 8)}` }),
    'billing.plans.update': () => ({ id: billing.planId, priceMinor: 160_000 }),
    'billing.subscriptions.list': () => ({ customerId: billing.customerId }),
    'billing.subscriptions.create': () => ({ customerId: billing.customerId, planId: billing.planId }),
    'billing.subscriptions.changePlan': () => ({ id: billing.changingId, planId: billing.otherPlanId }),
    'billing.subscriptions.suspend': () => ({ id: billing.activeId, reason: 'unpaid' }),
    'billing.subscriptions.reactivate': () => ({ id: billing.suspendedId }),
    'billing.subscriptions.cancel': () => ({ id: billing.cancellingId, reason: 'moved away' }),
    'billing.invoices.create': () => ({ customerId: billing.customerId, lines: [{ description: 'Router repair', netMinor: 25_000 }] }),
    'billing.payments.record': () => ({ customerId: billing.customerId, amountMinor: 100_000, method: 'mobile_money', reference: 'MM-1234' }),
    'billing.creditNotes.create': () => ({ customerId: billing.customerId, lines: [{ description: 'Outage credit', netMinor: 5_000 }], memo: 'outage' }),
    'billing.adjustments.create': () => ({ customerId: billing.customerId, amountMinor: -1_000, memo: 'rounding' }),
    'billing.entries.void': () => ({ entryId: billing.spareEntryId, reason: 'typed twice' }),
    'billing.ledger.get': () => ({ customerId: billing.customerId }),
    'billing.runs.list': () => ({ limit: 10 }),
    'billing.runs.runNow': () => ({}),
    'billing.documents.pdf': () => ({ entryId: documents.invoiceId }),
    'billing.statement.pdf': () => ({ customerId: billing.customerId, paper: '80mm' }),
    'billing.documents.details.get': () => ({}),
    'billing.documents.details.update': () => ({ phone: '021-555-0101', taxId: '01.234.567.8-901.000' }),
    'till.shifts.current': () => ({}),
    'till.shifts.list': () => ({ limit: 10 }),
    'till.sellVouchers': () => ({ items: [{ planId: till.planId, quantity: 1 }], payments: [{ method: 'cash', amountMinor: 10_000 }] }),
    'till.collectPayment': () => ({ customerId: billing.customerId, payments: [{ method: 'mobile_money', amountMinor: 5_000, reference: 'MM-77' }] }),
    'till.void': () => ({ entryId: till.saleEntryId, reason: 'wrong plan', voucherDisposition: 'restock' }),
    'till.receipts.list': () => ({ shiftId: till.shiftId }),
    'till.receipts.get': () => ({ receiptId: till.receiptId }),
    'till.receipts.reprint': () => ({ receiptId: till.receiptId, paper: '80mm' }),
    // /dev/null takes ESC/POS like a printer would: nothing prints on a developer's machine.
    'till.receipts.print': () => ({ receiptId: till.receiptId, paper: '58mm', target: { kind: 'escposDevice', device: '/dev/null' } }),
    'till.zReport.print': () => ({ shiftId: till.shiftId, paper: '80mm', target: { kind: 'escposDevice', device: '/dev/null' } }),
    'till.zReport': () => ({ shiftId: till.shiftId }),
    'till.plans.list': () => ({}),
    'till.scan': () => ({ text: till.unsoldCode }),
    'till.customers.find': () => ({ query: 'Sample' }),
    'till.receipts.history': () => ({ shiftId: till.shiftId }),
    'till.shifts.close': () => ({ shiftId: till.shiftId, counted: { cash: 100_000 }, reason: 'sample count' }),
    'till.shifts.open': () => ({ floats: { cash: 50_000 } }),
    'reminders.settings.get': () => ({}),
    'reminders.settings.save': () => ({ url: reminders.gatewayUrl, dueSoonDays: 5, officePhone: '021-555-0100', countryCode: '62' }),
    'reminders.templates.list': () => ({}),
    'reminders.templates.save': () => ({ kind: 'overdue', channel: 'sms', body: 'Hi {customerName}, {amount} is overdue since {dueDate}.', enabled: true }),
    'reminders.templates.reset': () => ({ kind: 'due_soon', channel: 'whatsapp' }),
    'reminders.templates.preview': () => ({ kind: 'due_soon', channel: 'sms', body: '{customerName}: {amount} due {dueDate}' }),
    'reminders.outbox.list': () => ({ status: 'queued', limit: 10 }),
    'reminders.outbox.retry': () => ({ id: reminders.failedId }),
    'reminders.outbox.cancel': () => ({ id: reminders.queuedId }),
    'reminders.enqueueNow': () => ({}),
    'reminders.sendTest': () => ({ to: '0812-3456-789', message: 'Sample test message' }),
    'reports.sales': () => ({ from: '2026-01-01', to: '2026-01-31', groupBy: 'day' }),
    'reports.voucherStock': () => ({}),
    'reports.aging': () => ({ asOf: '2026-01-15' }),
    'reports.churn': () => ({ from: '2025-11-01', to: '2026-01-31' }),
    'reports.revenueChart': () => ({ days: 30, stackBy: 'method' }),
    'reports.csv': () => ({ report: 'sales', from: '2026-01-01', to: '2026-01-31', groupBy: 'plan' }),
    'reports.dailySummaryPdf': () => ({ date: '2026-01-15' }),
    'sync.status': () => ({}),
    'sync.settings.get': () => ({}),
    'sync.settings.save': () => ({ ...sync.settings, intervalMinutes: 10 }),
    // The sample central database refuses the connection: an answer ('unreachable'), not an error.
    'sync.test': () => ({}),
    'sync.runNow': () => ({}),
    'sync.conflicts.list': () => ({ status: 'open', limit: 10 }),
    'sync.conflicts.resolve': () => ({ id: sync.conflictId, resolution: 'acknowledged', note: 'voided the duplicate' }),
    // Refused before connecting: the sample office already holds customers and a ledger.
    'sync.bootstrap': () => ({ host: '127.0.0.1', port: 5432, database: 'mb_central', user: 'office_wj', password: 'not-a-real-password', tlsMode: 'disable' }),
    'backups.list': () => ({}),
    'backups.details': () => ({ id: backups.id }),
    'backups.create': () => ({}),
    'backups.settings.get': () => ({}),
    'backups.settings.update': () => ({ dailyTime: '03:00' }),
    'backups.restore': (role) => ({ id: backups.id, password: PASSWORDS[role] }),
    'backups.import': (role) => ({ path: backups.file, password: PASSWORDS[role] }),
    'backups.export': (role) => ({ path: backups.exportPath(role) }),
    'updates.status': () => ({}),
    'updates.check': () => ({}),
    'updates.settings.update': () => ({ enabled: true, feedUrl: updates.feedUrl }),
    'health.get': () => ({}),
    'health.checkDb': () => ({}),
    'health.metrics.get': () => ({}),
    // Off: the matrix must not leave a listening socket behind.
    'health.metrics.update': () => ({ enabled: false, port: 9464 }),
    'alerts.list': () => ({}),
    'alerts.acknowledge': () => ({ all: true }),
    'diagnostics.save': () => ({}),
    'logs.query': () => ({ minLevel: 'info', limit: 10 }),
    'logs.settings.get': () => ({}),
    'logs.settings.save': () => ({ level: 'debug' }),
  };
}

/**
 * A simulated router registered in the office, with one logged-in hotspot user (for kick), a spare
 * router (for remove) and one failed job (for retry and cancel).
 */
async function sampleRouter(h: Harness): Promise<{ id: string; spareId: string; port: number; activeId: string; failedJobId: string }> {
  const sim = await startRouterSim();
  onCleanup(() => sim.close());
  sim.exec(['/ip/hotspot/user/add', '=name=sample-voucher', '=password=x', '=comment=mb:']);
  const activeId = sim.loginHotspotUser('sample-voucher');
  const input = { host: '127.0.0.1', port: sim.port, username: 'admin', password: 'admin' };
  const main = await h.must('owner', 'routers.create', { ...input, name: 'Sample Tower' });
  const spare = await h.must('owner', 'routers.create', { ...input, name: 'Spare Tower' });
  const { db } = h.core.services;
  const job = enqueueRouterJob(db, { routerId: main.id, kind: 'ppp-secret.disable', payload: { name: 'nobody' }, now: h.clock.now() });
  db.update(routerJobs).set({ status: 'failed', lastError: 'no such item' }).where(eq(routerJobs.id, job.id)).run();
  return { id: main.id, spareId: spare.id, port: sim.port, activeId, failedJobId: job.id };
}

export const SAMPLE_PLAN = {
  name: 'Daily 1h',
  priceMinor: 5000,
  validityMs: 86_400_000,
  timeLimitMs: 3_600_000,
  dataLimitBytes: null,
  rateLimit: '1M/2M',
  sharedUsers: 1,
  macLock: false,
  expiryMode: 'remove',
} as const;

/** A plan with two small batches (one to delete) and a spare plan without vouchers (to remove). */
async function sampleVouchers(
  h: Harness,
  routerId: string,
): Promise<{
  planId: string;
  sparePlanId: string;
  batchId: string;
  spareBatchId: string;
  voucherId: string;
  gridSettings: TemplateSettings;
  spareTemplateId: string;
}> {
  const plan = await h.must('owner', 'vouchers.plans.create', { ...SAMPLE_PLAN, routerId, hotspotProfile: 'sample-daily' });
  const spare = await h.must('owner', 'vouchers.plans.create', { ...SAMPLE_PLAN, routerId, name: 'Spare', hotspotProfile: 'sample-spare' });
  const generate = { planId: plan.id, count: 3, length: 8, charset: 'upper-digits', userMode: 'same', note: 'sample' } as const;
  const batch = await h.must('owner', 'vouchers.generate', generate);
  const spareBatch = await h.must('owner', 'vouchers.generate', generate);
  const { rows } = await h.must('owner', 'vouchers.list', { batchId: batch.batchId, limit: 1 });
  const first = rows[0];
  if (!first) throw new Error('sample batch has no voucher');
  const { defaults } = await h.must('owner', 'vouchers.print.templates.list', {});
  const spareTemplate = await h.must('owner', 'vouchers.print.templates.save', { name: 'Spare cards', settings: defaults.grid });
  return {
    planId: plan.id,
    sparePlanId: spare.id,
    batchId: batch.batchId,
    spareBatchId: spareBatch.batchId,
    voucherId: first.id,
    gridSettings: defaults.grid,
    spareTemplateId: spareTemplate.id,
  };
}

export const SAMPLE_SERVICE_PLAN = {
  name: 'Home 10M',
  priceMinor: 150_000,
  cycle: { kind: 'monthly', billingDay: 1 },
  rateLimit: '5M/10M',
  addressPool: 'pppoe-pool',
  setupFeeMinor: 50_000,
  taxRateBp: 1100,
  graceDays: 3,
} as const;

/**
 * A customer with two service plans, one subscription per lifecycle action (change plan, suspend,
 * reactivate from suspended, cancel) and a spare payment to void.
 */
async function sampleBilling(
  h: Harness,
  routerId: string,
): Promise<{
  customerId: string;
  planId: string;
  otherPlanId: string;
  changingId: string;
  activeId: string;
  suspendedId: string;
  cancellingId: string;
  spareEntryId: string;
}> {
  const customer = await h.must('owner', 'customers.create', { name: 'Sample Customer', phones: ['0812-3456-789'], address: 'Jl. Merdeka 1' });
  const plan = await h.must('owner', 'billing.plans.create', { ...SAMPLE_SERVICE_PLAN, routerId, pppProfile: 'sample-home-10' });
  const other = await h.must('owner', 'billing.plans.create', { ...SAMPLE_SERVICE_PLAN, routerId, name: 'Home 20M', priceMinor: 250_000, pppProfile: 'sample-home-20' });
  const subscribe = async (invoiceNow: boolean): Promise<string> =>
    (await h.must('owner', 'billing.subscriptions.create', { customerId: customer.id, planId: plan.id, invoiceNow })).subscription.id;
  const changingId = await subscribe(true);
  const activeId = await subscribe(false);
  const suspendedId = await subscribe(false);
  await h.must('owner', 'billing.subscriptions.suspend', { id: suspendedId });
  const cancellingId = await subscribe(false);
  const spare = await h.must('owner', 'billing.payments.record', { customerId: customer.id, amountMinor: 20_000, method: 'cash' });
  return { customerId: customer.id, planId: plan.id, otherPlanId: other.id, changingId, activeId, suspendedId, cancellingId, spareEntryId: spare.entry.id };
}
