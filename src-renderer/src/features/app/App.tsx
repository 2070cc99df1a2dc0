import { Suspense, type ReactElement } from 'react';
import type { AppStatus } from '@shared/ipc/schemas/app';
import { useAppStatus } from '../../api/app';
import { LoadingScreen } from '../../shell/LoadingScreen';
import { LoginPage } from '../auth/LoginPage';
import { SetupWizard, SignedInApp } from './screens';
import { StartupError } from './StartupError';
import { useForgetOnOperatorChange, useSessionEvents } from './useSessionEvents';

/**
 * The startup gate, driven by `app.status`: first-run wizard, then login, then the shell
 * (with the lock screen over it while the session is locked).
 */
export function App() {
  const status = useAppStatus();
  useSessionEvents();
  useForgetOnOperatorChange(status.data?.session?.operatorId ?? null);

  if (!status.data) {
    if (status.isError) return <StartupError error={status.error} onRetry={() => void status.refetch()} />;
    return <LoadingScreen />;
  }

  return <Suspense fallback={<LoadingScreen />}>{screenFor(status.data)}</Suspense>;
}

/** The sign-in screen is in the first chunk; the wizard and the shell load on demand. */
function screenFor({ setupComplete, office, session }: AppStatus): ReactElement {
  if (!setupComplete || !office) return <SetupWizard />;
  if (!session) return <LoginPage office={office} />;
  return <SignedInApp key={session.operatorId} session={session} office={office} />;
}
