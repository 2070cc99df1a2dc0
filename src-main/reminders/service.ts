import { performance } from 'node:perf_hooks';
import type { Db, Sqlite } from '../db/connection';
import type { Clock } from '../core/clock';
import type { Logger } from '../core/logger';
import type { AuditService } from '../audit/service';
import type { OfficeService } from '../office/service';
import type { SecretBox } from '../security/secret-box';
import { AppError } from '../../src-shared/ipc/result';
import { addDays, dateInZone } from '../../src-shared/domain/civil-date';
import type { Office } from '../../src-shared/ipc/schemas/common';
import {
  MESSAGE_PLACEHOLDERS,
  REMINDER_KINDS,
  unknownPlaceholders,
  type EnqueueResult,
  type ReminderChannel,
  type ReminderKind,
  type SendTestResult,
  type TemplatePreview,
} from '../../src-shared/ipc/schemas/reminders';
import { ReminderQueries } from './candidates';
import { ReminderDispatcher, type DispatcherOptions } from './dispatcher';
import { enqueueReminders } from './enqueue';
import { sendThroughGateway } from './gateway';
import { OutboxStore } from './outbox';
import { staleReason } from './relevance';
import { MessageRenderer, normalizeRecipient, type MessageFacts } from './render';
import { ReminderSettingsStore } from './settings';
import { smsParts } from './sms-parts';
import { ReminderTemplateStore } from './templates';

export interface ReminderServiceDeps {
  db: Db;
  sqlite: Sqlite;
  office: OfficeService;
  secrets: SecretBox;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
  transaction<T>(fn: () => T): T;
  dispatcher?: DispatcherOptions;
}

/**
 * Billing reminders (docs/decisions/0013-reminders.md): settings, templates, the outbox, enqueueing
 * what is owed and the dispatcher that delivers it. Writes run in the caller's transaction except
 * `afterBillingRun`, which is the billing run's hook and has its own.
 */
export class ReminderService {
  readonly settings: ReminderSettingsStore;
  readonly templates: ReminderTemplateStore;
  readonly outbox: OutboxStore;
  readonly queries: ReminderQueries;
  readonly dispatcher: ReminderDispatcher;

  constructor(private readonly deps: ReminderServiceDeps) {
    this.settings = new ReminderSettingsStore(deps.db, deps.office, deps.secrets);
    this.templates = new ReminderTemplateStore(deps.db, deps.office);
    this.outbox = new OutboxStore(deps.db);
    this.queries = new ReminderQueries(deps.sqlite);
    this.dispatcher = new ReminderDispatcher(
      {
        outbox: this.outbox,
        settings: this.settings,
        office: deps.office,
        clock: deps.clock,
        logger: deps.logger,
        staleReason: (row, now, timeZone) => staleReason(this.queries, row, now, timeZone),
      },
      deps.dispatcher,
    );
  }

  /** Enqueues what is owed at `now` on the settings' channel, in the caller's transaction. */
  enqueue(now: number): EnqueueResult {
    const settings = this.settings.get();
    const templates: Partial<Record<ReminderKind, string>> = {};
    for (const template of this.templates.list()) {
      if (template.channel === settings.channel && template.enabled) templates[template.kind] = template.body;
    }
    return enqueueReminders({ sqlite: this.deps.sqlite, queries: this.queries, office: this.deps.office.require(), settings, templates }, now);
  }

  /**
   * The billing run's hook: after today's run, what became due, overdue or suspended is enqueued (while
   * reminders are enabled) and the dispatcher woken. Catch-up runs of missed days enqueue nothing:
   * reminders are about today, and today's run follows them. A failure here is logged and never fails
   * the run.
   */
  afterBillingRun(asOf: string): void {
    try {
      const now = this.deps.clock.now();
      const office = this.deps.office.get();
      if (!office || asOf !== dateInZone(now, office.timeZone) || !this.settings.get().enabled) return;
      const result = this.deps.transaction(() => {
        const enqueued = this.enqueue(now);
        const total = totalCreated(enqueued);
        if (total > 0) {
          this.deps.audit.append(
            { operatorId: null, operatorName: null },
            { procedure: 'reminders.scheduled', summary: `enqueued ${total} reminder(s) after the billing run`, details: { ...enqueued } },
            now,
          );
        }
        return enqueued;
      });
      if (totalCreated(result) > 0) this.dispatcher.wake();
    } catch (error) {
      this.deps.logger.error('enqueueing reminders after the billing run failed', { error: String(error) });
    }
  }

  /** The template filled with a made-up customer, with its SMS length; unknown placeholders stay visible. */
  preview(input: { kind: ReminderKind; channel: ReminderChannel; body: string }, now: number): TemplatePreview {
    const office = this.deps.office.require();
    const settings = this.settings.get();
    const renderer = new MessageRenderer({ name: office.name, phone: settings.officePhone, currency: office.currency, locale: office.locale });
    const text = renderer.render(input.body, sampleFacts(office, input.kind, settings.dueSoonDays, now));
    const parts = smsParts(text);
    return { text, characters: parts.characters, smsParts: parts.parts, encoding: parts.encoding, unknownPlaceholders: unknownPlaceholders(input.body, MESSAGE_PLACEHOLDERS) };
  }

  /** One message through the saved gateway settings (enabled or not), reporting the gateway's answer. */
  async sendTest(to: string, message: string | undefined): Promise<SendTestResult & { recipient: string }> {
    const office = this.deps.office.require();
    const gateway = this.settings.gateway();
    if (!gateway) throw new AppError('CONFLICT', 'Save the gateway address first.');
    const settings = this.settings.get();
    const recipient = normalizeRecipient(to, settings.countryCode);
    const text = message ?? `Test message from ${office.name} (Mikrotik Billing).`;
    const started = performance.now();
    const outcome = await sendThroughGateway(gateway, { to: recipient, message: text, channel: settings.channel }, this.deps.dispatcher?.fetch);
    const durationMs = Math.round(performance.now() - started);
    // An answer of any kind means the gateway is reachable again: end an offline pause.
    if (outcome.kind !== 'unreachable') this.dispatcher.wake(true);
    if (outcome.kind === 'sent') return { delivered: true, status: outcome.status, error: null, durationMs, recipient };
    return { delivered: false, status: outcome.kind === 'unreachable' ? null : outcome.status, error: outcome.error, durationMs, recipient };
  }

  start(): void {
    this.dispatcher.start();
  }

  stop(): void {
    this.dispatcher.stop();
  }
}

export function totalCreated(result: EnqueueResult): number {
  return REMINDER_KINDS.reduce((sum, kind) => sum + result.created[kind], 0);
}

/** A made-up customer for the preview, with amounts that look like the office's currency. */
function sampleFacts(office: Office, kind: ReminderKind, dueSoonDays: number, now: number): MessageFacts {
  const today = dateInZone(now, office.timeZone);
  const amountMinor = office.currency.exponent === 0 ? 150_000 : 25 * 10 ** office.currency.exponent;
  const dueDate = kind === 'due_soon' ? addDays(today, dueSoonDays) : addDays(today, -3);
  return {
    customerName: 'Budi Santoso',
    accountNumber: `${office.code}-000123`,
    amountMinor,
    balanceMinor: kind === 'due_soon' ? amountMinor : amountMinor * 2,
    dueDate,
    invoiceNumber: `${office.code}-${today.slice(0, 4)}-000042`,
  };
}
