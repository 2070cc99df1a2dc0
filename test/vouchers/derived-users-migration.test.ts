import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { onCleanup } from '../support/core-harness';

const MIGRATIONS = path.resolve('migrations');

function apply(db: Database.Database, file: string): void {
  for (const statement of fs.readFileSync(path.join(MIGRATIONS, file), 'utf8').split('--> statement-breakpoint')) {
    if (statement.trim()) db.exec(statement);
  }
}

describe('migration 0009: voucher users become derived', () => {
  it('moves each batch’s shared attributes onto the batch, keeps disabled flags, and drops the copied desired users', () => {
    const temp = makeTempDir('mb-mig-0009-');
    onCleanup(temp.cleanup);
    const db = new Database(path.join(temp.dir, 'db.sqlite'));
    onCleanup(() => {
      db.close();
    });
    const files = fs.readdirSync(MIGRATIONS).filter((name) => name.endsWith('.sql')).sort();
    const target = files.findIndex((name) => name.startsWith('0009_'));
    for (const file of files.slice(0, target)) apply(db, file);

    db.exec(`INSERT INTO routers (id, name, host, port, transport, username, password_sealed, office_code, created_at, updated_at)
             VALUES ('r1', 'R', '127.0.0.1', 8728, 'api', 'a', 'x', 'OF', 1, 1)`);
    db.exec(`INSERT INTO voucher_batches (id, router_id, voucher_count, source, created_at, updated_at) VALUES ('b1', 'r1', 2, 'app', 1, 1)`);
    db.exec(`INSERT INTO vouchers (id, batch_id, router_id, code, password, profile, status, source, created_at, updated_at) VALUES
             ('v1', 'b1', 'r1', 'AAA', 'AAA', 'daily', 'on_router', 'app', 1, 1),
             ('v2', 'b1', 'r1', 'BBB', 'BBB', 'daily', 'on_router', 'app', 1, 1)`);
    db.exec(`INSERT INTO router_desired_items (router_id, menu, name, attributes, updated_at) VALUES
             ('r1', '/ip/hotspot/user', 'AAA', '{"password":"AAA","profile":"daily","comment":"b-1"}', 1),
             ('r1', '/ip/hotspot/user', 'BBB', '{"password":"BBB","profile":"daily","comment":"b-1","disabled":"yes"}', 1),
             ('r1', '/ip/hotspot/user', 'operator-made', '{"password":"x"}', 1)`);

    apply(db, files[target] as string);

    expect(JSON.parse(db.prepare("SELECT user_attributes FROM voucher_batches WHERE id = 'b1'").pluck().get() as string)).toEqual({
      profile: 'daily',
      comment: 'b-1',
    });
    expect(db.prepare('SELECT code, disabled FROM vouchers ORDER BY code').all()).toEqual([
      { code: 'AAA', disabled: 0 },
      { code: 'BBB', disabled: 1 },
    ]);
    // Only desired users that are not vouchers stay.
    expect(db.prepare('SELECT name FROM router_desired_items').pluck().all()).toEqual(['operator-made']);
  });
});
