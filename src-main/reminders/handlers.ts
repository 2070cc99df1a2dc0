import type { Contract } from '../../src-shared/ipc/contract';
import type { Handlers } from '../core/handler-types';
import type { Services } from '../core/services';
import { totalCreated } from './service';

type ReminderProcedure = Extract<keyof Contract, `reminders.${string}`>;

/**
 * Handlers of src-shared/ipc/contracts/reminders.ts: each write and its audit entry commit together;
 * writes that can put messages in the queue wake the dispatcher afterwards.
 */
export function reminderHandlers(services: Services): Pick<Handlers<Contract>, ReminderProcedure> {
  const { reminders, transaction } = services;
  return {
    'reminders.settings.get': () => reminders.settings.get(),
    'reminders.settings.save': (input, ctx) => {
      const saved = transaction(() => {
        const result = reminders.settings.save(input, ctx.now);
        // Never the secret itself: only that it changed.
        const { authSecret: _secret, ...visible } = input;
        ctx.audit('updated reminder gateway settings', { changed: result.changed, ...visible, ...(input.authSecret !== undefined ? { authSecretChanged: true } : {}) });
        return result.settings;
      });
      reminders.dispatcher.wake(true);
      return saved;
    },
    'reminders.templates.list': () => reminders.templates.list(),
    'reminders.templates.save': (input, ctx) =>
      transaction(() => {
        const template = reminders.templates.save(input, ctx.now);
        ctx.audit(`saved the ${input.kind} ${input.channel} reminder template`, { kind: input.kind, channel: input.channel, enabled: input.enabled, body: input.body });
        return template;
      }),
    'reminders.templates.reset': (input, ctx) =>
      transaction(() => {
        const template = reminders.templates.reset(input.kind, input.channel);
        ctx.audit(`reset the ${input.kind} ${input.channel} reminder template to the built-in text`, { ...input });
        return template;
      }),
    'reminders.templates.preview': (input, ctx) => reminders.preview(input, ctx.now),
    'reminders.outbox.list': (input) => reminders.outbox.list(input),
    'reminders.outbox.retry': (input, ctx) => {
      const message = transaction(() => {
        const retried = reminders.outbox.retry(input.id, ctx.now);
        ctx.audit(`retried the ${retried.kind} reminder to ${retried.customerName}`, { messageId: retried.id, customerId: retried.customerId, lastError: retried.lastError });
        return retried;
      });
      reminders.dispatcher.wake(true);
      return message;
    },
    'reminders.outbox.cancel': (input, ctx) =>
      transaction(() => {
        const cancelled = reminders.outbox.cancel(input.id, ctx.now);
        ctx.audit(`cancelled the ${cancelled.kind} reminder to ${cancelled.customerName}`, { messageId: cancelled.id, customerId: cancelled.customerId });
        return cancelled;
      }),
    'reminders.enqueueNow': (_input, ctx) => {
      const result = transaction(() => {
        const enqueued = reminders.enqueue(ctx.now);
        ctx.audit(`enqueued ${totalCreated(enqueued)} reminder(s)`, { ...enqueued });
        return enqueued;
      });
      reminders.dispatcher.wake();
      return result;
    },
    'reminders.sendTest': async (input, ctx) => {
      const { recipient, ...result } = await reminders.sendTest(input.to, input.message);
      const outcome = result.delivered ? `delivered (HTTP ${result.status ?? ''})` : `not delivered: ${result.error ?? ''}`;
      transaction(() => ctx.audit(`sent a test reminder to ${recipient}: ${outcome}`, { to: recipient, ...result }));
      return result;
    },
  };
}
