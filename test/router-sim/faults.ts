// Fault switches: the ways a real router link misbehaves that a client must survive. They can be
// changed while connections are open; each connection reads the current switches per command/write.

export interface FaultOptions {
  /** delay added before each reply sentence is written (default 0) */
  replyLatencyMs: number;
  /** 'bytewise' = every byte its own socket write; number N = chunks of N bytes */
  splitWrites: 'none' | 'bytewise' | number;
  /** destroy (TCP reset) the connection once the Nth command on it has been answered; counts login */
  resetAfterCommands: number | null;
  /** every Nth command on a connection takes effect but is never answered */
  dropReplyEveryNth: number | null;
  /** after answering the Nth command, send `!fatal <reason>` and close */
  fatalAfterCommands: number | null;
  /** accept, then immediately destroy, every new connection */
  refuseConnections: boolean;
  /** pause between split chunks; 0 = yield to the event loop only (extension) */
  splitDelayMs?: number;
  /** reason word sent with the injected `!fatal` (extension) */
  fatalReason?: string;
}

export const DEFAULT_FATAL_REASON = 'session terminated by fault injection';

export const DEFAULT_FAULTS: FaultOptions = {
  replyLatencyMs: 0,
  splitWrites: 'none',
  resetAfterCommands: null,
  dropReplyEveryNth: null,
  fatalAfterCommands: null,
  refuseConnections: false,
  splitDelayMs: 0,
  fatalReason: DEFAULT_FATAL_REASON,
};

function positiveOrNull(name: string, v: number | null): number | null {
  if (v === null) return null;
  if (!Number.isInteger(v) || v < 1) throw new RangeError(`router-sim: ${name} must be a positive integer or null`);
  return v;
}

export function mergeFaults(base: FaultOptions, patch: Partial<FaultOptions>): FaultOptions {
  const next: FaultOptions = { ...base, ...patch };
  if (typeof next.splitWrites === 'number' && (!Number.isInteger(next.splitWrites) || next.splitWrites < 1)) {
    throw new RangeError('router-sim: splitWrites must be none, bytewise or a positive integer');
  }
  if (next.replyLatencyMs < 0) throw new RangeError('router-sim: replyLatencyMs must be >= 0');
  next.resetAfterCommands = positiveOrNull('resetAfterCommands', next.resetAfterCommands);
  next.dropReplyEveryNth = positiveOrNull('dropReplyEveryNth', next.dropReplyEveryNth);
  next.fatalAfterCommands = positiveOrNull('fatalAfterCommands', next.fatalAfterCommands);
  return next;
}

/** bytes per socket write, or null for one write per sentence */
export function chunkSize(split: FaultOptions['splitWrites']): number | null {
  if (split === 'none') return null;
  if (split === 'bytewise') return 1;
  return split;
}

/** command number n (1-based, per connection) is one whose reply gets dropped */
export function isDropped(n: number, f: FaultOptions): boolean {
  return f.dropReplyEveryNth !== null && n % f.dropReplyEveryNth === 0;
}

export function reached(n: number, limit: number | null): boolean {
  return limit !== null && n >= limit;
}
