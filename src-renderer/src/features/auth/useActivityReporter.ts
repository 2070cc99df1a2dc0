import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { AppStatus } from '@shared/ipc/schemas/app';
import type { SessionInfo } from '@shared/ipc/schemas/auth';
import { useApi } from '../../api/ApiContext';
import { queryKeys } from '../../api/queryKeys';

/** The main process is told about input at most this often; it owns the idle timer. */
export const ACTIVITY_THROTTLE_MS = 20_000;

/**
 * 20 s for every real idle setting (the shortest is 1 minute); a third of the idle period when a
 * test or developer override makes it shorter, so typing still keeps the session open.
 */
export function activityThrottleMs(idleLockMs: number): number {
  return Math.max(250, Math.min(ACTIVITY_THROTTLE_MS, Math.floor(idleLockMs / 3)));
}
/** Slack after the idle period before the window re-reads the session on its own. */
const IDLE_CHECK_SLACK_MS = 1_500;

/**
 * While signed in and unlocked: reports keyboard/pointer input with `auth.activity` (throttled),
 * and, as a fallback to the `session.changed` event, re-reads the status once the idle period
 * has passed without input so the lock screen appears by itself.
 */
export function useActivityReporter(session: SessionInfo | null): void {
  const client = useApi();
  const queryClient = useQueryClient();
  const active = session !== null && !session.locked;
  const idleLockMs = session?.idleLockMs ?? 0;

  useEffect(() => {
    if (!active) return;
    let lastSent = 0;
    const throttleMs = activityThrottleMs(idleLockMs);
    let idleTimer: number | undefined;

    const recheck = () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.status });
      idleTimer = window.setTimeout(recheck, idleLockMs + IDLE_CHECK_SLACK_MS);
    };
    const armIdleCheck = () => {
      window.clearTimeout(idleTimer);
      idleTimer = window.setTimeout(recheck, idleLockMs + IDLE_CHECK_SLACK_MS);
    };

    const report = async () => {
      const result = await client.call('auth.activity', {});
      if (result.ok) {
        queryClient.setQueryData<AppStatus>(queryKeys.status, (old) => (old ? { ...old, session: result.data } : old));
      } else if (result.error.code === 'LOCKED' || result.error.code === 'UNAUTHENTICATED') {
        void queryClient.invalidateQueries({ queryKey: queryKeys.status });
      }
    };

    const onInput = () => {
      armIdleCheck();
      const now = Date.now();
      if (now - lastSent < throttleMs) return;
      lastSent = now;
      void report();
    };

    armIdleCheck();
    window.addEventListener('keydown', onInput, true);
    window.addEventListener('pointerdown', onInput, true);
    return () => {
      window.clearTimeout(idleTimer);
      window.removeEventListener('keydown', onInput, true);
      window.removeEventListener('pointerdown', onInput, true);
    };
  }, [active, idleLockMs, client, queryClient]);
}
