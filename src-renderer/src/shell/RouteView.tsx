import { Suspense, useEffect } from 'react';
import { LinearProgress } from '@mui/material';
import { AccessMessage } from './AccessMessage';
import { canCall } from './permissions';
import { navigate, useHashPath } from './router';
import { HOME_PATH } from './homePage';
import { matchRoute } from './routes';
import { useSession } from './SessionContext';

/** Renders the page for the current hash, or a clear message when it is unknown or not allowed. */
export function RouteView() {
  const path = useHashPath();
  const { role, mustChangePassword } = useSession();

  useEffect(() => {
    if (path === '/') navigate(HOME_PATH, { replace: true });
  }, [path]);

  // Until a forced password change is done, the main process refuses everything else: show no page.
  if (mustChangePassword) return null;
  const current = path === '/' ? HOME_PATH : path;
  const match = matchRoute(current);
  if (!match) return <AccessMessage kind="notFound" />;
  if (!canCall(role, match.route.gate)) return <AccessMessage kind="forbidden" />;
  // Keyed by path so each page mounts fresh and its heading takes focus.
  return (
    <div key={current}>
      <Suspense fallback={<LinearProgress aria-label="Loading" />}>{match.route.render(match.params)}</Suspense>
    </div>
  );
}
