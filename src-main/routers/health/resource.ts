import { z } from 'zod';
import type { RouterCommandRunner } from '../client';
import { RouterReplyError } from '../items/read';

const digits = z.string().regex(/^\d{1,20}$/);
const resourceRow = z
  .object({
    'cpu-load': digits,
    'free-memory': digits,
    'total-memory': digits,
    version: z.string().max(200),
    'board-name': z.string().max(200).optional(),
    uptime: z.string().max(100),
  })
  .catchall(z.string());

export interface ResourceSample {
  cpuLoad: number;
  freeMemory: number;
  totalMemory: number;
  version: string;
  board: string;
  uptime: string;
}

/** Reads `/system/resource`; a reply without sane numbers is refused rather than shown as health. */
export async function readResource(runner: RouterCommandRunner): Promise<ResourceSample> {
  const { rows } = await runner.command({
    command: '/system/resource/print',
    proplist: ['cpu-load', 'free-memory', 'total-memory', 'version', 'board-name', 'uptime'],
  });
  const parsed = resourceRow.safeParse(rows[0]);
  if (!parsed.success) throw new RouterReplyError('/system/resource/print returned an unexpected reply');
  const row = parsed.data;
  return {
    cpuLoad: Number(row['cpu-load']),
    freeMemory: Number(row['free-memory']),
    totalMemory: Number(row['total-memory']),
    version: row.version,
    board: row['board-name'] ?? '',
    uptime: row.uptime,
  };
}
