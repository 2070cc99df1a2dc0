import type { ApiClient } from '@shared/ipc/client';
import type { Result } from '@shared/ipc/result';
import type { AppStatus } from '@shared/ipc/schemas/app';

/**
 * The `app.status` call, started before the UI's code has loaded. Every first screen (wizard, sign-in,
 * shell) waits on it, so its round trip runs while the browser parses and runs React and MUI instead of
 * after (P4, first meaningful paint).
 */
export interface EarlyStatus {
  /** The answer if it has already come back, else undefined. */
  settled(): Result<AppStatus> | undefined;
  /** The answer; a bridge that throws becomes an INTERNAL failure, as in useCall. */
  readonly answer: Promise<Result<AppStatus>>;
}

export function requestEarlyStatus(client: ApiClient): EarlyStatus {
  let result: Result<AppStatus> | undefined;
  const answer = client.call('app.status', {}).then(
    (value) => value,
    (error: unknown): Result<AppStatus> => ({
      ok: false,
      error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) },
    }),
  );
  void answer.then((value) => {
    result = value;
  });
  return { settled: () => result, answer };
}
