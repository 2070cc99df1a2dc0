import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startRouterSim } from './index';
import { RawClient, rowsOf } from './raw-client';

/** a throwaway self-signed certificate; no key material is kept in the repository */
function selfSigned(): { key: string; cert: string } | null {
  const dir = mkdtempSync(join(tmpdir(), 'router-sim-tls-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1'],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const material = selfSigned();

describe.skipIf(material === null)('API-SSL listener', () => {
  it('speaks the same protocol over TLS on its own 127.0.0.1 port', async () => {
    const sim = await startRouterSim({ tls: material ?? undefined, identity: 'tls-router' });
    try {
      expect(sim.tlsPort).not.toBeNull();
      expect(sim.tlsPort).not.toBe(sim.port);
      const c = await RawClient.connect(sim.tlsPort ?? 0, { tls: true });
      await c.login();
      expect(rowsOf(await c.talk(['/system/identity/print']))).toEqual([{ name: 'tls-router' }]);
      c.close();
    } finally {
      await sim.close();
    }
  });
});

describe('without tls option', () => {
  it('has no API-SSL port', async () => {
    const sim = await startRouterSim();
    expect(sim.tlsPort).toBeNull();
    await sim.close();
  });
});
