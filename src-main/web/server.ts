import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { WEB_BRIDGE_PATH, WEB_TOKEN_COOKIE, type ServerMessage } from '../../src-shared/ipc/web-wire';
import { clientMessageSchema } from '../../src-shared/ipc/web-wire-schema';
import type { Core } from '../core/create-core';
import { readStaticFile } from './static-files';
import { isTestClockRequest, serveTestClock, type TestClockControl } from './test-clock';
import {
  cookieToken,
  hostAllowed,
  newToken,
  originAllowed,
  queryToken,
  SECURITY_HEADERS,
  tokensMatch,
} from './security';

export interface WebBridgeOptions {
  core: Core;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  port?: number;
  /** Fixed token (tests); a random one per launch otherwise. */
  token?: string;
  idleCheckMs?: number;
  /** Only with `--test-clock` (cli.ts): serves the clock control at TEST_CLOCK_PATH. Absent: no such path. */
  testClock?: TestClockControl;
}

export interface WebBridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
  /**
   * Serves a new core from now on (the host restarted it after a restore). Open sockets are closed:
   * their sessions lived in the old core, and the page reconnects to the new one and signs in again.
   */
  replaceCore(core: Core): void;
}

const MAX_MESSAGE_BYTES = 1024 * 1024;

/**
 * The second transport over the same registry: serves the built renderer and carries calls and events
 * over a WebSocket, on 127.0.0.1 only, and only for requests that present the per-launch token.
 */
export async function startWebBridge(options: WebBridgeOptions): Promise<WebBridge> {
  const token = options.token ?? newToken();
  const server = http.createServer();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  let port = 0;
  let nextClient = 1;
  let core = options.core;

  const { testClock } = options;
  server.on('request', (request, response) => {
    if (testClock && isTestClockRequest(request)) void serveTestClock(request, response, testClock, { token, port }).catch(() => response.destroy());
    else serveHttp(request, response, { token, port, rendererDir: options.rendererDir });
  });
  server.on('upgrade', (request, socket, head) => {
    const authorised =
      new URL(request.url ?? '/', 'http://127.0.0.1').pathname === WEB_BRIDGE_PATH &&
      hostAllowed(request, port) &&
      originAllowed(request, port) &&
      (tokensMatch(token, cookieToken(request)) || tokensMatch(token, queryToken(request)));
    if (!authorised) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => attachClient(core, ws, `web:${nextClient++}`));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const idleTimer = setInterval(() => core.registry.lockIdleSessions(), options.idleCheckMs ?? 1000);
  idleTimer.unref();

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      clearInterval(idleTimer);
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    replaceCore: (next) => {
      core = next;
      for (const client of sockets.clients) client.close(1012, 'the app restarted');
    },
  };
}

function attachClient(core: Core, ws: WebSocket, clientId: string): void {
  const send = (message: ServerMessage): void => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  core.events.attach(clientId, (event, payload) => send({ type: 'event', event, payload }));
  ws.on('message', (data) => {
    void handleMessage(core, clientId, String(data), send, () => ws.close(1008, 'malformed message'));
  });
  ws.on('close', () => {
    core.events.detach(clientId);
    core.registry.disconnect(clientId);
  });
  ws.on('error', () => ws.terminate());
}

async function handleMessage(
  core: Core,
  clientId: string,
  text: string,
  send: (message: ServerMessage) => void,
  reject: () => void,
): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    reject();
    return;
  }
  const parsed = clientMessageSchema.safeParse(json);
  if (!parsed.success) {
    reject();
    return;
  }
  const { id, name, envelope } = parsed.data;
  const result = await core.registry.call({ clientId, trusted: true }, name, envelope);
  send({ type: 'result', id, result });
}

interface HttpContext {
  token: string;
  port: number;
  rendererDir: string;
}

function serveHttp(request: IncomingMessage, response: ServerResponse, context: HttpContext): void {
  const reply = (status: number, body: string | Buffer, headers: Record<string, string> = {}): void => {
    response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
    response.end(body);
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405, 'method not allowed');
  if (!hostAllowed(request, context.port)) return reply(403, 'forbidden host');

  const fromQuery = queryToken(request);
  if (tokensMatch(context.token, fromQuery)) {
    // Trade the token in the address bar for an HttpOnly cookie, then drop it from the URL.
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    url.searchParams.delete('token');
    return reply(302, 'ok', {
      Location: url.pathname + url.search,
      'Set-Cookie': `${WEB_TOKEN_COOKIE}=${context.token}; HttpOnly; SameSite=Strict; Path=/`,
    });
  }
  if (!tokensMatch(context.token, cookieToken(request))) return reply(401, 'missing or wrong token');

  const file = readStaticFile(context.rendererDir, new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  if (!file) return reply(404, 'not found');
  reply(200, request.method === 'HEAD' ? '' : file.body, { 'Content-Type': file.contentType });
}
