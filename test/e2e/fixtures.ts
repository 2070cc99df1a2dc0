import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';

export interface AppUnderTest {
  /** Address with the per-launch token; opening it sets the cookie and redirects to the app. */
  url: string;
  dataDir: string;
}

interface AppOptions {
  /** Idle-lock time for this test's app (default: the app's own setting, 10 minutes). */
  idleLockMs: number | undefined;
  /** Start the app's clock at this ISO instant (with offset) and let the test move it (see moveTestClock). */
  testClock: string | undefined;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Starts `src-main/web/cli.ts` on a fresh temp data folder and waits for its READY line. */
async function launchWebBridge(dataDir: string, idleLockMs: number | undefined, testClock?: string): Promise<{ child: ChildProcess; url: string }> {
  // MB_RENDERER_DIR lets a developer test a renderer built elsewhere (default: dist/renderer).
  const rendererDir = process.env.MB_RENDERER_DIR ?? path.join(ROOT, 'dist', 'renderer');
  const args = ['--import', 'tsx', 'src-main/web/cli.ts', '--data-dir', dataDir, '--port', '0', '--renderer-dir', rendererDir];
  if (idleLockMs) args.push('--idle-lock-ms', String(idleLockMs));
  if (testClock) args.push('--test-clock', testClock);
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web bridge did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /MB_WEB_READY (\{.*\})/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve((JSON.parse(match[1]) as { url: string }).url);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web bridge exited with ${code}:\n${output}`));
    });
  });
  return { child, url };
}

export const test = base.extend<AppOptions & { app: AppUnderTest }>({
  idleLockMs: [undefined, { option: true }],
  testClock: [undefined, { option: true }],
  app: async ({ idleLockMs, testClock }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mb-e2e-'));
    const { child, url } = await launchWebBridge(dataDir, idleLockMs, testClock);
    await use({ url, dataDir });
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

/**
 * Moves the clock of an app started with the `testClock` option forward, through the bridge's test clock
 * control; resolves once the app has reacted (idle sessions locked, billing days now owed run).
 */
export async function moveTestClock(app: AppUnderTest, move: { advanceMs: number } | { to: string }): Promise<{ nowMs: number; now: string }> {
  const url = new URL(app.url);
  const token = url.searchParams.get('token') ?? '';
  const response = await fetch(new URL('/__test/clock', url.origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(move),
  });
  const body = (await response.json()) as { nowMs: number; now: string; error?: string };
  if (!response.ok) throw new Error(`test clock refused the move (${response.status}): ${body.error ?? ''}`);
  return body;
}

export { expect };
