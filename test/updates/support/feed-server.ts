import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedServer {
  /** The feed folder's address, e.g. http://127.0.0.1:PORT/mikrotik-billing */
  url: string;
  /** Requests seen, by path. */
  requests: string[];
  /** What GET <feed>/<name> answers (status 404 when unset). */
  serve(name: string, body: string, status?: number): void;
  close(): Promise<void>;
}

/** A feed folder on 127.0.0.1 (the only network the tests use), serving what the test puts in it. */
export async function startFeedServer(folder = '/mikrotik-billing'): Promise<FeedServer> {
  const files = new Map<string, { body: string; status: number }>();
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(path);
    const file = path.startsWith(`${folder}/`) ? files.get(path.slice(folder.length + 1)) : undefined;
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(file.status, { 'content-type': 'text/yaml' }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${folder}`,
    requests,
    serve: (name, body, status = 200) => files.set(name, { body, status }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** latest.yml as electron-builder writes it for an NSIS build. */
export function latestYml(version: string, releaseDate = '2026-11-20T08:00:00.000Z'): string {
  return [
    `version: ${version}`,
    'files:',
    `  - url: Mikrotik-Billing-Setup-${version}.exe`,
    '    sha512: 3q2+7w==',
    '    size: 91234567',
    `path: Mikrotik-Billing-Setup-${version}.exe`,
    'sha512: 3q2+7w==',
    `releaseDate: '${releaseDate}'`,
    '',
  ].join('\n');
}
