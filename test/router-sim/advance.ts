// Moving the router clock. Due events are processed in time order, with the clock set to each
// event's moment, so a scheduler that fires at 10:05 sees a 5-minute-old session, and a session that
// hits its uptime limit is logged out with exactly that uptime.
import { nextRunMs } from './scheduler';
import type { RouterState } from './router-state';
import { activeHotspotRemaining } from './sessions';

/** a test that needs more events than this per call is almost certainly looping */
const MAX_EVENTS_PER_ADVANCE = 100_000;

type DueEvent = { at: number; kind: 'scheduler'; id: string } | { at: number; kind: 'hotspot-expiry'; id: string };

function nextEvent(state: RouterState, limit: number): DueEvent | null {
  const now = state.clock.now();
  let best: DueEvent | null = null;
  for (const s of state.hotspotSessions.values()) {
    const left = activeHotspotRemaining(state, s);
    if (left === null) continue;
    const at = now + left;
    if (at <= limit && (best === null || at < best.at)) best = { at, kind: 'hotspot-expiry', id: s.activeId };
  }
  for (const row of state.table('/system/scheduler').all()) {
    const at = nextRunMs(row.values, now);
    if (at !== null && at <= limit && (best === null || at < best.at)) best = { at, kind: 'scheduler', id: row.id };
  }
  return best;
}

function runScheduler(state: RouterState, id: string): void {
  const row = state.table('/system/scheduler').get(id);
  // an earlier script at the same instant may have removed or disabled it
  if (!row || row.values.disabled === 'true') return;
  row.values['run-count'] = String(Number(row.values['run-count'] ?? '0') + 1);
  state.emitChange('/system/scheduler', row.id, false);
  state.runScript({ trigger: 'scheduler', name: row.values.name ?? '', source: row.values['on-event'] ?? '' });
}

export function advanceClock(state: RouterState, ms: number): void {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError('router-sim: advanceClock needs a non-negative number of ms');
  const target = state.clock.now() + ms;
  for (let i = 0; ; i++) {
    if (i >= MAX_EVENTS_PER_ADVANCE) throw new Error(`router-sim: more than ${MAX_EVENTS_PER_ADVANCE} due events in one advanceClock`);
    const ev = nextEvent(state, target);
    if (ev === null) break;
    state.clock.set(ev.at);
    if (ev.kind === 'hotspot-expiry') {
      state.logoutHotspotSession(ev.id);
      continue;
    }
    // Every scheduler due at this instant runs now, in table order (as RouterOS documents): once the
    // clock stands at the instant, the others would look already past and be skipped.
    const due = state
      .table('/system/scheduler')
      .all()
      .filter((row) => nextRunMs(row.values, ev.at - 1) === ev.at)
      .map((row) => row.id);
    for (const id of due) runScheduler(state, id);
  }
  state.clock.set(target);
}
