// Shared setup for the simulator's own tests: every test gets its own simulator on a random port,
// and everything opened is closed after the test.
import { afterEach } from 'vitest';
import { startRouterSim, type RouterSim, type RouterSimOptions } from './index';
import { RawClient } from './raw-client';

export function useSim(): {
  start(opts?: RouterSimOptions): Promise<RouterSim>;
  client(sim: RouterSim, opts?: { login?: boolean; user?: string; password?: string }): Promise<RawClient>;
} {
  const sims: RouterSim[] = [];
  const clients: RawClient[] = [];
  afterEach(async () => {
    for (const c of clients) c.close();
    await Promise.all(sims.map((s) => s.close()));
    sims.length = 0;
    clients.length = 0;
  });
  return {
    async start(opts) {
      const sim = await startRouterSim(opts);
      sims.push(sim);
      return sim;
    },
    async client(sim, opts = {}) {
      const c = await RawClient.connect(sim.port);
      clients.push(c);
      if (opts.login ?? true) await c.login(opts.user ?? 'admin', opts.password ?? 'admin');
      return c;
    },
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** polls until check() is true (for effects that happen asynchronously on the server) */
export async function eventually(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await sleep(5);
  }
}
