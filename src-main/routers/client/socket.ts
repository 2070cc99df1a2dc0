import net from 'node:net';
import tls from 'node:tls';

/** What the client needs from a socket; `net.Socket` and `tls.TLSSocket` satisfy it. */
export interface RouterSocket {
  write(data: Uint8Array): boolean;
  destroy(error?: Error): void;
  setNoDelay(noDelay?: boolean): unknown;
  setKeepAlive(enable?: boolean, initialDelay?: number): unknown;
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
}

/** Anonymous Diffie-Hellman suites for API-SSL on routers that have no certificate. */
export const ANONYMOUS_DH_CIPHERS = 'ADH-AES256-GCM-SHA384:ADH-AES128-SHA256:ADH-AES256-SHA:@SECLEVEL=0';

/** Per-router API-SSL settings. */
export interface RouterTlsOptions {
  /**
   * Use anonymous DH suites (TLS 1.2, no certificate). Encrypts but does not authenticate
   * the router; needed for routers without a certificate and breaks routers that have one.
   */
  anonymousDh?: boolean;
  /** Verify the router's certificate (default true; not applicable with `anonymousDh`). */
  rejectUnauthorized?: boolean;
  /** Trusted CA certificate(s), PEM, e.g. the router's self-signed CA. */
  ca?: string | Buffer | Array<string | Buffer>;
  /** Name to verify the certificate against (defaults to the host when it is not an IP). */
  servername?: string;
  /** Cipher list override (OpenSSL syntax). */
  ciphers?: string;
  minVersion?: tls.SecureVersion;
}

export interface SocketConnectOptions {
  host: string;
  port: number;
  tls?: RouterTlsOptions;
  /** Aborted when the connect timeout passes; the factory must then destroy the socket and reject. */
  signal: AbortSignal;
}

/** Opens a connected (and, for TLS, handshaken) socket. */
export type SocketFactory = (options: SocketConnectOptions) => Promise<RouterSocket>;

export function tlsConnectionOptions(host: string, port: number, options: RouterTlsOptions): tls.ConnectionOptions {
  const out: tls.ConnectionOptions = { host, port };
  const servername = options.servername ?? (net.isIP(host) === 0 ? host : undefined);
  if (servername !== undefined) out.servername = servername;
  if (options.minVersion !== undefined) out.minVersion = options.minVersion;
  if (options.anonymousDh === true) {
    out.ciphers = options.ciphers ?? ANONYMOUS_DH_CIPHERS;
    out.maxVersion = 'TLSv1.2'; // TLS 1.3 has no anonymous suites
    out.rejectUnauthorized = false; // there is no certificate to verify
  } else {
    if (options.ciphers !== undefined) out.ciphers = options.ciphers;
    out.rejectUnauthorized = options.rejectUnauthorized ?? true;
    if (options.ca !== undefined) out.ca = options.ca;
  }
  return out;
}

/** Default factory: `net.connect` or `tls.connect`, resolved on connect / secureConnect. */
export const defaultSocketFactory: SocketFactory = ({ host, port, tls: tlsOptions, signal }) =>
  new Promise<RouterSocket>((resolve, reject) => {
    const socket = tlsOptions ? tls.connect(tlsConnectionOptions(host, port, tlsOptions)) : net.connect({ host, port });
    const readyEvent = tlsOptions ? 'secureConnect' : 'connect';
    let settled = false;
    const finish = (err?: unknown): void => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      socket.off(readyEvent, onReady);
      if (err === undefined) {
        resolve(socket);
      } else {
        socket.destroy();
        reject(err);
      }
    };
    const onReady = (): void => finish();
    const onAbort = (): void => finish(signal.reason ?? new Error('connect aborted'));
    // Stays attached for the socket's life: an 'error' without a listener crashes Node.
    socket.on('error', (err: Error) => finish(err));
    socket.once(readyEvent, onReady);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
