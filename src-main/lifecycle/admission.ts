import { AppError } from '../../src-shared/ipc/result';

/**
 * The door of the core during shutdown: counts the calls in progress and, once closed, turns every new
 * one away with SHUTTING_DOWN, so shutdown can wait for exactly the work that was already admitted.
 */
export class Admission {
  private open = true;
  private inFlight = 0;
  private waiters: Array<() => void> = [];

  get isOpen(): boolean {
    return this.open;
  }

  get pending(): number {
    return this.inFlight;
  }

  /** Admits one call (or throws SHUTTING_DOWN); the returned function must be called when it ends. */
  enter(): () => void {
    if (!this.open) throw new AppError('SHUTTING_DOWN', 'The app is closing; this action was not started.');
    this.inFlight += 1;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.inFlight -= 1;
      if (this.inFlight === 0) this.wake();
    };
  }

  close(): void {
    this.open = false;
  }

  /** Settles when no admitted call is in progress. */
  idle(): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
