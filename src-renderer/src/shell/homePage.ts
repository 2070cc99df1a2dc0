import { preloadable } from './preloadable';

/** The page every operator lands on after signing in. */
export const HOME_PATH = '/dashboard';

/** Its code: one chunk, preloaded by the sign-in screen so the route table renders it without a wait. */
export const homePage = preloadable(() => import('../features/dashboard/DashboardPage').then((m) => m.DashboardPage));
