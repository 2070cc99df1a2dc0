/**
 * `readMikhmonSnapshot`: the five prints (plus the version) the import needs, over any
 * `RouterCommandRunner` (a connection or a session). Every print names its properties with
 * `.proplist` so a router with thousands of vouchers sends only what is used, and only scripts
 * carrying MikHmon's comments are fetched (other scripts can be large and are none of our business).
 * Rows are validated here; rejects are kept in the snapshot so the preview can report them.
 */
import type { RouterCommandRunner } from '../client/types';
import { describeIssues, MENU_PROPLISTS, resourceRowSchema, routerRowSchema } from './row-schemas';
import type { MikhmonSnapshot, RejectedRow, RouterRow, SnapshotMenu } from './types';

export interface ReadSnapshotOptions {
  /** Per-print timeout (large voucher tables on slow routers take a while); default: the runner's. */
  timeoutMs?: number;
}

const SCRIPT_QUERY = ['?comment=mikhmon', '?comment=QuickPrintMikhmon', '?#|'];

export async function readMikhmonSnapshot(runner: RouterCommandRunner, options: ReadSnapshotOptions = {}): Promise<MikhmonSnapshot> {
  const commandOptions = options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs };
  const rejected: RejectedRow[] = [];

  const print = async (menu: SnapshotMenu, queries: readonly string[] = []): Promise<RouterRow[]> => {
    const result = await runner.command(
      { command: `${menu}/print`, proplist: MENU_PROPLISTS[menu], queries },
      commandOptions,
    );
    const rows: RouterRow[] = [];
    result.rows.forEach((row, index) => {
      const parsed = routerRowSchema.safeParse(row);
      if (parsed.success) {
        rows.push(parsed.data);
        return;
      }
      const id: unknown = (row as Record<string, unknown>)['.id'];
      rejected.push({ menu, index, rowId: typeof id === 'string' ? id.slice(0, 40) : null, reason: describeIssues(parsed.error) });
    });
    return rows;
  };

  // Sequential on purpose: the client pipelines anyway, and a failure then names the first menu that failed.
  const resource = await runner.command({ command: '/system/resource/print', proplist: ['version'] }, commandOptions);
  const resourceRow = resourceRowSchema.safeParse(resource.rows[0]);
  const hotspotProfiles = await print('/ip/hotspot/user/profile');
  const hotspotUsers = await print('/ip/hotspot/user');
  const scripts = await print('/system/script', SCRIPT_QUERY);
  const pppProfiles = await print('/ppp/profile');
  const pppSecrets = await print('/ppp/secret');

  return {
    routerVersion: resourceRow.success ? resourceRow.data.version : '',
    hotspotProfiles,
    hotspotUsers,
    scripts,
    pppProfiles,
    pppSecrets,
    rejected,
  };
}
