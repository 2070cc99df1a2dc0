// Settings → Updates end to end: off by default; the owner sets a feed (a server on 127.0.0.1 serving
// latest.yml), saves, checks now and sees "Update available"; the version the app reports is package.json's.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOffice, field, openAdminPage, OWNER, signIn } from './desk';
import { expect, test } from './fixtures';

const VERSION = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }).version;

test('the owner turns on the update check and sees the newer version on the feed', async ({ page, app }) => {
  const served: string[] = [];
  const server = http.createServer((request, response) => {
    served.push(request.url ?? '');
    if (request.url === '/feed/latest.yml') {
      response.writeHead(200, { 'content-type': 'text/yaml' }).end("version: 99.1.0\npath: Mikrotik-Billing-Setup-99.1.0.exe\nreleaseDate: '2026-11-20T08:00:00.000Z'\n");
    } else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`;
  try {
    await createOffice(page, app.url);
    await openAdminPage(page, 'Settings');
    const section = page.getByRole('region', { name: 'Updates' });
    await expect(section.getByText(`This is version ${VERSION}.`)).toBeVisible();
    await expect(section.getByText('Not checked yet.')).toBeVisible();
    await expect(section.getByRole('button', { name: 'Check now' })).toBeDisabled();

    await section.getByLabel('Check for updates (at start and once a day)').check();
    await expect(section.getByText('Set the update feed address to turn the check on')).toBeVisible();
    await field(page, 'Update feed address').fill('ftp://nope');
    await expect(section.getByText('An http:// or https:// address without a user name, query or #')).toBeVisible();
    await field(page, 'Update feed address').fill(feedUrl);
    await section.getByRole('button', { name: 'Save update settings' }).click();
    await expect(page.getByText('Update settings saved.')).toBeVisible();

    await section.getByRole('button', { name: 'Check now' }).click();
    await expect(section.getByText(/^Update available: v99\.1\.0/)).toBeVisible();
    await expect(section.getByText(`Download: ${feedUrl}/Mikrotik-Billing-Setup-99.1.0.exe`)).toBeVisible();
    expect(served).toContain('/feed/latest.yml');

    // Kept in the office database: after a reload (which signs out) the settings are still there.
    await page.reload();
    await signIn(page, OWNER.username, OWNER.password);
    await openAdminPage(page, 'Settings');
    await expect(page.getByRole('region', { name: 'Updates' }).getByLabel('Update feed address')).toHaveValue(feedUrl);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
