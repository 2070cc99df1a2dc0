import { lazy, type ReactElement } from 'react';
import DashboardIcon from '@mui/icons-material/Dashboard';
import GroupIcon from '@mui/icons-material/Group';
import HistoryIcon from '@mui/icons-material/History';
import SettingsIcon from '@mui/icons-material/Settings';
import RouterIcon from '@mui/icons-material/Router';
import WorkHistoryIcon from '@mui/icons-material/WorkHistory';
import ConfirmationNumberIcon from '@mui/icons-material/ConfirmationNumber';
import Inventory2Icon from '@mui/icons-material/Inventory2';
import PeopleIcon from '@mui/icons-material/People';
import RequestQuoteIcon from '@mui/icons-material/RequestQuote';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import PointOfSaleIcon from '@mui/icons-material/PointOfSale';
import AssessmentIcon from '@mui/icons-material/Assessment';
import BackupIcon from '@mui/icons-material/Backup';
import CloudSyncIcon from '@mui/icons-material/CloudSync';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import type { ProcedureName } from '@shared/ipc/contract';
import { RouterDots } from '../features/routers/RouterDots';
import { JOBS_PATH, ROUTER_DETAIL_PATTERN, ROUTERS_PATH } from '../features/routers/paths';
import { BATCH_DETAIL_PATTERN, BATCHES_PATH, PLANS_PATH } from '../features/vouchers/paths';
import { CUSTOMER_DETAIL_PATTERN, CUSTOMERS_PATH } from '../features/customers/paths';
import { BILLING_RUNS_PATH, SERVICE_PLANS_PATH } from '../features/billing/paths';
import { REMINDERS_PATH } from '../features/reminders/paths';
import { TILL_PATH } from '../features/till/paths';
import { REPORTS_PATH } from '../features/reports/paths';
import { BACKUPS_PATH } from '../features/backups/paths';
import { SYNC_CONFLICTS_PATH, SYNC_PATH } from '../features/sync/paths';
import { LOGS_PATH } from '../features/logs/paths';
import MonitorHeartIcon from '@mui/icons-material/MonitorHeart';
import { HEALTH_PATH } from '../features/health/paths';
import { homePage } from './homePage';

// Each page is its own chunk, loaded when first opened: the sign-in screen and the shell do not wait for
// the data grid, charts and every page's code to be parsed (P4, first meaningful paint).
const AuditPage = lazy(() => import('../features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const DashboardPage = homePage.Component;
const OperatorsPage = lazy(() => import('../features/operators/OperatorsPage').then((m) => ({ default: m.OperatorsPage })));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const JobsPage = lazy(() => import('../features/jobs/JobsPage').then((m) => ({ default: m.JobsPage })));
const RouterDetailPage = lazy(() => import('../features/routers/RouterDetailPage').then((m) => ({ default: m.RouterDetailPage })));
const RoutersPage = lazy(() => import('../features/routers/RoutersPage').then((m) => ({ default: m.RoutersPage })));
const BatchDetailPage = lazy(() => import('../features/vouchers/batches/BatchDetailPage').then((m) => ({ default: m.BatchDetailPage })));
const BatchesPage = lazy(() => import('../features/vouchers/batches/BatchesPage').then((m) => ({ default: m.BatchesPage })));
const PlansPage = lazy(() => import('../features/vouchers/plans/PlansPage').then((m) => ({ default: m.PlansPage })));
const CustomerPage = lazy(() => import('../features/customers/CustomerPage').then((m) => ({ default: m.CustomerPage })));
const CustomersPage = lazy(() => import('../features/customers/CustomersPage').then((m) => ({ default: m.CustomersPage })));
const BillingRunsPage = lazy(() => import('../features/billing/BillingRunsPage').then((m) => ({ default: m.BillingRunsPage })));
const ServicePlansPage = lazy(() => import('../features/billing/ServicePlansPage').then((m) => ({ default: m.ServicePlansPage })));
const RemindersPage = lazy(() => import('../features/reminders/RemindersPage').then((m) => ({ default: m.RemindersPage })));
const TillPage = lazy(() => import('../features/till/TillPage').then((m) => ({ default: m.TillPage })));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const BackupsPage = lazy(() => import('../features/backups/BackupsPage').then((m) => ({ default: m.BackupsPage })));
const SyncPage = lazy(() => import('../features/sync/SyncPage').then((m) => ({ default: m.SyncPage })));
const ConflictsPage = lazy(() => import('../features/sync/ConflictsPage').then((m) => ({ default: m.ConflictsPage })));
const LogsPage = lazy(() => import('../features/logs/LogsPage').then((m) => ({ default: m.LogsPage })));
const HealthPage = lazy(() => import('../features/health/HealthPage').then((m) => ({ default: m.HealthPage })));

export type NavGroup = 'main' | 'admin';
export type NavLabelKey =
  | 'nav.dashboard'
  | 'nav.till'
  | 'nav.voucherPlans'
  | 'nav.voucherBatches'
  | 'nav.customers'
  | 'nav.servicePlans'
  | 'nav.billingRuns'
  | 'nav.reminders'
  | 'nav.reports'
  | 'nav.routers'
  | 'nav.jobs'
  | 'nav.operators'
  | 'nav.audit'
  | 'nav.backups'
  | 'nav.sync'
  | 'nav.logs'
  | 'nav.health'
  | 'nav.settings';

export interface RouteDef {
  /** Exact path, or a pattern with `:name` segments (e.g. `/routers/:id`). */
  path: string;
  labelKey: NavLabelKey;
  group: NavGroup;
  icon: ReactElement;
  /** The procedure the page cannot work without: its permission decides who sees the page. */
  gate: ProcedureName;
  render: (params: Readonly<Record<string, string>>) => ReactElement;
  /** Pages reached from another page (a detail page): no link of their own; `navParent`'s link is marked current. */
  navParent?: string;
  /** Shown after the link's label (e.g. live status dots). */
  navExtra?: () => ReactElement;
}


/**
 * The built pages, by domain (ui.md): Dashboard · Till · Vouchers · Customers · Billing · Routers ·
 * Reports · Admin. Domains not built yet are simply absent, not shown disabled.
 */
export const ROUTES: readonly RouteDef[] = [
  {
    path: '/dashboard',
    labelKey: 'nav.dashboard',
    group: 'main',
    icon: <DashboardIcon />,
    gate: 'dashboard.summary',
    render: () => <DashboardPage />,
  },
  {
    path: TILL_PATH,
    labelKey: 'nav.till',
    group: 'main',
    icon: <PointOfSaleIcon />,
    gate: 'till.shifts.current',
    render: () => <TillPage />,
  },
  {
    path: PLANS_PATH,
    labelKey: 'nav.voucherPlans',
    group: 'main',
    icon: <ConfirmationNumberIcon />,
    gate: 'vouchers.plans.list',
    render: () => <PlansPage />,
  },
  {
    path: BATCHES_PATH,
    labelKey: 'nav.voucherBatches',
    group: 'main',
    icon: <Inventory2Icon />,
    gate: 'vouchers.batches.list',
    render: () => <BatchesPage />,
  },
  {
    path: BATCH_DETAIL_PATTERN,
    labelKey: 'nav.voucherBatches',
    group: 'main',
    icon: <Inventory2Icon />,
    gate: 'vouchers.batches.list',
    render: ({ id }) => <BatchDetailPage batchId={id ?? ''} />,
    navParent: BATCHES_PATH,
  },
  {
    path: CUSTOMERS_PATH,
    labelKey: 'nav.customers',
    group: 'main',
    icon: <PeopleIcon />,
    gate: 'customers.list',
    render: () => <CustomersPage />,
  },
  {
    path: CUSTOMER_DETAIL_PATTERN,
    labelKey: 'nav.customers',
    group: 'main',
    icon: <PeopleIcon />,
    gate: 'customers.get',
    render: ({ id }) => <CustomerPage customerId={id ?? ''} />,
    navParent: CUSTOMERS_PATH,
  },
  {
    path: SERVICE_PLANS_PATH,
    labelKey: 'nav.servicePlans',
    group: 'main',
    icon: <RequestQuoteIcon />,
    gate: 'billing.plans.list',
    render: () => <ServicePlansPage />,
  },
  {
    path: BILLING_RUNS_PATH,
    labelKey: 'nav.billingRuns',
    group: 'main',
    icon: <EventRepeatIcon />,
    gate: 'billing.runs.list',
    render: () => <BillingRunsPage />,
  },
  {
    path: REMINDERS_PATH,
    labelKey: 'nav.reminders',
    group: 'main',
    icon: <NotificationsActiveIcon />,
    // The outbox is the page's core; cashiers see it (templates and gateway only for managers and owners).
    gate: 'reminders.outbox.list',
    render: () => <RemindersPage />,
  },
  {
    path: REPORTS_PATH,
    labelKey: 'nav.reports',
    group: 'main',
    icon: <AssessmentIcon />,
    gate: 'reports.sales',
    render: () => <ReportsPage />,
  },
  {
    path: ROUTERS_PATH,
    labelKey: 'nav.routers',
    group: 'main',
    icon: <RouterIcon />,
    gate: 'routers.list',
    render: () => <RoutersPage />,
    navExtra: () => <RouterDots size={8} />,
  },
  {
    path: JOBS_PATH,
    labelKey: 'nav.jobs',
    group: 'main',
    icon: <WorkHistoryIcon />,
    gate: 'jobs.list',
    render: () => <JobsPage />,
  },
  {
    path: ROUTER_DETAIL_PATTERN,
    labelKey: 'nav.routers',
    group: 'main',
    icon: <RouterIcon />,
    gate: 'routers.list',
    render: ({ id }) => <RouterDetailPage routerId={id ?? ''} />,
    navParent: ROUTERS_PATH,
  },
  {
    path: '/admin/operators',
    labelKey: 'nav.operators',
    group: 'admin',
    icon: <GroupIcon />,
    gate: 'operators.list',
    render: () => <OperatorsPage />,
  },
  {
    path: '/admin/audit',
    labelKey: 'nav.audit',
    group: 'admin',
    icon: <HistoryIcon />,
    gate: 'audit.list',
    render: () => <AuditPage />,
  },
  {
    path: BACKUPS_PATH,
    labelKey: 'nav.backups',
    group: 'admin',
    icon: <BackupIcon />,
    gate: 'backups.list',
    render: () => <BackupsPage />,
  },
  {
    path: LOGS_PATH,
    labelKey: 'nav.logs',
    group: 'admin',
    icon: <ReceiptLongIcon />,
    gate: 'logs.query',
    render: () => <LogsPage />,
  },
  {
    path: HEALTH_PATH,
    labelKey: 'nav.health',
    group: 'admin',
    icon: <MonitorHeartIcon />,
    gate: 'health.get',
    render: () => <HealthPage />,
  },
  {
    path: SYNC_PATH,
    labelKey: 'nav.sync',
    group: 'admin',
    icon: <CloudSyncIcon />,
    gate: 'sync.settings.get',
    render: () => <SyncPage />,
  },
  {
    path: SYNC_CONFLICTS_PATH,
    labelKey: 'nav.sync',
    group: 'admin',
    icon: <CloudSyncIcon />,
    gate: 'sync.conflicts.list',
    render: () => <ConflictsPage />,
    navParent: SYNC_PATH,
  },
  {
    path: '/admin/settings',
    labelKey: 'nav.settings',
    group: 'admin',
    icon: <SettingsIcon />,
    gate: 'settings.get',
    render: () => <SettingsPage />,
  },
];

/** The first route whose path matches (static routes are listed before patterns), with its parameters. */
export function matchRoute(path: string): { route: RouteDef; params: Record<string, string> } | null {
  const parts = path.split('/');
  for (const route of ROUTES) {
    const pattern = route.path.split('/');
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((segment, index) => {
      const part = parts[index] ?? '';
      if (!segment.startsWith(':')) return segment === part;
      if (part === '') return false;
      try {
        params[segment.slice(1)] = decodeURIComponent(part);
      } catch {
        return false;
      }
      return true;
    });
    if (ok) return { route, params };
  }
  return null;
}
