/**
 * Base class of every error raised by the RouterOS protocol and client code.
 * `code` is stable and meant for programmatic checks (logs, job queue policy).
 */
export class RouterError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The bytes received from a router do not form a valid API stream. */
export class RouterProtocolError extends RouterError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ROUTER_PROTOCOL', message, options);
  }
}

/**
 * A word the application wanted to send cannot be sent faithfully
 * (non-ASCII text, a word longer than the protocol allows, a malformed command).
 * Nothing was written to the router.
 */
export class RouterEncodingError extends RouterError {
  constructor(message: string) {
    super('ROUTER_ENCODING', message);
  }
}
