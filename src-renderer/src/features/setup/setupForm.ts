import { defaultExponent } from '@shared/domain/money';
import { isValidCurrencyCode, isValidTimeZone } from '@shared/domain/time-zone';
import { officeCodeSchema } from '@shared/ipc/schemas/app';
import { usernameSchema } from '@shared/ipc/schemas/common';
import { passwordMeetsPolicy } from '../auth/passwordPolicy';
import { currencyForLocale, defaultLocale } from '../../shell/fields/locales';
import { systemTimeZone } from '../../shell/fields/zones';

export interface SetupForm {
  officeName: string;
  officeCode: string;
  currency: string;
  exponent: string;
  timeZone: string;
  locale: string;
  username: string;
  displayName: string;
  password: string;
  confirm: string;
}

export type SetupField = keyof SetupForm;

export type SetupErrorKey =
  | 'setup.required'
  | 'setup.officeCodeInvalid'
  | 'setup.currencyInvalid'
  | 'setup.decimalPlacesHelp'
  | 'setup.timeZoneInvalid'
  | 'setup.usernameInvalid'
  | 'setup.passwordsDiffer'
  | 'password.weak';

/** Defaults from this computer: its time zone, its language's locale and that region's currency. */
export function initialSetupForm(uiLanguage: string): SetupForm {
  const locale = defaultLocale(uiLanguage === 'id' ? ['id-ID', ...navigator.languages] : navigator.languages);
  const currency = currencyForLocale(locale);
  return {
    officeName: '',
    officeCode: '',
    currency,
    exponent: String(defaultExponent(currency)),
    timeZone: systemTimeZone(),
    locale,
    username: '',
    displayName: '',
    password: '',
    confirm: '',
  };
}

export function parseExponent(text: string): number | null {
  if (!/^\d$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= 0 && value <= 4 ? value : null;
}

/** The same rules as the contract's zod schemas, as translated messages per field. */
export function validateSetup(form: SetupForm): Partial<Record<SetupField, SetupErrorKey>> {
  const errors: Partial<Record<SetupField, SetupErrorKey>> = {};
  if (form.officeName.trim() === '' || form.officeName.trim().length > 100) errors.officeName = 'setup.required';
  if (!officeCodeSchema.safeParse(form.officeCode).success) errors.officeCode = 'setup.officeCodeInvalid';
  if (!isValidCurrencyCode(form.currency)) errors.currency = 'setup.currencyInvalid';
  if (parseExponent(form.exponent) === null) errors.exponent = 'setup.decimalPlacesHelp';
  if (!isValidTimeZone(form.timeZone)) errors.timeZone = 'setup.timeZoneInvalid';
  if (!usernameSchema.safeParse(form.username).success) errors.username = 'setup.usernameInvalid';
  if (form.displayName.trim() === '') errors.displayName = 'setup.required';
  if (!passwordMeetsPolicy(form.password, form.username)) errors.password = 'password.weak';
  if (form.confirm !== form.password) errors.confirm = 'setup.passwordsDiffer';
  return errors;
}
