import type { RouterHealth } from '../../../src-shared/ipc/schemas/routers';
import type { Clock } from '../../core/clock';
import type { EventHub } from '../../core/event-hub';
import type { Logger } from '../../core/logger';
import type { RouterConnections } from '../connections/manager';
import type { RouterRegistry } from '../registry/service';
import { DEFAULT_THRESHOLDS, evaluate, newAlertState, type AlertKind, type AlertState, type AlertThresholds } from './alerts';
import { readResource, type ResourceSample } from './resource';

export interface HealthMonitorOptions extends Partial<AlertThresholds> {
  /** Poll interval (default 30 s). */
  intervalMs?: number;
}

interface Entry {
  health: RouterHealth;
  alerts: AlertState;
}

const MESSAGES: Record<AlertKind, (sample: ResourceSample | null, error: string | null) => string> = {
  cpu: (s) => `CPU load ${s?.cpuLoad ?? '?'}%`,
  memory: (s) => (s ? `free memory ${Math.round((100 * s.freeMemory) / s.totalMemory)}%` : 'free memory low'),
  unreachable: (_s, error) => `router unreachable${error ? `: ${error}` : ''}`,
};

/**
 * Polls `/system/resource` on every router's live session and keeps the latest health in memory
 * (it is a live view; nothing here needs to survive a restart). Raises and clears `routers.alerts`.
 */
export class HealthMonitor {
  private readonly entries = new Map<string, Entry>();
  private readonly limits: AlertThresholds;
  private timer: ReturnType<typeof setInterval> | undefined;
  private stopListening: (() => void) | undefined;

  constructor(
    private readonly deps: { registry: RouterRegistry; connections: RouterConnections; events: EventHub; clock: Clock; logger: Logger },
    private readonly options: HealthMonitorOptions = {},
  ) {
    this.limits = {
      cpuPercent: options.cpuPercent ?? DEFAULT_THRESHOLDS.cpuPercent,
      freeMemoryShare: options.freeMemoryShare ?? DEFAULT_THRESHOLDS.freeMemoryShare,
      sustainMs: options.sustainMs ?? DEFAULT_THRESHOLDS.sustainMs,
    };
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.pollAll(), this.options.intervalMs ?? 30_000);
    this.timer.unref();
    // A router that has just come online gets its health read at once, not at the next tick.
    this.stopListening = this.deps.connections.onStatus((status) => {
      if (status.state !== 'online') return;
      const row = this.deps.registry.listCommandable().find((candidate) => candidate.id === status.routerId);
      if (row) void this.poll(row.id, row.name);
    });
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.stopListening?.();
    this.stopListening = undefined;
  }

  /** Latest health of each live router (routers never polled show as offline with no data). */
  list(routerId?: string): RouterHealth[] {
    const rows = this.deps.registry.listCommandable().filter((row) => routerId === undefined || row.id === routerId);
    return rows.map((row) => this.entries.get(row.id)?.health ?? emptyHealth(row.id));
  }

  async pollAll(): Promise<void> {
    await Promise.all(this.deps.registry.listCommandable().map((row) => this.poll(row.id, row.name)));
  }

  async poll(routerId: string, routerName: string): Promise<void> {
    const session = this.deps.connections.session(routerId);
    let sample: ResourceSample | null = null;
    let error: string | null = null;
    if (!session || session.status.state !== 'online') {
      error = session?.status.lastError?.message ?? 'not connected';
    } else {
      try {
        sample = await readResource(session);
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
      }
    }
    const now = this.deps.clock.now();
    const entry = this.entries.get(routerId) ?? { health: emptyHealth(routerId), alerts: newAlertState() };
    this.entries.set(routerId, entry);
    for (const change of evaluate(entry.alerts, sample, now, this.limits)) {
      this.deps.events.broadcast('routers.alerts', {
        routerId,
        routerName,
        kind: change.kind,
        active: change.active,
        message: change.active ? MESSAGES[change.kind](sample, error) : `${change.kind} back to normal`,
        at: now,
      });
    }
    entry.health = {
      ...(sample ? { ...sample, version: sample.version, board: sample.board } : pick(entry.health)),
      routerId,
      online: sample !== null,
      checkedAt: now,
      lastError: error,
      alerts: [...entry.alerts.active],
    };
  }
}

/** While offline, the last known figures stay visible (with `online: false`). */
function pick(health: RouterHealth): Pick<RouterHealth, 'cpuLoad' | 'freeMemory' | 'totalMemory' | 'version' | 'board' | 'uptime'> {
  return {
    cpuLoad: health.cpuLoad,
    freeMemory: health.freeMemory,
    totalMemory: health.totalMemory,
    version: health.version,
    board: health.board,
    uptime: health.uptime,
  };
}

function emptyHealth(routerId: string): RouterHealth {
  return {
    routerId,
    online: false,
    checkedAt: null,
    cpuLoad: null,
    freeMemory: null,
    totalMemory: null,
    version: null,
    board: null,
    uptime: null,
    lastError: null,
    alerts: [],
  };
}
