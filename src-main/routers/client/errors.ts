import { RouterError } from '../protocol/errors';

/**
 * The connection is not usable: it could not be opened, it died, or the session is offline.
 * `sent` tells whether the command had been written to the router before that happened:
 * `false` means the router never saw it (safe to retry); `true` means its outcome is unknown.
 */
export class RouterConnectionError extends RouterError {
  readonly sent: boolean;

  constructor(message: string, options: { cause?: unknown; sent?: boolean } = {}) {
    super('ROUTER_CONNECTION', message, { cause: options.cause });
    this.sent = options.sent ?? false;
  }
}

/** The command got no final reply within its timeout. See `RouterConnectionError.sent`. */
export class RouterTimeoutError extends RouterError {
  readonly timeoutMs: number;
  readonly sent: boolean;

  constructor(timeoutMs: number, sent: boolean, what = 'command') {
    super('ROUTER_TIMEOUT', `${what} got no reply within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
    this.sent = sent;
  }
}

/**
 * The router refused the command (`!trap`). `category` is the trap category
 * (0 missing item/command, 1 bad argument, 2 interrupted, 3 scripting, 4 general, 5 API)
 * when the router sent one. `attributes` keeps every word of the trap as sent.
 */
export class RouterTrapError extends RouterError {
  readonly category: number | undefined;
  readonly attributes: Readonly<Record<string, string>>;

  constructor(attributes: Record<string, string>) {
    super('ROUTER_TRAP', attributes.message ?? 'router returned !trap without a message');
    this.attributes = attributes;
    const raw = attributes.category;
    this.category = raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : undefined;
  }
}

/** The router sent `!fatal` (it closes the connection right after). */
export class RouterFatalError extends RouterError {
  readonly reason: string;

  constructor(reason: string) {
    super('ROUTER_FATAL', `router closed the session: ${reason || '(no reason given)'}`);
    this.reason = reason;
  }
}

/** The router rejected the user name or password (or the legacy challenge response). */
export class RouterLoginError extends RouterError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ROUTER_LOGIN', message, options);
  }
}
