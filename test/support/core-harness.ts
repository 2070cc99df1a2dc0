import { afterEach } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../src-main/core/create-core';
import { ManualClock } from '../../src-main/core/clock';
import { totalChanges } from '../../src-main/db/connection';
import type { Contract, ProcedureName } from '../../src-shared/ipc/contract';
import type { ProcedureInput, ProcedureOutput } from '../../src-shared/ipc/procedure';
import type { Result } from '../../src-shared/ipc/result';
import type { Role } from '../../src-shared/domain/roles';
import { makeTempDir } from './temp-dir';

export const START_TIME = Date.UTC(2026, 0, 15, 3, 0, 0);
export const OWNER = { username: 'owner', displayName: 'Olivia Owner', password: 'Kopi-Susu-42' };
export const PASSWORDS: Record<Role, string> = {
  owner: OWNER.password,
  manager: 'Teh-Manis-17',
  cashier: 'Nasi-Goreng-88',
  technician: 'Antena-Biru-5',
};

export interface Harness {
  core: Core;
  clock: ManualClock;
  dataDir: string;
  call<N extends ProcedureName>(
    clientId: string,
    name: N,
    input: ProcedureInput<Contract[N]>,
    approvalToken?: string,
  ): Promise<Result<ProcedureOutput<Contract[N]>>>;
  /** Unwraps a successful call or fails the test with the error. */
  must<N extends ProcedureName>(
    clientId: string,
    name: N,
    input: ProcedureInput<Contract[N]>,
  ): Promise<ProcedureOutput<Contract[N]>>;
  changes(): number;
  reopen(extra?: Partial<CoreOptions>): Harness;
}

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

/** Runs after the current test, before the cores started earlier in it are closed (e.g. a router simulator). */
export function onCleanup(fn: () => void | Promise<void>): void {
  cleanups.push(fn);
}

/** A core on its own temp data folder with a manual clock; closed and deleted after the test. */
export function startCore(extra: Partial<CoreOptions> = {}, existingDir?: string): Harness {
  const temp = existingDir ? { dir: existingDir, cleanup: () => undefined } : makeTempDir();
  const clock = (extra.clock as ManualClock | undefined) ?? new ManualClock(START_TIME);
  const core = createCore({ dataDir: temp.dir, clock, ...extra });
  cleanups.push(() => {
    core.close();
    temp.cleanup();
  });
  const harness: Harness = {
    core,
    clock,
    dataDir: temp.dir,
    call: (clientId, name, input, approvalToken) =>
      core.registry.call({ clientId, trusted: true }, name, approvalToken ? { input, approvalToken } : { input }) as never,
    must: async (clientId, name, input) => {
      const result = await harness.call(clientId, name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.data;
    },
    changes: () => totalChanges(core.services.sqlite),
    reopen: (more = {}) => {
      core.close();
      cleanups.pop();
      return startCore({ ...extra, clock, ...more }, temp.dir);
    },
  };
  return harness;
}

export const OFFICE_INPUT = {
  office: {
    name: 'Warnet Jaya',
    code: 'WJ',
    currency: { code: 'IDR', exponent: 0 },
    timeZone: 'Asia/Jakarta',
    locale: 'id-ID',
  },
  owner: OWNER,
};

/** First-run setup done and one operator of every role, each signed in on its own client id. */
export async function startOfficeWithStaff(extra: Partial<CoreOptions> = {}): Promise<Harness> {
  const harness = startCore(extra);
  await harness.must('owner', 'setup.createOffice', OFFICE_INPUT);
  for (const role of ['manager', 'cashier', 'technician'] as const) {
    await harness.must('owner', 'operators.create', {
      username: role,
      displayName: `${role[0]?.toUpperCase()}${role.slice(1)} Person`,
      role,
      password: PASSWORDS[role],
    });
    await harness.must(role, 'auth.login', { username: role, password: PASSWORDS[role] });
  }
  return harness;
}
