import { and, asc, count, desc, eq, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { customers, reminderOutbox } from '../db/schema';
import { AppError } from '../../src-shared/ipc/result';
import { OUTBOX_STATUSES, type OutboxMessage, type OutboxStatus, type ReminderKind } from '../../src-shared/ipc/schemas/reminders';

export type OutboxRow = typeof reminderOutbox.$inferSelect;

export interface OutboxFilter {
  status?: OutboxStatus | undefined;
  kind?: ReminderKind | undefined;
  customerId?: string | undefined;
  offset: number;
  limit: number;
}

/** The end of one delivery attempt, as the dispatcher records it. */
export type AttemptRecord =
  | { status: 'sent'; responseStatus: number }
  | { status: 'failed'; responseStatus: number | null; error: string; countAttempt: boolean }
  | { status: 'queued'; responseStatus: number | null; error: string; countAttempt: boolean; nextAttemptAt: number }
  | { status: 'cancelled'; error: string };

const MESSAGE_COLUMNS = {
  id: reminderOutbox.id,
  customerId: reminderOutbox.customerId,
  customerName: customers.name,
  accountNumber: customers.accountNumber,
  kind: reminderOutbox.kind,
  channel: reminderOutbox.channel,
  recipient: reminderOutbox.recipient,
  body: reminderOutbox.body,
  status: reminderOutbox.status,
  attempts: reminderOutbox.attempts,
  nextAttemptAt: reminderOutbox.nextAttemptAt,
  lastError: reminderOutbox.lastError,
  responseStatus: reminderOutbox.responseStatus,
  invoiceId: reminderOutbox.invoiceId,
  subscriptionId: reminderOutbox.subscriptionId,
  createdAt: reminderOutbox.createdAt,
  updatedAt: reminderOutbox.updatedAt,
  sentAt: reminderOutbox.sentAt,
};

/** Reads and moves outbox rows. Pure db work; the dispatcher decides when, the handlers audit. */
export class OutboxStore {
  constructor(private readonly db: Db) {}

  list(filter: OutboxFilter): { messages: OutboxMessage[]; total: number; counts: Record<OutboxStatus, number> } {
    const conditions: SQL[] = [];
    if (filter.status) conditions.push(eq(reminderOutbox.status, filter.status));
    if (filter.kind) conditions.push(eq(reminderOutbox.kind, filter.kind));
    if (filter.customerId) conditions.push(eq(reminderOutbox.customerId, filter.customerId));
    const where = and(...conditions);
    // UUIDv7 ids sort by creation time: newest first.
    const messages = this.db
      .select(MESSAGE_COLUMNS)
      .from(reminderOutbox)
      .innerJoin(customers, eq(customers.id, reminderOutbox.customerId))
      .where(where)
      .orderBy(desc(reminderOutbox.id))
      .limit(filter.limit)
      .offset(filter.offset)
      .all();
    const total = this.db.select({ n: count() }).from(reminderOutbox).where(where).get()?.n ?? 0;
    return { messages, total, counts: this.counts() };
  }

  counts(): Record<OutboxStatus, number> {
    const rows = this.db.select({ status: reminderOutbox.status, n: count() }).from(reminderOutbox).groupBy(reminderOutbox.status).all();
    return Object.fromEntries(OUTBOX_STATUSES.map((status) => [status, rows.find((row) => row.status === status)?.n ?? 0])) as Record<OutboxStatus, number>;
  }

  message(id: string): OutboxMessage {
    const row = this.db.select(MESSAGE_COLUMNS).from(reminderOutbox).innerJoin(customers, eq(customers.id, reminderOutbox.customerId)).where(eq(reminderOutbox.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', 'No such message.', { id });
    return row;
  }

  /** Back in the queue for now, with a fresh attempt count: failed and cancelled messages (and a waiting one, sooner). */
  retry(id: string, now: number): OutboxMessage {
    const current = this.message(id);
    if (current.status === 'sent') throw new AppError('CONFLICT', 'This message was already sent.', { id, status: current.status });
    this.db.update(reminderOutbox).set({ status: 'queued', attempts: 0, nextAttemptAt: now, updatedAt: now }).where(eq(reminderOutbox.id, id)).run();
    return this.message(id);
  }

  cancel(id: string, now: number): OutboxMessage {
    const current = this.message(id);
    if (current.status === 'sent' || current.status === 'cancelled') {
      throw new AppError('CONFLICT', `This message is already ${current.status}.`, { id, status: current.status });
    }
    this.db.update(reminderOutbox).set({ status: 'cancelled', updatedAt: now }).where(eq(reminderOutbox.id, id)).run();
    return this.message(id);
  }

  /** Queued messages whose time has come, oldest first. */
  due(now: number, limit: number): OutboxRow[] {
    return this.db
      .select()
      .from(reminderOutbox)
      .where(and(eq(reminderOutbox.status, 'queued'), lte(reminderOutbox.nextAttemptAt, now)))
      .orderBy(asc(reminderOutbox.id))
      .limit(limit)
      .all();
  }

  /** Records an attempt, only if the message is still queued (an operator may have cancelled it meanwhile). */
  record(id: string, attempt: AttemptRecord, now: number): void {
    const current = this.db.select().from(reminderOutbox).where(eq(reminderOutbox.id, id)).get();
    if (!current || current.status !== 'queued') return;
    const attempts = 'countAttempt' in attempt && !attempt.countAttempt ? current.attempts : current.attempts + (attempt.status === 'cancelled' ? 0 : 1);
    const change: Partial<OutboxRow> = { status: attempt.status, attempts, updatedAt: now };
    if (attempt.status === 'sent') Object.assign(change, { sentAt: now, lastError: null, responseStatus: attempt.responseStatus });
    else if (attempt.status === 'cancelled') change.lastError = attempt.error;
    else Object.assign(change, { lastError: attempt.error, responseStatus: attempt.responseStatus });
    if (attempt.status === 'queued') change.nextAttemptAt = attempt.nextAttemptAt;
    this.db.update(reminderOutbox).set(change).where(and(eq(reminderOutbox.id, id), eq(reminderOutbox.status, 'queued'))).run();
  }
}
