import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { startRouterHarness } from '../routers/domain/support';
import { enqueueRouterJob } from '../../src-main/routers/jobs/enqueue';
import { routerJobs } from '../../src-main/db/schema';
import { redactText, redactValue, scrubKnown, REDACTED } from '../../src-main/diagnostics/redact';
import { tailLogs } from '../../src-main/diagnostics/logs';
import { makeTempDir } from '../support/temp-dir';

const ROUTER_PASSWORD = 'Sup3r-Router-Pw!';
const SYNC_PASSWORD = 'Sync-Pa55word-xyz';

function decode(file: { contentBase64: string }): Record<string, unknown> {
  return JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8')) as Record<string, unknown>;
}

describe('diagnostics.save', () => {
  it('bundles versions, health, settings, alerts, job failures and log tails, with no secret in it', async () => {
    const rh = await startRouterHarness(
      { users: { admin: ROUTER_PASSWORD } },
      { sync: { connection: { host: '127.0.0.1', port: 1, user: 'office', database: 'central', password: SYNC_PASSWORD } } },
    );
    const { h } = rh;
    const { db } = h.core.services;
    const job = enqueueRouterJob(db, { routerId: rh.routerId, kind: 'ppp-secret.disable', payload: { name: 'x' }, now: h.clock.now() });
    db.update(routerJobs).set({ status: 'failed', lastError: `login failed for admin/${ROUTER_PASSWORD}` }).where(eq(routerJobs.id, job.id)).run();
    await h.must('owner', 'health.metrics.update', { enabled: false, port: 9500 });
    const logs = path.join(h.dataDir, 'logs');
    fs.mkdirSync(logs, { recursive: true });
    fs.writeFileSync(
      path.join(logs, 'support-test.log'),
      [
        '{"level":30,"msg":"router connected"}',
        `{"level":50,"msg":"push failed","password":"${ROUTER_PASSWORD}"}`,
        `{"level":50,"msg":"sync failed postgres://office:${SYNC_PASSWORD}@127.0.0.1/central"}`,
        `{"level":40,"msg":"odd text ${SYNC_PASSWORD} here"}`,
        '',
      ].join('\n'),
    );

    const file = await h.must('manager', 'diagnostics.save', {});
    expect(file.fileName).toMatch(/^diagnostics-\d{8}T\d{6}Z\.json$/);
    expect(file.mimeType).toBe('application/json');
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(file.sizeBytes).toBe(Buffer.byteLength(text));
    expect(text).not.toContain(ROUTER_PASSWORD);
    expect(text).not.toContain(SYNC_PASSWORD);

    const bundle = decode(file);
    expect(bundle).toMatchObject({ format: 'mikrotik-billing-diagnostics', version: 1, versions: { node: process.versions.node } });
    expect(bundle.health).toMatchObject({ routers: { list: [{ name: 'Tower' }] }, jobs: { failed: 1 } });
    expect(bundle.settings).toMatchObject({ 'metrics.endpoint': { enabled: false, port: 9500 } });
    expect(bundle.recentJobFailures).toMatchObject([{ id: job.id, status: 'failed' }]);
    expect(Array.isArray(bundle.alerts)).toBe(true);
    const tails = bundle.logs as Array<{ file: string; content: string }>;
    const support = tails.find((tail) => tail.file === 'support-test.log');
    expect(support?.content).toContain('router connected');
    expect(support?.content).toContain(REDACTED);
  });
});

describe('redaction and log tails', () => {
  it('removes secret-named keys, inline secrets, URL credentials and known values', () => {
    expect(redactValue({ password: 'a', nested: { authSecretSealed: 'b', token: 'c', ok: 'd', passwordSet: true } })).toEqual({
      password: REDACTED,
      nested: { authSecretSealed: REDACTED, token: REDACTED, ok: 'd', passwordSet: true },
    });
    expect(redactText('password=hunter2 and "token":"abc" at https://u:p4ss@host/x')).toBe(`password=${REDACTED} and "token":"${REDACTED}" at https://u:${REDACTED}@host/x`);
    expect(scrubKnown('x "q\\"uote-secret" y', ['q"uote-secret'])).toBe(`x "${REDACTED}" y`);
  });

  it('takes the newest lines up to the budget, cut at a line boundary', () => {
    const temp = makeTempDir();
    try {
      const lines = Array.from({ length: 200 }, (_v, i) => `line ${String(i).padStart(3, '0')}`).join('\n');
      fs.writeFileSync(path.join(temp.dir, 'app.log'), `${lines}\n`);
      fs.writeFileSync(path.join(temp.dir, 'notes.txt'), 'not a log');
      const tails = tailLogs(temp.dir, 100);
      expect(tails).toHaveLength(1);
      expect(tails[0]).toMatchObject({ file: 'app.log', truncated: true });
      expect(tails[0]?.content.endsWith('line 199\n')).toBe(true);
      expect(tails[0]?.content.startsWith('line ')).toBe(true);
      expect(Buffer.byteLength(tails[0]?.content ?? '')).toBeLessThanOrEqual(100);
    } finally {
      temp.cleanup();
    }
  });
});
