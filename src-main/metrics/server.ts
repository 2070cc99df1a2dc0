import http from 'node:http';
import { AppError } from '../../src-shared/ipc/result';
import { EXPOSITION_CONTENT_TYPE } from './exposition';

export const METRICS_HOST = '127.0.0.1';

export interface MetricsServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * The scrape endpoint: loopback only, GET (or HEAD) /metrics, nothing else. `render` builds the page
 * per scrape, so every value is current. A port already taken is a typed CONFLICT, not a crash.
 */
export function startMetricsServer(port: number, render: () => string): Promise<MetricsServer> {
  // Only loopback names: a web page that rebinds its own name to 127.0.0.1 sends its name as Host.
  const hosts = new Set([`${METRICS_HOST}:${port}`, `localhost:${port}`]);
  const server = http.createServer((req, res) => {
    if (!hosts.has((req.headers.host ?? '').toLowerCase())) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end('misdirected request\n');
      return;
    }
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('method not allowed\n');
      return;
    }
    let body: string;
    try {
      body = render();
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`metrics failed: ${error instanceof Error ? error.message : String(error)}\n`);
      return;
    }
    res.writeHead(200, { 'content-type': EXPOSITION_CONTENT_TYPE, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE' || error.code === 'EACCES'
          ? new AppError('CONFLICT', `Port ${port} on ${METRICS_HOST} is not available (${error.code}); pick another port.`, { port, reason: error.code })
          : error,
      );
    });
    server.listen(port, METRICS_HOST, () => {
      server.removeAllListeners('error');
      server.on('error', () => undefined);
      resolve({
        port,
        url: `http://${METRICS_HOST}:${port}/metrics`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
