import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWebBridge } from '../../src-main/web/server';
import { createCore } from '../../src-main/core/create-core';
import { ManualClock } from '../../src-main/core/clock';
import { WEB_BRIDGE_PATH, WEB_TOKEN_COOKIE } from '../../src-shared/ipc/web-wire';
import { OFFICE_INPUT, OWNER, START_TIME } from '../support/core-harness';
import { makeTempDir } from '../support/temp-dir';

function connect(port: number, token: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}${WEB_BRIDGE_PATH}`, { headers: { Cookie: `${WEB_TOKEN_COOKIE}=${token}` } });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

function rpc(ws: WebSocket, id: number, name: string, input: unknown): Promise<{ ok: boolean; data?: unknown }> {
  return new Promise((resolve) => {
    ws.on('message', (data: WebSocket.RawData) => {
      const message = JSON.parse(String(data)) as { type: string; id: number; result: { ok: boolean; data?: unknown } };
      if (message.type === 'result' && message.id === id) resolve(message.result);
    });
    ws.send(JSON.stringify({ type: 'call', id, name, envelope: { input } }));
  });
}

describe('web bridge restart after a restore', () => {
  it('closes the old sockets and serves the restarted core, which holds the restored data', async () => {
    const { dir, cleanup } = makeTempDir();
    const renderer = makeTempDir('mb-renderer-');
    fs.writeFileSync(path.join(renderer.dir, 'index.html'), '<!doctype html><title>app</title>');
    const clock = new ManualClock(START_TIME);
    let restarted = false;
    let core = createCore({ dataDir: dir, clock, onRestartRequested: () => (restarted = true) });
    const bridge = await startWebBridge({ core, rendererDir: renderer.dir });
    try {
      const first = await connect(bridge.port, bridge.token);
      expect((await rpc(first, 1, 'setup.createOffice', OFFICE_INPUT)).ok).toBe(true);
      const backup = (await rpc(first, 2, 'backups.create', {})) as { ok: boolean; data: { id: string } };
      expect((await rpc(first, 3, 'customers.create', { name: 'After the backup' })).ok).toBe(true);
      const restore = await rpc(first, 4, 'backups.restore', { id: backup.data.id, password: OWNER.password });
      expect(restore).toMatchObject({ ok: true, data: { restarting: true } });
      await expect.poll(() => restarted).toBe(true);

      // What src-main/web/cli.ts does on the restart request.
      const closed = new Promise<number>((resolve) => first.once('close', (code) => resolve(code)));
      core.close();
      core = createCore({ dataDir: dir, clock });
      bridge.replaceCore(core);
      expect(await closed).toBe(1012);

      const second = await connect(bridge.port, bridge.token);
      expect(await rpc(second, 1, 'auth.session', {})).toEqual({ ok: true, data: null });
      expect((await rpc(second, 2, 'auth.login', { username: OWNER.username, password: OWNER.password })).ok).toBe(true);
      const customers = (await rpc(second, 3, 'customers.list', { offset: 0, limit: 10 })) as { data: { total: number } };
      expect(customers.data.total).toBe(0);
      second.close();
    } finally {
      await bridge.close();
      core.close();
      renderer.cleanup();
      cleanup();
    }
  });
});
