import type { Clock } from '../core/clock';
import type { EventHub } from '../core/event-hub';
import type { Logger } from '../core/logger';
import type { OfficeService } from '../office/service';
import type { HealthService } from '../health/service';
import type { RouterRuntime } from '../routers/runtime';
import { AppError } from '../../src-shared/ipc/result';
import type { AlertChangeEvent, AppAlert } from '../../src-shared/ipc/schemas/health';
import { DEFAULT_ALERT_LIMITS, evaluateRules, newRuleMemory, type AlertLimits } from './rules';
import { AlertStore, type AlertChange } from './store';

export interface AlertOptions extends Partial<AlertLimits> {
  /** How often the rules run (default 30 s); router status changes also trigger a run. */
  intervalMs?: number;
}

export interface AlertDeps {
  health: HealthService;
  routerRuntime: RouterRuntime;
  office: OfficeService;
  events: EventHub;
  clock: Clock;
  logger: Logger;
}

type Listener = (event: AlertChangeEvent) => void;

/**
 * Alert rules run periodically and on router status changes; each change is broadcast to windows as
 * `alerts.changed` and passed to in-process listeners (Electron's desktop notifications).
 */
export class AlertService {
  private readonly store = new AlertStore();
  private readonly memory = newRuleMemory();
  private readonly limits: AlertLimits;
  private readonly listeners = new Set<Listener>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private stopStatus: (() => void) | undefined;

  constructor(
    private readonly deps: AlertDeps,
    private readonly options: AlertOptions = {},
  ) {
    this.limits = { ...DEFAULT_ALERT_LIMITS, ...stripUndefined(options) };
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.evaluateSafely(), this.options.intervalMs ?? 30_000);
    this.timer.unref();
    this.stopStatus = this.deps.routerRuntime.connections.onStatus(() => this.evaluateSafely());
    this.evaluateSafely();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.stopStatus?.();
    this.stopStatus = undefined;
  }

  /** The clock jumped (resume from sleep, the test clock): durations changed, so run the rules now. No-op before start. */
  recheck(): void {
    if (this.timer) this.evaluateSafely();
  }

  /** Runs the rules now (also what the timer does); returns the changes it made. */
  evaluate(): AlertChange[] {
    const now = this.deps.clock.now();
    const input = {
      health: this.deps.health.get(now),
      routersLive: this.deps.routerRuntime.isStarted,
      officeCreatedAt: this.deps.office.get()?.createdAt ?? null,
    };
    const changes = this.store.reconcile(evaluateRules(input, this.memory, now, this.limits), now);
    this.publish(changes);
    return changes;
  }

  list(): { alerts: AppAlert[]; unacknowledged: number } {
    return { alerts: this.store.list(), unacknowledged: this.store.unacknowledged() };
  }

  acknowledge(target: { id: string } | 'all', now: number): { alerts: AppAlert[]; unacknowledged: number } {
    const changes = this.store.acknowledge(target, now);
    if (changes === null) throw new AppError('NOT_FOUND', 'No such alert (it may have been cleared long ago).', { id: target === 'all' ? null : target.id });
    this.publish(changes);
    return this.list();
  }

  /** In-process listener (desktop notifications); returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private publish(changes: readonly AlertChange[]): void {
    for (const change of changes) {
      this.deps.events.broadcast('alerts.changed', change);
      for (const listener of this.listeners) {
        try {
          listener(change);
        } catch (error) {
          this.deps.logger.error('alert listener failed', { error: String(error) });
        }
      }
    }
  }

  private evaluateSafely(): void {
    try {
      this.evaluate();
    } catch (error) {
      this.deps.logger.error('alert rules failed', { error: error instanceof Error ? error.message : String(error) });
    }
  }
}

function stripUndefined(options: AlertOptions): Partial<AlertLimits> {
  const { intervalMs: _interval, ...limits } = options;
  return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined)) as Partial<AlertLimits>;
}
