import { expect, test } from './fixtures';
import { createOffice, field, OWNER } from './desk';

test.describe('idle lock', () => {
  test.use({ idleLockMs: 3_000 });

  test('the lock screen appears by itself and the password unlocks it', async ({ page, app }) => {
    await createOffice(page, app.url);

    // No input: the main process locks the session and the window follows on its own.
    const locked = page.getByRole('heading', { name: 'Locked' });
    await expect(locked).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText(`This desk is locked by ${OWNER.displayName} (${OWNER.username}).`)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeHidden();

    await field(page, 'Password').fill('not-my-password1');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByText('Wrong password.')).toBeVisible();
    await expect(locked).toBeVisible();

    await field(page, 'Password').fill(OWNER.password);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(locked).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  });
});

test('the Lock button locks at once and Sign out leaves from the lock screen', async ({ page, app }) => {
  await createOffice(page, app.url);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Locked' })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});
