import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contract } from '@shared/ipc/contract';
import type { ProcedureInput } from '@shared/ipc/procedure';
import type { OutboxStatus, ReminderChannel, ReminderKind } from '@shared/ipc/schemas/reminders';
import { queryKeys } from '../../api/queryKeys';
import { useCall } from '../../api/useCall';
import { useSessionUsable } from '../../shell/SessionContext';

export type SaveReminderSettingsInput = ProcedureInput<Contract['reminders.settings.save']>;
export type SaveTemplateInput = ProcedureInput<Contract['reminders.templates.save']>;
export type SendTestInput = ProcedureInput<Contract['reminders.sendTest']>;

export interface OutboxQuery {
  status?: OutboxStatus;
  kind?: ReminderKind;
  offset: number;
  limit: number;
}

/** The reminder cache keys (kept here with the feature; all start with 'reminders'). */
export const reminderKeys = {
  all: ['reminders'] as const,
  settings: ['reminders', 'settings'] as const,
  templates: ['reminders', 'templates'] as const,
  preview: (kind: ReminderKind, channel: ReminderChannel, body: string) => ['reminders', 'preview', kind, channel, body] as const,
  outboxAll: ['reminders', 'outbox'] as const,
  outbox: (query: OutboxQuery) => ['reminders', 'outbox', query] as const,
};

export function useReminderSettings(enabled = true) {
  const call = useCall();
  return useQuery({ queryKey: reminderKeys.settings, queryFn: () => call('reminders.settings.get', {}), enabled });
}

export function useSaveReminderSettings() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveReminderSettingsInput) => call('reminders.settings.save', input),
    onSuccess: (settings) => {
      queryClient.setQueryData(reminderKeys.settings, settings);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: reminderKeys.outboxAll }),
        queryClient.invalidateQueries({ queryKey: ['reminders', 'preview'] }),
        queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
      ]);
    },
  });
}

export function useReminderTemplates() {
  const call = useCall();
  return useQuery({ queryKey: reminderKeys.templates, queryFn: () => call('reminders.templates.list', {}) });
}

function useTemplateWrite<I>(write: (input: I) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: reminderKeys.templates }), queryClient.invalidateQueries({ queryKey: queryKeys.auditAll })]),
  });
}

export function useSaveTemplate() {
  const call = useCall();
  return useTemplateWrite((input: SaveTemplateInput) => call('reminders.templates.save', input));
}

export function useResetTemplate() {
  const call = useCall();
  return useTemplateWrite((input: { kind: ReminderKind; channel: ReminderChannel }) => call('reminders.templates.reset', input));
}

/** The preview of text being typed (the caller debounces it); the last answer stays while the next loads. */
export function useTemplatePreview(kind: ReminderKind, channel: ReminderChannel, body: string) {
  const call = useCall();
  return useQuery({
    queryKey: reminderKeys.preview(kind, channel, body),
    queryFn: () => call('reminders.templates.preview', { kind, channel, body }),
    placeholderData: keepPreviousData,
    enabled: body.length <= 1000,
  });
}

/** A page of the outbox; refreshed every few seconds while messages wait, so rows turn "Sent" by themselves. */
export function useOutbox(query: OutboxQuery) {
  const call = useCall();
  const usable = useSessionUsable();
  return useQuery({
    queryKey: reminderKeys.outbox(query),
    queryFn: () => call('reminders.outbox.list', query),
    placeholderData: keepPreviousData,
    enabled: usable,
    refetchInterval: (state) => ((state.state.data?.counts.queued ?? 0) > 0 ? 2_000 : 15_000),
  });
}

function useOutboxAction(name: 'reminders.outbox.retry' | 'reminders.outbox.cancel') {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(name, { id }),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: reminderKeys.outboxAll }), queryClient.invalidateQueries({ queryKey: queryKeys.auditAll })]),
  });
}

export const useRetryMessage = () => useOutboxAction('reminders.outbox.retry');
export const useCancelMessage = () => useOutboxAction('reminders.outbox.cancel');

export function useEnqueueNow() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('reminders.enqueueNow', {}),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: reminderKeys.outboxAll }), queryClient.invalidateQueries({ queryKey: queryKeys.auditAll })]),
  });
}

export function useSendTest() {
  const call = useCall();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SendTestInput) => call('reminders.sendTest', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.auditAll }),
  });
}
