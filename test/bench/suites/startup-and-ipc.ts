import fs from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import { createCore } from '../../../src-main/core/create-core';
import { startWebBridge } from '../../../src-main/web/server';
import { makeTempDir } from '../../support/temp-dir';
import { measure, type BenchEntry } from '../lib/measure';

const OFFICE = {
  office: { name: 'Bench Office', code: 'BO', currency: { code: 'IDR', exponent: 0 }, timeZone: 'Asia/Jakarta', locale: 'id-ID' },
  owner: { username: 'owner', displayName: 'Owner', password: 'Bench-Pass-2026' },
};

/** Core cold start on an existing, set-up database, and one call through each transport. */
export async function startupAndIpc(): Promise<BenchEntry[]> {
  const { dir, cleanup } = makeTempDir('mb-bench-');
  try {
    const seed = createCore({ dataDir: dir });
    await seed.registry.call({ clientId: 'seed', trusted: true }, 'setup.createOffice', { input: OFFICE });
    seed.close();

    const coldStart = await measure('core cold start (existing db, migrations current)', 20, () => createCore({ dataDir: dir }).close(), {
      note: 'createCore: open SQLite, check migrations, build services; includes close()',
    });

    const core = createCore({ dataDir: dir });
    const direct = await measure('registry call app.status (what the Electron ipcMain handler runs)', 500, () =>
      core.registry.call({ clientId: 'bench', trusted: true }, 'app.status', { input: {} }),
    );

    const rendererDir = path.join(dir, 'renderer');
    fs.mkdirSync(rendererDir);
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
    const bridge = await startWebBridge({ core, rendererDir });
    const ws = new WebSocket(`ws://127.0.0.1:${bridge.port}/api`, { headers: { Cookie: `mb_token=${bridge.token}` } });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    let id = 0;
    const roundTrip = (): Promise<void> =>
      new Promise((resolve) => {
        const callId = ++id;
        const onMessage = (data: WebSocket.RawData): void => {
          if ((JSON.parse(String(data)) as { id?: number }).id === callId) {
            ws.off('message', onMessage);
            resolve();
          }
        };
        ws.on('message', onMessage);
        ws.send(JSON.stringify({ type: 'call', id: callId, name: 'app.status', envelope: { input: {} } }));
      });
    const web = await measure('web bridge round trip app.status (WebSocket, loopback)', 500, roundTrip);
    ws.close();
    await bridge.close();
    core.close();

    return [
      coldStart,
      direct,
      web,
      {
        name: 'electron IPC round trip',
        skipped: 'the Electron binary cannot be downloaded on these machines; the registry call above is the main-process share of it',
      },
    ];
  } finally {
    cleanup();
  }
}
