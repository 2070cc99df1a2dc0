import type { SessionInfo } from '@shared/ipc/schemas/auth';
import type { Office } from '@shared/ipc/schemas/common';
import { LockScreen } from '../auth/LockScreen';
import { MustChangePasswordDialog } from '../auth/MustChangePasswordDialog';
import { useActivityReporter } from '../auth/useActivityReporter';
import { ApprovalProvider } from '../../shell/ApprovalProvider';
import { RouterAlertsProvider } from '../routers/alerts/RouterAlertsProvider';
import { NotifyProvider } from '../../shell/NotifyProvider';
import { SessionProvider } from '../../shell/SessionContext';
import { Shell } from '../../shell/Shell';

/** Everything behind the login: the shell, with the lock screen laid over it while locked. */
export function SignedInApp({ session, office }: { session: SessionInfo; office: Office }) {
  useActivityReporter(session);
  return (
    <SessionProvider session={session} office={office}>
      <NotifyProvider>
        <ApprovalProvider>
          <RouterAlertsProvider>
            <Shell />
          </RouterAlertsProvider>
          {session.locked ? <LockScreen /> : session.mustChangePassword && <MustChangePasswordDialog />}
        </ApprovalProvider>
      </NotifyProvider>
    </SessionProvider>
  );
}
