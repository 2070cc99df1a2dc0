import type { Core } from '../../src-main/core/create-core';
import type { SyncStatusOutput } from '../../src-shared/ipc/schemas/sync';
import { balances, booksDigest, centralBalances } from '../sync/support/books';
import type { CrashCentral } from './central';
import type { PeerOffice } from './peer-office';

/** Rounds of office, peer, office before giving up: two settle any state a kill can leave. */
const MAX_ROUNDS = 6;

function failed(who: string, status: SyncStatusOutput): string[] {
  return status.lastError ? [`${who}'s sync round failed: ${status.lastError.code} ${status.lastError.message}`] : [];
}

/**
 * Sync rounds until nothing moves: the restarted office pushes what the kill left unsent (or sent but
 * unacknowledged), the peer pulls it and pushes its own, the office pulls that. Settled when the office
 * has nothing left to push and both stand at the same place in central's change log.
 */
export async function settleSync(office: Core, peer: PeerOffice): Promise<string[]> {
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const first = await office.services.sync.runNow();
    const peerStatus = await peer.sync();
    const last = await office.services.sync.runNow();
    const problems = [...failed('the office', first), ...failed('the office', last)];
    if (problems.length > 0) return problems;
    if (last.backlog === 0 && peerStatus.backlog === 0 && last.cursor === peerStatus.cursor) return [];
  }
  return [`sync did not settle in ${MAX_ROUNDS} rounds: backlog ${office.services.sync.status().backlog}`];
}

function openConflicts(core: Core): Array<Record<string, unknown>> {
  const sql = 'SELECT table_name AS "table", row_id AS row, kind, reason FROM sync_conflicts WHERE resolved_at IS NULL LIMIT 3';
  return core.services.sqlite.prepare(sql).all() as Array<Record<string, unknown>>;
}

/**
 * After settling, one set of books everywhere: every synced row of the office is on the peer field for
 * field and the other way round (so central passed all of them, once), nothing was refused as a conflict,
 * and central's balances are the office's.
 */
export async function booksAgree(office: Core, peer: PeerOffice, central: CrashCentral): Promise<string[]> {
  const problems: string[] = [];
  const ours = booksDigest(office.services.sqlite);
  const theirs = booksDigest(peer.core.services.sqlite);
  for (const [table, digest] of Object.entries(ours)) {
    const other = theirs[table];
    if (other?.sha256 !== digest.sha256) problems.push(`${table} differs between the office (${digest.rows} rows) and the peer office (${other?.rows ?? 0} rows)`);
  }
  for (const [who, core] of [['office', office], ['peer office', peer.core]] as const) {
    const conflicts = openConflicts(core);
    if (conflicts.length > 0) problems.push(`sync conflicts at the ${who}: ${JSON.stringify(conflicts)}`);
  }
  const centrally = await centralBalances(central.db);
  const wrong = Object.entries(balances(office.services.sqlite)).filter(([id, balance]) => (centrally[id] ?? 0) !== balance);
  if (wrong.length > 0) problems.push(`central balances differ for ${wrong.length} customers, e.g. ${JSON.stringify(wrong.slice(0, 3))}`);
  return problems;
}
