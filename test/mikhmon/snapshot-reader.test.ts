import { describe, expect, it } from 'vitest';
import type { CommandInput, CommandResult, ListenHandle, RouterCommandRunner } from '../../src-main/routers/client';
import { readMikhmonSnapshot } from '../../src-main/routers/mikhmon';

/** A runner that answers from canned rows and records what it was asked. */
class FakeRunner implements RouterCommandRunner {
  readonly seen: CommandInput[] = [];
  constructor(private readonly replies: Record<string, Array<Record<string, string>>>) {}
  async command(input: CommandInput): Promise<CommandResult> {
    this.seen.push(input);
    const path = Array.isArray(input) ? (input as readonly string[])[0] : (input as { command: string }).command;
    return { rows: this.replies[path ?? ''] ?? [] };
  }
  listen(): ListenHandle {
    throw new Error('not used');
  }
}

describe('readMikhmonSnapshot', () => {
  it('prints the five menus with .proplist and validates rows', async () => {
    const runner = new FakeRunner({
      '/system/resource/print': [{ version: '7.16.2 (stable)' }],
      '/ip/hotspot/user/profile/print': [{ '.id': '*1', name: '1day', 'on-login': ':put (",rem,5000,1d,6000,,Disable,");' }],
      '/ip/hotspot/user/print': [{ '.id': '*2', name: 'ab23', comment: 'vc-482-01.31.24-x' }, { '.id': '', name: 'noid' }, { name: 'missing-id' }],
      '/system/script/print': [{ '.id': '*3', name: 'x', comment: 'mikhmon' }],
      '/ppp/profile/print': [{ '.id': '*0', name: 'default' }],
      '/ppp/secret/print': [{ '.id': '*4', name: '' }],
    });
    const snapshot = await readMikhmonSnapshot(runner);
    expect(snapshot.routerVersion).toBe('7.16.2 (stable)');
    expect(snapshot.hotspotProfiles).toHaveLength(1);
    expect(snapshot.hotspotUsers.map((r) => r.name)).toEqual(['ab23']);
    expect(snapshot.scripts).toHaveLength(1);
    expect(snapshot.pppProfiles).toHaveLength(1);
    expect(snapshot.pppSecrets).toEqual([]);
    expect(snapshot.rejected).toEqual([
      { menu: '/ip/hotspot/user', index: 1, rowId: '', reason: expect.stringMatching(/\.id/) },
      { menu: '/ip/hotspot/user', index: 2, rowId: null, reason: expect.stringMatching(/\.id/) },
      { menu: '/ppp/secret', index: 0, rowId: '*4', reason: expect.stringMatching(/name is empty/) },
    ]);

    expect(runner.seen).toHaveLength(6);
    for (const input of runner.seen) {
      const spec = input as { command: string; proplist?: readonly string[] };
      expect(spec.proplist?.length, spec.command).toBeGreaterThan(0);
    }
    const scripts = runner.seen.find((s) => (s as { command: string }).command === '/system/script/print') as { queries?: readonly string[] };
    expect(scripts.queries).toEqual(['?comment=mikhmon', '?comment=QuickPrintMikhmon', '?#|']);
  });

  it('passes a per-print timeout and lets router errors through', async () => {
    const timeouts: Array<number | undefined> = [];
    const failing: RouterCommandRunner = {
      command: async (_input, options) => {
        timeouts.push(options?.timeoutMs);
        throw new Error('connection closed');
      },
      listen: () => {
        throw new Error('not used');
      },
    };
    await expect(readMikhmonSnapshot(failing, { timeoutMs: 1234 })).rejects.toThrow('connection closed');
    expect(timeouts).toEqual([1234]);
  });

  it('returns an empty version when /system/resource has none', async () => {
    const snapshot = await readMikhmonSnapshot(new FakeRunner({ '/system/resource/print': [{}] }));
    expect(snapshot.routerVersion).toBe('');
  });
});
