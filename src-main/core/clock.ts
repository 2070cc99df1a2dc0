/** Time source passed to every service, so tests can pin and move time. Epoch ms, UTC. */
export interface Clock {
  now(): number;
}

/** A clock something outside the services may move (tests, the web bridge's test clock control). */
export interface AdjustableClock extends Clock {
  advance(ms: number): void;
  set(epochMs: number): void;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock tests move by hand. */
export class ManualClock implements AdjustableClock {
  constructor(private current: number) {}

  now(): number {
    return this.current;
  }

  advance(ms: number): void {
    this.current += ms;
  }

  set(epochMs: number): void {
    this.current = epochMs;
  }
}

/**
 * The system clock shifted to start at a chosen instant, and movable by hand: `npm run web -- --test-clock`.
 * Unlike ManualClock it keeps running between moves, so timeouts, router keepalives and retry backoff
 * that measure elapsed time behave as they do on a real desk while a test jumps days ahead.
 */
export class MovableClock implements AdjustableClock {
  private offset: number;

  constructor(
    start: number,
    private readonly system: () => number = Date.now,
  ) {
    this.offset = start - system();
  }

  now(): number {
    return this.system() + this.offset;
  }

  advance(ms: number): void {
    this.offset += ms;
  }

  set(epochMs: number): void {
    this.offset = epochMs - this.system();
  }
}
