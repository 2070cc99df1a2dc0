import type { AuditService } from '../../audit/service';
import type { Clock } from '../../core/clock';
import type { Logger } from '../../core/logger';
import type { Db } from '../../db/connection';
import type { RouterConnections } from '../../routers/connections/manager';
import { reconcileRouter } from '../../routers/reconcile/run';
import type { RouterRegistry } from '../../routers/registry/service';
import { usageAuditSummary } from './handlers';
import { refreshUsage } from './service';

export interface UsagePollerDeps {
  db: Db;
  transaction<T>(fn: () => T): T;
  registry: RouterRegistry;
  connections: RouterConnections;
  audit: AuditService;
  clock: Clock;
  logger: Logger;
}

/** Default period: cheap (two prints per router) and well inside a plan's 2-minute scheduler margin. */
export const USAGE_POLL_MS = 5 * 60_000;

/**
 * While the app runs: every few minutes, for each online router, reconcile its expiry schedulers
 * (an operator-disabled or deleted scheduler comes back) and read usage back, ending vouchers the
 * router missed. Routers that are offline are skipped; their vouchers catch up at the next poll.
 */
export class UsagePoller {
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly running = new Set<string>();

  constructor(
    private readonly deps: UsagePollerDeps,
    private readonly intervalMs = USAGE_POLL_MS,
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.pollAll(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  async pollAll(): Promise<void> {
    await Promise.all(this.deps.registry.listCommandable().map((row) => this.poll(row.id, row.name)));
  }

  private async poll(routerId: string, routerName: string): Promise<void> {
    const session = this.deps.connections.session(routerId);
    if (!session || session.status.state !== 'online' || this.running.has(routerId)) return;
    this.running.add(routerId);
    try {
      await reconcileRouter(session, this.deps.db, routerId, ['/system/scheduler']);
      await refreshUsage(this.deps, session, routerId, this.deps.clock.now(), (summary) => {
        // Only changes are worth an audit row; a quiet poll every five minutes is not.
        if (summary.firstLogins + summary.expired + summary.endedByApp === 0) return;
        this.deps.audit.append(
          { operatorId: null, operatorName: null },
          { procedure: 'vouchers.usage.refresh', summary: `${usageAuditSummary(routerName, summary)} (background)`, details: { ...summary } },
          this.deps.clock.now(),
        );
      });
    } catch (error) {
      this.deps.logger.warn('voucher usage refresh failed', { routerId, error: error instanceof Error ? error.message : String(error) });
    } finally {
      this.running.delete(routerId);
    }
  }
}
