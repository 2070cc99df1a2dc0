import { eq } from 'drizzle-orm';
import { office } from '../db/schema';
import { readSetting, writeSetting } from './settings-store';
import type { Db } from '../db/connection';
import type { Office } from '../../src-shared/ipc/schemas/common';
import type { Settings } from '../../src-shared/ipc/schemas/app';
import { AppError } from '../../src-shared/ipc/result';
import { newId } from '../../src-shared/domain/ids';

export const DEFAULT_IDLE_LOCK_MINUTES = 10;
const IDLE_LOCK_KEY = 'security.idleLockMinutes';
const WORKSTATION_KEY = 'workstation.id';

export interface NewOffice {
  name: string;
  code: string;
  currency: { code: string; exponent: number };
  timeZone: string;
  locale: string;
}

export interface SettingsChange {
  officeName?: string;
  timeZone?: string;
  locale?: string;
  idleLockMinutes?: number;
}

/** The office row (created once by the first-run wizard) and the small local settings. */
export class OfficeService {
  constructor(private readonly db: Db) {}

  get(): Office | null {
    const row = this.db.select().from(office).limit(1).get();
    if (!row) return null;
    return {
      id: row.id,
      name: row.name,
      code: row.code,
      currency: { code: row.currencyCode, exponent: row.currencyExponent },
      timeZone: row.timeZone,
      locale: row.locale,
      createdAt: row.createdAt,
    };
  }

  require(): Office {
    const current = this.get();
    if (!current) throw new AppError('SETUP_REQUIRED', 'The office is not set up yet.');
    return current;
  }

  /** Inserts the office; must run inside the setup transaction. Refuses a second office. */
  create(input: NewOffice, now: number): Office {
    if (this.get()) throw new AppError('CONFLICT', 'This installation already has an office.');
    this.db
      .insert(office)
      .values({
        id: newId(),
        name: input.name,
        code: input.code,
        currencyCode: input.currency.code,
        currencyExponent: input.currency.exponent,
        timeZone: input.timeZone,
        locale: input.locale,
        createdAt: now,
      })
      .run();
    return this.require();
  }

  settings(): Settings {
    const current = this.require();
    return {
      officeName: current.name,
      timeZone: current.timeZone,
      locale: current.locale,
      idleLockMinutes: this.idleLockMinutes(),
    };
  }

  /** Applies a settings change; the currency is fixed after setup because every amount depends on it. */
  update(change: SettingsChange, now: number): Settings {
    const current = this.require();
    const officeChange = {
      ...(change.officeName !== undefined ? { name: change.officeName } : {}),
      ...(change.timeZone !== undefined ? { timeZone: change.timeZone } : {}),
      ...(change.locale !== undefined ? { locale: change.locale } : {}),
    };
    if (Object.keys(officeChange).length > 0) {
      this.db.update(office).set(officeChange).where(eq(office.id, current.id)).run();
    }
    if (change.idleLockMinutes !== undefined) writeSetting(this.db, IDLE_LOCK_KEY, change.idleLockMinutes, now);
    return this.settings();
  }

  idleLockMinutes(): number {
    return readSetting<number>(this.db, IDLE_LOCK_KEY) ?? DEFAULT_IDLE_LOCK_MINUTES;
  }

  /** A stable id for this installation, made on first start; used by the login throttle and the audit log. */
  workstationId(now: number): string {
    const existing = readSetting<string>(this.db, WORKSTATION_KEY);
    if (existing) return existing;
    const id = newId();
    writeSetting(this.db, WORKSTATION_KEY, id, now);
    return id;
  }
}
