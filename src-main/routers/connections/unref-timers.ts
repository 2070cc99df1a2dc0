import type { RouterTimers } from '../client';

/**
 * Timers for router sessions that never keep the process alive by themselves: a desk app quitting,
 * or a test finishing, must not wait for a reconnect backoff or a heartbeat.
 */
export const unrefTimers: RouterTimers = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
