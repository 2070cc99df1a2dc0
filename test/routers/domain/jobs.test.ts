import { describe, expect, it } from 'vitest';
import { enqueueRouterJob } from '../../../src-main/routers/jobs/enqueue';
import { startRouterHarness, waitFor, waitOnline, type RouterHarness } from './support';

async function jobs(rh: RouterHarness) {
  return (await rh.h.must('owner', 'jobs.list', { routerId: rh.routerId, limit: 1000 })).jobs;
}

async function settled(rh: RouterHarness): Promise<void> {
  await waitFor(async () => (await jobs(rh)).every((job) => job.status !== 'pending' && job.status !== 'running'), 10_000, 'jobs settled');
}

describe('router job queue', () => {
  it('applies jobs in order through the live session, marked as the app\'s own', async () => {
    const rh = await startRouterHarness();
    const { db, transaction } = rh.h.core.services;
    const now = rh.h.clock.now();
    transaction(() => {
      enqueueRouterJob(db, { routerId: rh.routerId, kind: 'hotspot-profile.upsert', payload: { name: '1day', attributes: { 'rate-limit': '1M/2M' } }, now });
      enqueueRouterJob(db, { routerId: rh.routerId, kind: 'hotspot-user.upsert', payload: { name: '00123', attributes: { password: '00123', profile: '1day', 'limit-uptime': '1d' } }, now });
      enqueueRouterJob(db, { routerId: rh.routerId, kind: 'ppp-secret.upsert', payload: { name: 'budi', attributes: { password: 'pw', service: 'pppoe' } }, now });
      enqueueRouterJob(db, { routerId: rh.routerId, kind: 'ppp-secret.disable', payload: { name: 'budi' }, now });
    });
    rh.h.core.startBackground();
    await waitOnline(rh);
    await settled(rh);
    expect((await jobs(rh)).map((job) => job.status)).toEqual(['done', 'done', 'done', 'done']);
    const user = rh.sim.rows('/ip/hotspot/user').find((row) => row.name === '00123');
    expect(user).toMatchObject({ password: '00123', profile: '1day', 'limit-uptime': '1d', comment: 'mb:' });
    expect(rh.sim.rows('/ip/hotspot/user/profile').find((row) => row.name === '1day')?.['on-login']).toMatch(/^# mb:/);
    expect(rh.sim.rows('/ppp/secret').find((row) => row.name === 'budi')).toMatchObject({ disabled: 'true', comment: 'mb:' });
    // jobs.list hides passwords
    expect(JSON.stringify(await jobs(rh))).not.toContain('"password":"00123"');
  });

  it('a refused job fails with the router\'s message and holds only its own item; retry and cancel', async () => {
    const rh = await startRouterHarness();
    const { db } = rh.h.core.services;
    const now = rh.h.clock.now();
    const bad = enqueueRouterJob(db, { routerId: rh.routerId, kind: 'hotspot-user.upsert', payload: { name: 'v1', attributes: { profile: 'missing' } }, now });
    enqueueRouterJob(db, { routerId: rh.routerId, kind: 'hotspot-user.upsert', payload: { name: 'v1', attributes: { password: 'later' } }, now });
    enqueueRouterJob(db, { routerId: rh.routerId, kind: 'hotspot-user.upsert', payload: { name: 'v2', attributes: { password: 'p2' } }, now });
    rh.h.core.startBackground();
    await waitOnline(rh);
    await waitFor(async () => {
      const statuses = (await jobs(rh)).map((job) => job.status).sort();
      return statuses.join() === 'done,failed,pending';
    });
    const list = await jobs(rh);
    const byId = new Map(list.map((job) => [job.id, job]));
    expect(byId.get(bad.id)).toMatchObject({ status: 'failed', lastError: 'input does not match any value of profile' });
    expect(list.filter((job) => job.status === 'pending')).toHaveLength(1); // v1's second job waits behind the failure
    expect(rh.sim.rows('/ip/hotspot/user').map((row) => row.name)).toEqual(['v2']);

    // Fix the cause on the router, retry: the held job follows in order.
    rh.sim.exec(['/ip/hotspot/user/profile/add', '=name=missing']);
    await rh.h.must('technician', 'jobs.retry', { id: bad.id });
    await settled(rh);
    expect((await jobs(rh)).every((job) => job.status === 'done')).toBe(true);
    expect(rh.sim.rows('/ip/hotspot/user').find((row) => row.name === 'v1')).toMatchObject({ profile: 'missing', password: 'later' });

    const again = enqueueRouterJob(db, { routerId: rh.routerId, kind: 'ppp-secret.enable', payload: { name: 'ghost' }, now });
    await waitFor(async () => (await jobs(rh)).find((job) => job.id === again.id)?.status === 'failed');
    const cancelled = await rh.h.must('owner', 'jobs.cancel', { id: again.id });
    expect(cancelled.status).toBe('cancelled');
    const twice = await rh.h.call('owner', 'jobs.cancel', { id: again.id });
    expect(twice.ok ? 'OK' : twice.error.code).toBe('CONFLICT');
    const audit = await rh.h.must('owner', 'audit.list', { procedure: 'jobs.cancel', limit: 5 });
    expect(audit.entries).toHaveLength(1);
  });

  it('never modifies or removes an item the app did not create', async () => {
    const rh = await startRouterHarness();
    rh.sim.exec(['/ip/hotspot/user/add', '=name=operator', '=password=theirs', '=comment=staff laptop']);
    const { db } = rh.h.core.services;
    const now = rh.h.clock.now();
    const upsert = enqueueRouterJob(db, { routerId: rh.routerId, kind: 'hotspot-user.upsert', payload: { name: 'operator', attributes: { password: 'mine' } }, now });
    const remove = enqueueRouterJob(db, { routerId: rh.routerId, kind: 'hotspot-user.remove', payload: { name: 'operator' }, now });
    rh.h.core.startBackground();
    await waitFor(async () => (await jobs(rh)).find((job) => job.id === upsert.id)?.status === 'failed');
    await rh.h.must('owner', 'jobs.cancel', { id: upsert.id });
    await waitFor(async () => (await jobs(rh)).find((job) => job.id === remove.id)?.status === 'failed');
    expect((await jobs(rh)).find((job) => job.id === remove.id)?.lastError).toMatch(/not created by this app/);
    expect(rh.sim.rows('/ip/hotspot/user')).toEqual([expect.objectContaining({ name: 'operator', password: 'theirs', comment: 'staff laptop' })]);
  });

  it('waits while the router is offline and delivers once it is back, without duplicates', async () => {
    const rh = await startRouterHarness();
    rh.sim.setFaults({ refuseConnections: true });
    rh.h.core.startBackground();
    const { db } = rh.h.core.services;
    for (let i = 0; i < 50; i += 1) {
      enqueueRouterJob(db, { routerId: rh.routerId, kind: 'hotspot-user.upsert', payload: { name: `u${i}`, attributes: { password: `p${i}` } }, now: rh.h.clock.now() });
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await jobs(rh)).every((job) => job.status === 'pending')).toBe(true);
    // Back online, but the link resets every 7 commands: outcomes get lost mid-flight.
    rh.sim.setFaults({ refuseConnections: false, resetAfterCommands: 7 });
    await settled(rh);
    rh.sim.setFaults({ resetAfterCommands: null });
    const names = rh.sim.rows('/ip/hotspot/user').map((row) => row.name);
    expect(names).toHaveLength(50);
    expect(new Set(names).size).toBe(50);
    expect((await jobs(rh)).every((job) => job.status === 'done')).toBe(true);
  });

  it('kicks a user\'s sessions as a job, and kicks one live session by id (audited with the answer)', async () => {
    const rh = await startRouterHarness();
    rh.sim.exec(['/ip/hotspot/user/add', '=name=alice', '=comment=mb:']);
    rh.sim.exec(['/ppp/secret/add', '=name=bob', '=comment=mb:']);
    const aliceSession = rh.sim.loginHotspotUser('alice');
    rh.sim.loginPppUser('bob');
    const sessions = await rh.h.must('technician', 'routers.sessions', { routerId: rh.routerId });
    expect(sessions.hotspot).toEqual([expect.objectContaining({ id: aliceSession, user: 'alice' })]);
    expect(sessions.ppp).toEqual([expect.objectContaining({ name: 'bob' })]);
    const cashier = await rh.h.call('cashier', 'routers.kick', { routerId: rh.routerId, kind: 'hotspot', id: aliceSession });
    expect(cashier.ok ? 'OK' : cashier.error.code).toBe('FORBIDDEN');
    expect(await rh.h.must('technician', 'routers.kick', { routerId: rh.routerId, kind: 'hotspot', id: aliceSession })).toEqual({ done: true, user: 'alice' });
    const gone = await rh.h.call('technician', 'routers.kick', { routerId: rh.routerId, kind: 'hotspot', id: aliceSession });
    expect(gone.ok ? 'OK' : gone.error.code).toBe('CONFLICT');
    const audit = await rh.h.must('owner', 'audit.list', { procedure: 'routers.kick', limit: 5 });
    expect(audit.entries.map((entry) => entry.summary)).toEqual(['kick refused on Tower: no such session', 'kicked hotspot user alice on Tower']);

    enqueueRouterJob(rh.h.core.services.db, { routerId: rh.routerId, kind: 'session.kick', payload: { kind: 'ppp', user: 'bob' }, now: rh.h.clock.now() });
    rh.h.core.startBackground();
    await settled(rh);
    expect(rh.sim.rows('/ppp/active')).toHaveLength(0);
  });
});
