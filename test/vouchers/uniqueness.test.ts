import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { startOfficeWithStaff } from '../support/core-harness';
import { writeBatch, type BatchJob } from '../../src-main/vouchers/write-batch';
import { newId } from '../../src-shared/domain/ids';
import { routerWithPlan } from './support';

/** A "random" source that first serves `script` (forcing chosen codes), then real random bytes. */
function collidingBytes(script: number[]): (n: number) => Uint8Array {
  let at = 0;
  return (n) => {
    const tail = randomBytes(n);
    return Uint8Array.from({ length: n }, (_, i) => (at < script.length ? script[at++]! : tail[i]!));
  };
}

function job(routerId: string, planId: string, count: number): BatchJob {
  const batchId = newId();
  return {
    batchId,
    planId,
    routerId,
    profile: 'daily-1h',
    count,
    length: 4,
    prefix: '',
    charset: 'digits',
    userMode: 'same',
    passwordLength: 4,
    note: '',
    createdBy: null,
    now: 1,
    routerComment: `mb:b-${batchId.slice(-12)}`,
    userAttributes: { profile: 'daily-1h', comment: `b-${batchId.slice(-12)}` },
  };
}

const hooks = (random: (n: number) => Uint8Array) => ({ random, progress: () => undefined, cancelled: () => false });

describe('generated codes are unique', () => {
  it('redraws codes that collide with the db, the router’s desired users or the batch itself', async () => {
    const h = await startOfficeWithStaff();
    const { routerId, planId } = await routerWithPlan(h);
    const { sqlite } = h.core.services;
    // Byte 0 is '2' in the digits set: the first draws all give "2222".
    const first = writeBatch(sqlite, job(routerId, planId, 1), hooks(collidingBytes([0, 0, 0, 0])));
    expect(first).toMatchObject({ kind: 'done', count: 1 });
    expect(sqlite.prepare("SELECT code FROM vouchers").pluck().all()).toEqual(['2222']);
    // A hand-made desired user on the router holds "2223" (bytes 0,0,0,1).
    sqlite.prepare("INSERT INTO router_desired_items (router_id, menu, name, attributes, updated_at) VALUES (?, '/ip/hotspot/user', '2223', '{}', 1)").run(routerId);
    // The next draws are "2222" ten times and "2223" five times: all taken, all redrawn.
    const script = [...Array<number>(40).fill(0), ...Array.from({ length: 5 }, () => [0, 0, 0, 1]).flat()];
    const second = writeBatch(sqlite, job(routerId, planId, 30), hooks(collidingBytes(script)));
    expect(second).toMatchObject({ kind: 'done', count: 30 });
    const codes = sqlite.prepare('SELECT code FROM vouchers').pluck().all() as string[];
    expect(codes).toHaveLength(31);
    expect(new Set(codes).size).toBe(31);
    expect(codes.filter((c) => c === '2223')).toHaveLength(0);
  });

  it('fails (rolls back) instead of looping when the random source cannot produce new codes', async () => {
    const h = await startOfficeWithStaff();
    const { routerId, planId } = await routerWithPlan(h);
    const stuck = job(routerId, planId, 5);
    expect(() => writeBatch(h.core.services.sqlite, stuck, hooks(() => new Uint8Array(64)))).toThrow(/enough unused codes/);
    expect(h.core.services.sqlite.prepare('SELECT count(*) FROM vouchers').pluck().get()).toBe(0);
    expect(h.core.services.sqlite.inTransaction).toBe(false);
  });

  it('the db refuses a second app voucher with the same code on any router (unique index)', async () => {
    const h = await startOfficeWithStaff();
    const { routerId, planId } = await routerWithPlan(h);
    const other = await h.must('owner', 'routers.create', { name: 'Tower B', host: '127.0.0.1', port: 2, username: 'a', password: 'b' });
    const { sqlite } = h.core.services;
    writeBatch(sqlite, job(routerId, planId, 1), hooks(collidingBytes([0, 0, 0, 0])));
    const insert = sqlite.prepare(
      "INSERT INTO vouchers (id, router_id, code, password, profile, status, source, created_at, updated_at) VALUES (?, ?, '2222', 'x', 'p', 'generated', ?, 1, 1)",
    );
    expect(() => insert.run(newId(), other.id, 'app')).toThrow(/UNIQUE/);
    // Imports keep what routers hold: the same name on another router may exist there.
    expect(() => insert.run(newId(), other.id, 'mikhmon-import')).not.toThrow();
  });
});
