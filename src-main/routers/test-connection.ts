import { z } from 'zod';
import type { RouterConnections } from './connections/manager';
import type { RouterRow } from './registry/service';
import { RouterError } from './client';
import { readResource } from './health/resource';

export type TestConnectionResult =
  | { ok: true; identity: string; version: string; board: string; uptime: string }
  | { ok: false; code: string; message: string };

const identityRow = z.object({ name: z.string().max(200) }).catchall(z.string());

/**
 * Opens a fresh connection with the stored settings (not the live session: the point is to prove the
 * address, TLS and credentials now) and reads identity and resource. Failures quote the router.
 */
export async function testConnection(connections: RouterConnections, row: RouterRow): Promise<TestConnectionResult> {
  try {
    return await connections.withFreshConnection(row, async (runner) => {
      const [identity, resource] = await Promise.all([
        runner.command({ command: '/system/identity/print', proplist: ['name'] }),
        readResource(runner),
      ]);
      const name = identityRow.safeParse(identity.rows[0]);
      return {
        ok: true as const,
        identity: name.success ? name.data.name : '',
        version: resource.version,
        board: resource.board,
        uptime: resource.uptime,
      };
    });
  } catch (error) {
    if (error instanceof RouterError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'ROUTER_REPLY', message: error instanceof Error ? error.message : String(error) };
  }
}
