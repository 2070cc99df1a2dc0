// Listeners (plain API and optional API-SSL), bound to 127.0.0.1 only, and the bookkeeping shared by
// all connections: open connections, the command log, fault switches, tag position.
import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { Connection, type ConnectionHost } from './connection';
import { DEFAULT_FAULTS, mergeFaults, type FaultOptions } from './faults';
import type { TagPosition } from './replies';
import type { RouterState } from './router-state';

export const SIM_HOST = '127.0.0.1';

export interface SimServerOptions {
  state: RouterState;
  port: number;
  tls?: { key: string; cert: string };
  tagPosition: TagPosition;
  faults: Partial<FaultOptions>;
}

export interface LoggedCommand {
  connectionId: number;
  words: string[];
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error): void => reject(err);
    server.once('error', onError);
    server.listen({ host: SIM_HOST, port, exclusive: true }, () => {
      server.off('error', onError);
      const addr = server.address();
      resolve(typeof addr === 'object' && addr !== null ? addr.port : port);
    });
  });
}

export class SimServer implements ConnectionHost {
  readonly state: RouterState;
  port = 0;
  tlsPort: number | null = null;
  private currentFaults: FaultOptions;
  private readonly position: TagPosition;
  private readonly connections = new Set<Connection>();
  private readonly log: LoggedCommand[] = [];
  private readonly servers: Server[] = [];
  private nextConnectionId = 1;

  private constructor(opts: SimServerOptions) {
    this.state = opts.state;
    this.position = opts.tagPosition;
    this.currentFaults = mergeFaults(DEFAULT_FAULTS, opts.faults);
  }

  static async start(opts: SimServerOptions): Promise<SimServer> {
    const sim = new SimServer(opts);
    const plain = createServer((socket) => sim.accept(socket));
    sim.servers.push(plain);
    sim.port = await listen(plain, opts.port);
    if (opts.tls) {
      const secure = createTlsServer({ key: opts.tls.key, cert: opts.tls.cert }, (socket) => sim.accept(socket));
      // refuse at TCP level, before any handshake, like a router that resets new connections
      secure.on('connection', (raw: Socket) => {
        if (sim.currentFaults.refuseConnections) raw.destroy();
      });
      secure.on('tlsClientError', () => {
        // a failed handshake concerns only that peer
      });
      sim.servers.push(secure);
      try {
        sim.tlsPort = await listen(secure, 0);
      } catch (err) {
        await sim.close();
        throw err;
      }
    }
    for (const s of sim.servers) s.on('error', () => undefined);
    return sim;
  }

  faults(): FaultOptions {
    return this.currentFaults;
  }

  setFaults(patch: Partial<FaultOptions>): void {
    this.currentFaults = mergeFaults(this.currentFaults, patch);
  }

  tagPosition(): TagPosition {
    return this.position;
  }

  logCommand(connectionId: number, words: string[]): void {
    this.log.push({ connectionId, words: [...words] });
  }

  commandLog(): ReadonlyArray<LoggedCommand> {
    return this.log.map((e) => ({ connectionId: e.connectionId, words: [...e.words] }));
  }

  connectionClosed(conn: Connection): void {
    this.connections.delete(conn);
  }

  connectionCount(): number {
    return this.connections.size;
  }

  async close(): Promise<void> {
    const closing = this.servers.map(
      (s) =>
        new Promise<void>((resolve) => {
          if (!s.listening) return resolve();
          s.close(() => resolve());
        }),
    );
    for (const c of [...this.connections]) c.destroy();
    this.connections.clear();
    await Promise.all(closing);
  }

  private accept(socket: Socket): void {
    socket.on('error', () => undefined);
    if (this.currentFaults.refuseConnections) {
      socket.destroy();
      return;
    }
    const conn = new Connection(this.nextConnectionId++, socket, this);
    this.connections.add(conn);
  }
}
