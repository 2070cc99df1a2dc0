import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient, Bridge } from '../../src-shared/ipc/client';
import { createApiClient } from '../../src-shared/ipc/client';
import type { Result } from '../../src-shared/ipc/result';
import type { AppStatus } from '../../src-shared/ipc/schemas/app';
import { requestEarlyStatus } from '../../src-renderer/src/boot/earlyStatus';
import { seedStatus } from '../../src-renderer/src/boot/seedStatus';
import { queryKeys } from '../../src-renderer/src/api/queryKeys';

// The renderer's start (P4): app.status is asked for before the UI's code runs, and its answer
// becomes the status query's data without a second round trip.

const STATUS = { setupComplete: false, office: null, session: null } as unknown as AppStatus;

/** A bridge whose answers the test releases by hand, counting calls per procedure. */
function manualBridge() {
  const calls: string[] = [];
  const waiting: Array<(result: Result<unknown>) => void> = [];
  const bridge: Bridge = {
    invoke: (name) => {
      calls.push(name);
      return new Promise((resolve) => waiting.push(resolve));
    },
    on: () => () => undefined,
  };
  const answerNext = async (result: Result<unknown>): Promise<void> => {
    waiting.shift()?.(result);
    await flush();
  };
  return { client: createApiClient(bridge), calls, answerNext };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const testQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: 1, retryDelay: 0 } } });

describe('early status', () => {
  it('asks once at start and reports the answer when it has come', async () => {
    const { client, calls, answerNext } = manualBridge();
    const early = requestEarlyStatus(client);
    expect(calls).toEqual(['app.status']);
    expect(early.settled()).toBeUndefined();
    await answerNext({ ok: true, data: STATUS });
    expect(early.settled()).toEqual({ ok: true, data: STATUS });
  });

  it('turns a bridge that throws into an INTERNAL failure instead of a rejection', async () => {
    const bridge: Bridge = { invoke: () => Promise.reject(new Error('socket refused')), on: () => () => undefined };
    const early = requestEarlyStatus(createApiClient(bridge));
    await expect(early.answer).resolves.toEqual({ ok: false, error: { code: 'INTERNAL', message: 'socket refused' } });
  });
});

describe('seeding the status query', () => {
  it('puts an answer that is already here into the cache before the first render', async () => {
    const { client, answerNext } = manualBridge();
    const early = requestEarlyStatus(client);
    await answerNext({ ok: true, data: STATUS });
    const queryClient = testQueryClient();
    seedStatus(queryClient, client, early);
    expect(queryClient.getQueryData(queryKeys.status)).toEqual(STATUS);
  });

  it('makes an answer still on its way the query fetch, without asking twice', async () => {
    const { client, calls, answerNext } = manualBridge();
    const early = requestEarlyStatus(client);
    const queryClient = testQueryClient();
    seedStatus(queryClient, client, early);
    expect(queryClient.getQueryState(queryKeys.status)?.fetchStatus).toBe('fetching');
    await answerNext({ ok: true, data: STATUS });
    expect(queryClient.getQueryData(queryKeys.status)).toEqual(STATUS);
    expect(calls).toEqual(['app.status']);
  });

  it('asks again on a retry when the early answer was a failure', async () => {
    const { client, calls, answerNext } = manualBridge();
    const early = requestEarlyStatus(client);
    const queryClient = testQueryClient();
    seedStatus(queryClient, client, early);
    await answerNext({ ok: false, error: { code: 'INTERNAL', message: 'not up yet' } });
    await vi.waitFor(() => expect(calls).toEqual(['app.status', 'app.status']));
    await answerNext({ ok: true, data: STATUS });
    expect(queryClient.getQueryData(queryKeys.status)).toEqual(STATUS);
  });

  it('leaves a failure that came before mounting to the status query itself', async () => {
    const { client, answerNext } = manualBridge();
    const early = requestEarlyStatus(client);
    await answerNext({ ok: false, error: { code: 'INTERNAL', message: 'down' } });
    const queryClient = testQueryClient();
    seedStatus(queryClient, client as ApiClient, early);
    expect(queryClient.getQueryState(queryKeys.status)).toBeUndefined();
  });
});
