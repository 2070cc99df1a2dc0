/** Addresses of the billing pages (hash routes). */
export const SERVICE_PLANS_PATH = '/billing/plans';
export const BILLING_RUNS_PATH = '/billing/runs';
