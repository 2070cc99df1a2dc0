import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { reminderTemplates } from '../db/schema';
import type { OfficeService } from '../office/service';
import { REMINDER_CHANNELS, REMINDER_KINDS, type ReminderChannel, type ReminderKind, type ReminderTemplate } from '../../src-shared/ipc/schemas/reminders';
import { defaultTemplate } from './defaults';

/**
 * Message templates per kind and channel. Rows hold only what the office changed; the rest is the
 * built-in text in the office's language, so a new install has sensible messages with no seeding step
 * and a "reset" is simply deleting the row.
 */
export class ReminderTemplateStore {
  constructor(
    private readonly db: Db,
    private readonly office: OfficeService,
  ) {}

  list(): ReminderTemplate[] {
    const rows = this.db.select().from(reminderTemplates).all();
    return REMINDER_KINDS.flatMap((kind) => REMINDER_CHANNELS.map((channel) => this.compose(kind, channel, rows.find((row) => row.kind === kind && row.channel === channel))));
  }

  get(kind: ReminderKind, channel: ReminderChannel): ReminderTemplate {
    const row = this.db
      .select()
      .from(reminderTemplates)
      .where(and(eq(reminderTemplates.kind, kind), eq(reminderTemplates.channel, channel)))
      .get();
    return this.compose(kind, channel, row);
  }

  save(input: { kind: ReminderKind; channel: ReminderChannel; body: string; enabled: boolean }, now: number): ReminderTemplate {
    const row = { ...input, updatedAt: now };
    this.db
      .insert(reminderTemplates)
      .values(row)
      .onConflictDoUpdate({ target: [reminderTemplates.kind, reminderTemplates.channel], set: { body: row.body, enabled: row.enabled, updatedAt: now } })
      .run();
    return this.get(input.kind, input.channel);
  }

  reset(kind: ReminderKind, channel: ReminderChannel): ReminderTemplate {
    this.db
      .delete(reminderTemplates)
      .where(and(eq(reminderTemplates.kind, kind), eq(reminderTemplates.channel, channel)))
      .run();
    return this.get(kind, channel);
  }

  private compose(kind: ReminderKind, channel: ReminderChannel, row: typeof reminderTemplates.$inferSelect | undefined): ReminderTemplate {
    const builtIn = defaultTemplate(kind, channel, this.office.get()?.locale ?? 'en');
    if (!row) return { kind, channel, body: builtIn, enabled: true, isDefault: true, updatedAt: null };
    return { kind, channel, body: row.body, enabled: row.enabled, isDefault: false, updatedAt: row.updatedAt };
  }
}
