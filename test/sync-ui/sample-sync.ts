import net from 'node:net';
import { newId } from '../../src-shared/domain/ids';
import type { Harness } from '../support/core-harness';

/** A port on 127.0.0.1 nothing listens on: connecting is refused at once. */
async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface SampleSync {
  /** Settings of a central database that cannot be reached (refused at once). */
  settings: { enabled: boolean; host: string; port: number; database: string; user: string; tlsMode: 'disable'; intervalMinutes: number };
  /** An open conflict (a remote ledger entry with a known id and other content) to acknowledge. */
  conflictId: string;
}

/**
 * Sync settings saved for the sample office (with a password, so `sync.test` has something to test; off
 * unless `enabled`, since restoring from central needs sync off) and one open conflict, recorded as the
 * apply path records a mismatch.
 */
export async function sampleSync(h: Harness, enabled = false): Promise<SampleSync> {
  const settings = { enabled, host: '127.0.0.1', port: await closedPort(), database: 'mb_central', user: 'office_wj', tlsMode: 'disable', intervalMinutes: 5 } as const;
  await h.must('owner', 'sync.settings.save', { ...settings, password: 'sample-office-password' });
  const conflictId = newId();
  h.core.services.sqlite
    .prepare(
      `INSERT INTO sync_conflicts (id, table_name, row_id, side, kind, origin_office, local_payload, remote_payload, reason, detected_at)
       VALUES (?, 'ledger_entries', ?, 'pull', 'mismatch', 'BB', '{"id":"x","amount_minor":100}', '{"id":"x","amount_minor":200}', 'same id, different content', ?)`,
    )
    .run(conflictId, newId(), h.clock.now());
  return { settings, conflictId };
}
