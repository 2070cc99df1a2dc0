import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostAllowed, SECURITY_HEADERS } from './security';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * When the core cannot start (a failed database upgrade), the browser still gets a page that says what
 * happened and what to do, instead of a dead address. It serves nothing but that message, so it needs no token.
 */
export async function startErrorPage(title: string, detail: string, port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Mikrotik Billing</title>
<body style="font-family:sans-serif;padding:24px;max-width:720px"><h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(detail)}</p>
<p>Your data was not changed. Stop the app, and contact support with this message.</p></body></html>`;
  const server = http.createServer((request, response) => {
    const status = hostAllowed(request, (server.address() as AddressInfo).port) ? 503 : 403;
    response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8' });
    response.end(status === 503 ? html : 'forbidden host');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
