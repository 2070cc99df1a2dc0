import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Migrations that cannot apply: the real ones plus one statement that fails. */
function brokenMigrations(dir: string): string {
  const folder = path.join(dir, 'migrations');
  fs.cpSync(path.join(ROOT, 'migrations'), folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: Array<Record<string, unknown>> };
  const last = journal.entries[journal.entries.length - 1] as { idx: number; when: number };
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_broken' });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(folder, '9999_broken.sql'), 'ALTER TABLE no_such_table ADD COLUMN x text;');
  return folder;
}

test('a failed database upgrade shows an error screen instead of the app', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mb-e2e-broken-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src-main/web/cli.ts', '--data-dir', dataDir, '--port', '0', '--migrations-dir', brokenMigrations(dataDir)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /MB_WEB_READY (\{.*\})/.exec(output);
        if (match?.[1]) resolve((JSON.parse(match[1]) as { url: string }).url);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'Mikrotik Billing could not open its database' })).toBeVisible();
    await expect(page.getByText(/no_such_table/)).toBeVisible();
    await expect(page.getByText(/Your data was not changed/)).toBeVisible();
  } finally {
    child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
