import { eq } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { settings } from '../db/schema';
import type { OfficeService } from '../office/service';
import type { BillingSettings } from '../../src-shared/ipc/schemas/billing';

const ACCOUNT_FORMAT_KEY = 'billing.accountNumberFormat';
const DUE_DAYS_KEY = 'billing.invoiceDueDays';
const RUN_TIME_KEY = 'billing.runTime';
export const DEFAULT_ACCOUNT_FORMAT = '{OFFICE}-{SEQ:6}';
export const DEFAULT_INVOICE_DUE_DAYS = 7;
/** Just after midnight: the day's periods are invoiced before the office opens (docs/decisions/0011). */
export const DEFAULT_RUN_TIME = '00:15';

/** Office billing settings, kept in the local settings table next to the office's other settings. */
export class BillingSettingsService {
  constructor(
    private readonly db: Db,
    private readonly office: OfficeService,
  ) {}

  get(): BillingSettings {
    const { currency } = this.office.require();
    return {
      accountNumberFormat: this.read<string>(ACCOUNT_FORMAT_KEY) ?? DEFAULT_ACCOUNT_FORMAT,
      invoiceDueDays: this.read<number>(DUE_DAYS_KEY) ?? DEFAULT_INVOICE_DUE_DAYS,
      runTime: this.read<string>(RUN_TIME_KEY) ?? DEFAULT_RUN_TIME,
      currency,
    };
  }

  update(
    change: { accountNumberFormat?: string | undefined; invoiceDueDays?: number | undefined; runTime?: string | undefined },
    now: number,
  ): BillingSettings {
    if (change.accountNumberFormat !== undefined) this.write(ACCOUNT_FORMAT_KEY, change.accountNumberFormat, now);
    if (change.invoiceDueDays !== undefined) this.write(DUE_DAYS_KEY, change.invoiceDueDays, now);
    if (change.runTime !== undefined) this.write(RUN_TIME_KEY, change.runTime, now);
    return this.get();
  }

  private read<T>(key: string): T | null {
    const row = this.db.select().from(settings).where(eq(settings.key, key)).get();
    return row ? (JSON.parse(row.value) as T) : null;
  }

  private write(key: string, value: unknown, now: number): void {
    const text = JSON.stringify(value);
    this.db
      .insert(settings)
      .values({ key, value: text, updatedAt: now })
      .onConflictDoUpdate({ target: settings.key, set: { value: text, updatedAt: now } })
      .run();
  }
}
