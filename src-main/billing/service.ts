import type { Db } from '../db/connection';
import type { OfficeService } from '../office/service';
import type { CustomerService } from '../customers/service';
import { AppError } from '../../src-shared/ipc/result';
import type { LedgerEntry, ManualLineInput, Statement } from '../../src-shared/ipc/schemas/billing';
import type { PaymentMethod } from '../db/schema';
import { BillingDocuments } from './documents';
import { Ledger, type LineDraft } from './ledger';
import { ServicePlanService } from './plans';
import type { BillingSettingsService } from './settings';
import { buildStatement } from './statement';
import { SubscriptionService } from './subscriptions';

export interface BillingDeps {
  db: Db;
  office: OfficeService;
  settings: BillingSettingsService;
  customers: CustomerService;
}

export interface Actor {
  createdBy: string | null;
  now: number;
}

function manualLines(lines: readonly ManualLineInput[]): LineDraft[] {
  return lines.map((line) => ({ kind: 'manual', description: line.description, netMinor: line.netMinor, taxRateBp: line.taxRateBp }));
}

/** Billing of issue 5: plans, subscriptions and the ledger. Every write runs in the caller's transaction. */
export class BillingService {
  readonly settings: BillingSettingsService;
  readonly plans: ServicePlanService;
  readonly ledger: Ledger;
  readonly documents: BillingDocuments;
  readonly subscriptions: SubscriptionService;

  constructor(private readonly deps: BillingDeps) {
    this.settings = deps.settings;
    this.plans = new ServicePlanService(deps.db);
    this.ledger = new Ledger(deps.db);
    this.documents = new BillingDocuments(deps.db, deps.office, deps.settings, this.ledger);
    this.subscriptions = new SubscriptionService({
      db: deps.db,
      plans: this.plans,
      customers: deps.customers,
      ledger: this.ledger,
      documents: this.documents,
    });
  }

  createInvoice(input: { customerId: string; lines: ManualLineInput[]; dueDate?: string | undefined; memo: string }, actor: Actor): LedgerEntry {
    if (input.dueDate !== undefined && input.dueDate < this.documents.today(actor.now)) {
      throw new AppError('VALIDATION', 'The due date cannot be before the issue date.', { dueDate: input.dueDate });
    }
    return this.documents.issueInvoice(input.customerId, manualLines(input.lines), { ...actor, dueDate: input.dueDate, memo: input.memo });
  }

  createCreditNote(input: { customerId: string; lines: ManualLineInput[]; memo: string }, actor: Actor): LedgerEntry {
    return this.documents.issueCreditNote(input.customerId, manualLines(input.lines), { ...actor, memo: input.memo });
  }

  recordPayment(input: { customerId: string; amountMinor: number; method: PaymentMethod; reference?: string | undefined; memo: string }, actor: Actor): LedgerEntry {
    return this.ledger.insertSimple({
      customerId: input.customerId,
      kind: 'payment',
      amountMinor: -input.amountMinor,
      method: input.method,
      reference: input.reference ?? null,
      memo: input.memo,
      occurredAt: actor.now,
      createdBy: actor.createdBy,
    });
  }

  createAdjustment(input: { customerId: string; amountMinor: number; memo: string }, actor: Actor): LedgerEntry {
    return this.ledger.insertSimple({ customerId: input.customerId, kind: 'adjustment', amountMinor: input.amountMinor, memo: input.memo, occurredAt: actor.now, createdBy: actor.createdBy });
  }

  voidEntry(entryId: string, reason: string, actor: Actor): LedgerEntry {
    return this.ledger.voidEntry(entryId, { reason, occurredAt: actor.now, createdBy: actor.createdBy });
  }

  statement(customerId: string, now: number): Statement {
    this.deps.customers.require(customerId);
    const { currency } = this.deps.office.require();
    return buildStatement(customerId, currency, this.ledger.entries(customerId), this.documents.today(now));
  }
}
