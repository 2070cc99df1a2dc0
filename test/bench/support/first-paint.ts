import { chromium, type Browser } from 'playwright-core';
import { SEED_OWNER } from './large-office';

/**
 * First meaningful paint of the real renderer through the web bridge, timed inside the page: a
 * requestAnimationFrame loop (installed before the app's own scripts) notes `performance.now()` — ms
 * since navigation start — on the first frame each condition holds, so no round trip to the test
 * process is counted.
 *
 * - `signIn`: the sign-in form is drawn (password field and submit button): the first screen of a
 *   desk whose app was just started, since sessions do not survive a restart.
 * - `submit`: the form was submitted (the typing before it is the person's time, not the app's).
 * - `summary`: the dashboard's cards with their numbers (office, you, system: db size, operators,
 *   audit entries) are drawn.
 * - `dashboard`: and the voucher stock chart (counts of the office's vouchers per plan) is drawn:
 *   the dashboard's "meaningful" content, the last card that depends on the big tables.
 */
const MARKS_SCRIPT = `
(() => {
  const marks = {};
  window.__mbMarks = marks;
  document.addEventListener('submit', () => { if (marks.submit === undefined) marks.submit = performance.now(); }, true);
  const summary = () => document.querySelectorAll('main dl dd').length >= 12 && [...document.querySelectorAll('main dl dd')].every((dd) => dd.textContent.trim() !== '');
  // A chart's drawing surface (icons and spinners are far smaller than 100 px).
  const stock = () => [...document.querySelectorAll('[role="region"] svg')].some((svg) => svg.getBoundingClientRect().height > 100);
  const checks = {
    signIn: () => document.querySelector('input[type="password"]') !== null && document.querySelector('button[type="submit"]') !== null,
    summary,
    dashboard: () => summary() && stock(),
  };
  const frame = () => {
    const now = performance.now();
    for (const [name, check] of Object.entries(checks)) if (marks[name] === undefined && check()) marks[name] = now;
    if (marks.dashboard === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
`;

/** The window as MARKS_SCRIPT leaves it (the page functions below are serialised: they cannot call helpers). */
type MarkedWindow = { __mbMarks?: Partial<PaintMarks> };

export interface PaintMarks {
  signIn: number;
  submit: number;
  summary: number;
  dashboard: number;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

function isMarks(value: unknown): value is PaintMarks {
  const marks = value as Partial<Record<keyof PaintMarks, unknown>> | null;
  return marks !== null && ['signIn', 'submit', 'summary', 'dashboard'].every((key) => typeof marks[key as keyof PaintMarks] === 'number');
}

/**
 * How the sign-in form is filled: `instant` sets both fields at once (a robot: the code the sign-in
 * screen preloads for what comes next is still loading when it submits); a key delay types them one
 * key at a time, as a person does (100 ms a key is a fast typist, about 120 words a minute).
 */
export type Typing = 'instant' | { keyDelayMs: number };

export const HUMAN_TYPING = { keyDelayMs: 100 } as const satisfies Typing;

/** Opens the bridge's address in a fresh context, signs the owner in and returns the page's marks. */
export async function measureFirstPaint(browser: Browser, url: string, typing: Typing): Promise<PaintMarks> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: MARKS_SCRIPT });
    await page.goto(url);
    await page.locator('input[type="password"]').waitFor();
    const username = page.locator('input:not([type="password"])').first();
    const password = page.locator('input[type="password"]');
    if (typing === 'instant') {
      await username.fill(SEED_OWNER.username);
      await password.fill(SEED_OWNER.password);
    } else {
      await username.pressSequentially(SEED_OWNER.username, { delay: typing.keyDelayMs });
      await password.pressSequentially(SEED_OWNER.password, { delay: typing.keyDelayMs });
    }
    await page.locator('button[type="submit"]').click();
    // Functions, not strings: the renderer's CSP (script-src 'self') refuses the eval a string predicate needs.
    await page.waitForFunction(() => (globalThis as MarkedWindow).__mbMarks?.dashboard !== undefined, undefined, { timeout: 60_000 });
    const marks: unknown = await page.evaluate(() => (globalThis as MarkedWindow).__mbMarks);
    if (!isMarks(marks)) throw new Error(`first paint marks incomplete: ${JSON.stringify(marks)}`);
    return marks;
  } finally {
    await context.close();
  }
}
