import { startRouterSim, type RouterSim, type RouterSimOptions } from '../../router-sim';
import { onCleanup, startOfficeWithStaff, type Harness } from '../../support/core-harness';
import type { CoreOptions } from '../../../src-main/core/create-core';

export interface RouterHarness {
  h: Harness;
  sim: RouterSim;
  routerId: string;
  /** Events broadcast to a listening client, in order. */
  events: Array<{ event: string; payload: unknown }>;
}

/** An office with staff, a simulator, and that simulator registered as router "Tower". */
export async function startRouterHarness(
  simOptions: RouterSimOptions = {},
  core: Partial<CoreOptions> = {},
): Promise<RouterHarness> {
  const sim = await startRouterSim(simOptions);
  onCleanup(() => sim.close());
  const h = await startOfficeWithStaff({
    routers: {
      session: { reconnect: { initialDelayMs: 20, maxDelayMs: 200 }, commandTimeoutMs: 5000, heartbeatIntervalMs: 0 },
      jobs: { pollIntervalMs: 50, retryInitialMs: 0 },
      health: { intervalMs: 3_600_000 },
    },
    ...core,
  });
  const events: RouterHarness['events'] = [];
  h.core.events.attach('listener', (event, payload) => events.push({ event, payload }));
  const users = simOptions.users ?? { admin: 'admin' };
  const [username, password] = Object.entries(users)[0] ?? ['admin', 'admin'];
  const router = await h.must('owner', 'routers.create', { name: 'Tower', host: '127.0.0.1', port: sim.port, username, password });
  return { h, sim, routerId: router.id, events };
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function waitOnline(rh: RouterHarness): Promise<void> {
  await waitFor(() => rh.h.core.services.routerRuntime.connections.status(rh.routerId).state === 'online', 10_000, 'router online');
}
