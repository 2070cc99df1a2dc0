import { subscriptionCreateInput } from '../../../src-shared/ipc/schemas/billing';
import type { ImportField, ImportIssue, ImportSubscriptionStatus } from '../../../src-shared/ipc/schemas/customer-import';
import { cell, type RowCells } from './cells';
import { issue, zodIssues } from './issues';

/** The typed credentials and start date, checked by the very schema `billing.subscriptions.create` uses. */
const credentialFields = subscriptionCreateInput.pick({ pppUsername: true, pppPassword: true, startDate: true });

/** Words offices use for a subscriber's state; "isolir" is what Indonesian ISPs call a cut-off subscriber. */
const STATUS_WORDS: Record<string, ImportSubscriptionStatus> = {
  active: 'active',
  aktif: 'active',
  enabled: 'active',
  enable: 'active',
  on: 'active',
  suspended: 'suspended',
  suspend: 'suspended',
  disabled: 'suspended',
  disable: 'suspended',
  isolir: 'suspended',
  isolated: 'suspended',
  blocked: 'suspended',
  off: 'suspended',
};

const FIELD_OF_KEY: Record<string, ImportField> = { pppUsername: 'pppUsername', pppPassword: 'pppPassword', startDate: 'startDate' };

export interface SubscriptionPart {
  plan: string;
  router: string | null;
  /** Null: generated from the account number when imported. */
  pppUsername: string | null;
  /** Null: generated when imported. */
  pppPassword: string | null;
  startDate: string;
  status: ImportSubscriptionStatus;
  issues: ImportIssue[];
}

/** The subscription half of a row: present when the row names a plan. */
export function parseSubscription(row: RowCells, today: string): SubscriptionPart | null {
  const plan = cell(row, 'plan');
  if (plan === '') {
    const orphan = (['router', 'pppUsername', 'pppPassword', 'startDate'] as const).find((column) => cell(row, column) !== '');
    if (orphan === undefined) return null;
    return {
      plan: '',
      router: null,
      pppUsername: null,
      pppPassword: null,
      startDate: today,
      status: 'active',
      issues: [issue('plan', 'needs_plan', `A subscription needs a plan: the row has a ${orphan} but no plan.`)],
    };
  }
  const issues: ImportIssue[] = [];
  const typed = { pppUsername: cell(row, 'pppUsername'), pppPassword: cell(row, 'pppPassword'), startDate: cell(row, 'startDate') };
  const given = Object.fromEntries(Object.entries(typed).filter(([, value]) => value !== ''));
  const parsed = credentialFields.safeParse(given);
  if (!parsed.success) {
    const valueAt = (path: readonly PropertyKey[]): string | null => (path[0] === 'pppPassword' ? null : (given[String(path[0])] ?? null));
    issues.push(...zodIssues(parsed.error, (key) => FIELD_OF_KEY[key] ?? 'pppUsername', valueAt));
  }
  return {
    plan,
    router: cell(row, 'router') || null,
    pppUsername: typed.pppUsername || null,
    pppPassword: typed.pppPassword || null,
    startDate: typed.startDate || today,
    status: parseStatus(cell(row, 'status'), issues),
    issues,
  };
}

function parseStatus(text: string, issues: ImportIssue[]): ImportSubscriptionStatus {
  if (text === '') return 'active';
  const status = STATUS_WORDS[text.toLowerCase()];
  if (status) return status;
  issues.push(issue('status', 'invalid', `${text}: an imported subscription is active or suspended.`, text));
  return 'active';
}
