/** How long the page waits for the core to restart before it reloads (the bridge swaps cores in ~0.1 s). */
const RELOAD_AFTER_MS = 1500;

/** After a restore or import: the core restarts with the new data; the page starts over with it (sign in again). */
export function reloadAfterRestart(restarting: boolean): void {
  if (restarting) setTimeout(() => window.location.reload(), RELOAD_AFTER_MS);
}
