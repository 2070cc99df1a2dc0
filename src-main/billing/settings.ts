import type { Db } from '../db/connection';
import type { OfficeService } from '../office/service';
import { readSetting, writeSetting } from '../office/settings-store';
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
      accountNumberFormat: readSetting<string>(this.db, ACCOUNT_FORMAT_KEY) ?? DEFAULT_ACCOUNT_FORMAT,
      invoiceDueDays: readSetting<number>(this.db, DUE_DAYS_KEY) ?? DEFAULT_INVOICE_DUE_DAYS,
      runTime: readSetting<string>(this.db, RUN_TIME_KEY) ?? DEFAULT_RUN_TIME,
      currency,
    };
  }

  update(
    change: { accountNumberFormat?: string | undefined; invoiceDueDays?: number | undefined; runTime?: string | undefined },
    now: number,
  ): BillingSettings {
    if (change.accountNumberFormat !== undefined) writeSetting(this.db, ACCOUNT_FORMAT_KEY, change.accountNumberFormat, now);
    if (change.invoiceDueDays !== undefined) writeSetting(this.db, DUE_DAYS_KEY, change.invoiceDueDays, now);
    if (change.runTime !== undefined) writeSetting(this.db, RUN_TIME_KEY, change.runTime, now);
    return this.get();
  }
}
