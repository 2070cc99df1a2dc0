/** Address of the Reminders page (hash route), under billing. */
export const REMINDERS_PATH = '/billing/reminders';
