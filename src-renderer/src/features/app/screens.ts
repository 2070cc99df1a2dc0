import { homePage } from '../../shell/homePage';
import { preloadable } from '../../shell/preloadable';

// The first-run wizard and everything behind the sign-in are their own chunks: the sign-in screen, the
// first thing a desk shows after a start, does not wait for their code to be parsed (P4).
const signedInApp = preloadable(() => import('./SignedInApp').then((m) => m.SignedInApp));
const setupWizard = preloadable(() => import('../setup/SetupWizard').then((m) => m.SetupWizard));

export const SignedInApp = signedInApp.Component;
export const SetupWizard = setupWizard.Component;

/**
 * Starts loading the shell and the home page once the sign-in screen is drawn (it calls this from an
 * effect), so while the person types, the code of what comes next arrives. Returns the cancel.
 */
export function preloadAfterSignIn(): () => void {
  const handle = setTimeout(() => {
    void signedInApp.preload().catch(() => undefined);
    void homePage.preload().catch(() => undefined);
  }, 0);
  return () => clearTimeout(handle);
}
