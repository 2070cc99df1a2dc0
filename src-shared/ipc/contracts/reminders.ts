import { z } from 'zod';
import { procedure, type ContractShape } from '../procedure';
import { noInput } from '../schemas/common';
import {
  enqueueResultSchema,
  outboxIdInput,
  outboxListInput,
  outboxListOutput,
  outboxMessageSchema,
  reminderSettingsSaveInput,
  reminderSettingsSchema,
  reminderTemplateSchema,
  sendTestInput,
  sendTestOutput,
  templateKeyInput,
  templatePreviewInput,
  templatePreviewOutput,
  templateSaveInput,
} from '../schemas/reminders';

/** The gateway, its secret, the templates and what goes out: managers and owners. */
export const REMINDER_ADMINS = ['owner', 'manager'] as const;
/** The desk sees what was sent to whom (a customer asking "did you text me?"). */
export const REMINDER_READERS = ['owner', 'manager', 'cashier'] as const;

/** Billing reminders (issue 5): templates, the outbox and the HTTP gateway. See docs/decisions/0013-reminders.md. */
export const reminderProcedures = {
  'reminders.settings.get': procedure({ input: noInput, output: reminderSettingsSchema, permission: REMINDER_ADMINS, kind: 'query' }),
  'reminders.settings.save': procedure({ input: reminderSettingsSaveInput, output: reminderSettingsSchema, permission: REMINDER_ADMINS, kind: 'mutation' }),
  'reminders.templates.list': procedure({ input: noInput, output: z.array(reminderTemplateSchema), permission: REMINDER_ADMINS, kind: 'query' }),
  'reminders.templates.save': procedure({ input: templateSaveInput, output: reminderTemplateSchema, permission: REMINDER_ADMINS, kind: 'mutation' }),
  'reminders.templates.reset': procedure({ input: templateKeyInput, output: reminderTemplateSchema, permission: REMINDER_ADMINS, kind: 'mutation' }),
  'reminders.templates.preview': procedure({ input: templatePreviewInput, output: templatePreviewOutput, permission: REMINDER_ADMINS, kind: 'query' }),
  'reminders.outbox.list': procedure({ input: outboxListInput, output: outboxListOutput, permission: REMINDER_READERS, kind: 'query' }),
  'reminders.outbox.retry': procedure({ input: outboxIdInput, output: outboxMessageSchema, permission: REMINDER_ADMINS, kind: 'mutation' }),
  'reminders.outbox.cancel': procedure({ input: outboxIdInput, output: outboxMessageSchema, permission: REMINDER_ADMINS, kind: 'mutation' }),
  /** Enqueues what is owed today now, without waiting for the next billing run. */
  'reminders.enqueueNow': procedure({ input: noInput, output: enqueueResultSchema, permission: REMINDER_ADMINS, kind: 'mutation' }),
  /** Sends one message through the saved gateway settings and reports the gateway's answer. */
  'reminders.sendTest': procedure({ input: sendTestInput, output: sendTestOutput, permission: REMINDER_ADMINS, kind: 'mutation' }),
} satisfies ContractShape;
