import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake gateway received. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface GatewayReply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Milliseconds to wait before answering (timeouts). */
  delayMs?: number;
}

/**
 * A real HTTP server on 127.0.0.1 standing in for an SMS/WhatsApp gateway: it records every request
 * and answers what the test says (200 by default).
 */
export interface GatewayServer {
  url: string;
  port: number;
  received: ReceivedRequest[];
  /** The answer to the next requests (a function decides per request). */
  reply(answer: GatewayReply | ((request: ReceivedRequest) => GatewayReply)): void;
  close(): Promise<void>;
}

export async function startGatewayServer(options: { port?: number; path?: string } = {}): Promise<GatewayServer> {
  const received: ReceivedRequest[] = [];
  let answer: (request: ReceivedRequest) => GatewayReply = () => ({ status: 200, body: '{"status":"queued"}' });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(request);
      const reply = answer(request);
      const send = (): void => {
        if (res.destroyed) return;
        res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
        res.end(reply.body ?? '');
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs).unref();
      else send();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}${options.path ?? '/send'}`,
    port,
    received,
    reply: (next) => {
      answer = typeof next === 'function' ? next : () => next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
