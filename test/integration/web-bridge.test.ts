import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWebBridge, type WebBridge } from '../../src-main/web/server';
import { OFFICE_INPUT, startCore } from '../support/core-harness';
import { makeTempDir } from '../support/temp-dir';

const open: WebBridge[] = [];
afterEach(async () => {
  while (open.length > 0) await open.pop()?.close();
});

async function start(): Promise<WebBridge> {
  const h = startCore();
  const { dir } = makeTempDir('mb-renderer-');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  const bridge = await startWebBridge({ core: h.core, rendererDir: dir, idleCheckMs: 50 });
  open.push(bridge);
  return bridge;
}

function get(port: number, urlPath: string, headers: Record<string, string> = {}): Promise<http.IncomingMessage & { body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: '127.0.0.1', port, path: urlPath, headers }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve(Object.assign(response, { body })));
    });
    request.on('error', reject);
  });
}

function connect(bridge: WebBridge, headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${bridge.port}/api`, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused with ${res.statusCode}`)));
  });
}

function rpc(ws: WebSocket, id: number, name: string, input: unknown): Promise<{ ok: boolean; data?: unknown; error?: { code: string } }> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData): void => {
      const message = JSON.parse(String(data)) as { type: string; id: number; result: never };
      if (message.type === 'result' && message.id === id) {
        ws.off('message', onMessage);
        resolve(message.result);
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ type: 'call', id, name, envelope: { input } }));
  });
}

describe('loopback web bridge', () => {
  it('listens on 127.0.0.1 and refuses requests without the token', async () => {
    const bridge = await start();
    expect(bridge.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    expect((await get(bridge.port, '/')).statusCode).toBe(401);
    expect((await get(bridge.port, '/?token=wrong')).statusCode).toBe(401);
    expect((await get(bridge.port, '/assets/app.js')).statusCode).toBe(401);
    await expect(connect(bridge, {})).rejects.toThrow(/401/);
    await expect(connect(bridge, { Cookie: 'mb_token=wrong' })).rejects.toThrow(/401/);
  });

  it('trades the token for an HttpOnly cookie and then serves the renderer, never outside its folder', async () => {
    const bridge = await start();
    const first = await get(bridge.port, `/?token=${bridge.token}`);
    expect(first.statusCode).toBe(302);
    expect(first.headers.location).toBe('/');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const headers = { Cookie: `mb_token=${bridge.token}` };
    const page = await get(bridge.port, '/', headers);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect((await get(bridge.port, '/assets/app.js', headers)).headers['content-type']).toMatch(/javascript/);
    expect((await get(bridge.port, '/../../etc/passwd', headers)).statusCode).toBe(404);
    expect((await get(bridge.port, '/%2e%2e/%2e%2e/etc/passwd', headers)).statusCode).toBe(404);
  });

  it('refuses a foreign Host or Origin (DNS rebinding, other sites)', async () => {
    const bridge = await start();
    const headers = { Cookie: `mb_token=${bridge.token}` };
    expect((await get(bridge.port, '/', { ...headers, Host: 'evil.example:80' })).statusCode).toBe(403);
    await expect(connect(bridge, { ...headers, Origin: 'http://evil.example' })).rejects.toThrow(/401/);
  });

  it('carries calls through the same registry, one session per socket, and closes on garbage', async () => {
    const bridge = await start();
    const headers = { Cookie: `mb_token=${bridge.token}`, Origin: `http://127.0.0.1:${bridge.port}` };
    const a = await connect(bridge, headers);
    const b = await connect(bridge, headers);
    expect(await rpc(a, 1, 'setup.createOffice', OFFICE_INPUT)).toMatchObject({ ok: true });
    expect(await rpc(a, 2, 'operators.list', {})).toMatchObject({ ok: true });
    expect(await rpc(b, 1, 'operators.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await rpc(b, 2, 'operators.list', 'not-an-object')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const closed = new Promise<number>((resolve) => b.once('close', (code) => resolve(code)));
    b.send('{not json');
    expect(await closed).toBe(1008);
    a.close();
  });
});
