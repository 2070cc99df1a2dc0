import { expect, test } from './fixtures';
import { createOffice, field, OWNER, signIn, signOut } from './desk';

test('the owner signs out and back in', async ({ page, app }) => {
  await createOffice(page, app.url);
  await signOut(page);
  await signIn(page, OWNER.username, OWNER.password);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('navigation')).toBeVisible();
});

test('a wrong password shows a readable message', async ({ page, app }) => {
  await createOffice(page, app.url);
  await signOut(page);
  await signIn(page, OWNER.username, 'not-the-password1');
  await expect(page.getByRole('alert')).toHaveText(/Wrong username or password\./);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  // The technical detail is one click away, never a stack trace.
  await page.getByRole('button', { name: 'Show details' }).click();
  await expect(page.getByText('UNAUTHENTICATED', { exact: false })).toBeVisible();
  await expect(page.getByText(/at \w+ \(/)).toHaveCount(0);
});

test('five wrong passwords lock sign-in with a live countdown', async ({ page, app }) => {
  await createOffice(page, app.url);
  await signOut(page);

  const throttled = page.getByText(/Too many failed attempts\. Try again in \d+:\d\d/);
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await field(page, 'Username').fill(OWNER.username);
    await field(page, 'Password').fill(`wrong-guess-${attempt}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
  }

  await expect(throttled).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  const first = await throttled.textContent();
  await expect(throttled).not.toHaveText(first ?? '', { timeout: 5_000 });
  // Even the right password cannot be tried until the countdown ends.
  await field(page, 'Password').fill(OWNER.password);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeDisabled();
});
