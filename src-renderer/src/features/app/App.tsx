import { useAppStatus } from '../../api/app';
import { LoadingScreen } from '../../shell/LoadingScreen';
import { LoginPage } from '../auth/LoginPage';
import { SetupWizard } from '../setup/SetupWizard';
import { SignedInApp } from './SignedInApp';
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

  const { setupComplete, office, session } = status.data;
  if (!setupComplete || !office) return <SetupWizard />;
  if (!session) return <LoginPage office={office} />;
  return <SignedInApp key={session.operatorId} session={session} office={office} />;
}
