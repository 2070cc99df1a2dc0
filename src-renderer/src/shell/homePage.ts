import type { QueryClient } from '@tanstack/react-query';
import type { Role } from '@shared/domain/roles';
import { dashboardSummaryQuery } from '../api/dashboard';
import { routerHealthQuery, routersQuery } from '../api/routers';
import type { Caller } from '../api/useCall';
import { revenueChartQuery, stockReportQuery } from '../features/reports/api';
import { canCall } from './permissions';
import { preloadable } from './preloadable';
import { currentPath } from './router';

/** The page every operator lands on after signing in. */
export const HOME_PATH = '/dashboard';

/** Its code: one chunk, preloaded by the sign-in screen so the route table renders it without a wait. */
export const homePage = preloadable(() => import('../features/dashboard/DashboardPage').then((m) => m.DashboardPage));

/**
 * Asks for the home page's data the moment a sign-in succeeds, while the shell is still being drawn,
 * instead of after (P4). The same queries the page's cards run, for what the role may see; nothing when
 * the address points at another page.
 */
export function prefetchHomeData(queryClient: QueryClient, call: Caller, role: Role): void {
  const path = currentPath();
  if (path !== '/' && path !== HOME_PATH) return;
  if (canCall(role, 'dashboard.summary')) void queryClient.prefetchQuery(dashboardSummaryQuery(call));
  if (canCall(role, 'routers.list')) void queryClient.prefetchQuery(routersQuery(call));
  if (canCall(role, 'routers.health')) void queryClient.prefetchQuery(routerHealthQuery(call));
  if (canCall(role, 'reports.revenueChart')) void queryClient.prefetchQuery(revenueChartQuery(call, 'method'));
  if (canCall(role, 'reports.voucherStock')) void queryClient.prefetchQuery(stockReportQuery(call));
}
